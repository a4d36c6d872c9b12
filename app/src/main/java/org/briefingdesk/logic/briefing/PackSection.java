package org.briefingdesk.logic.briefing;

import java.util.List;

/** One chapter of a pack: a heading and its blocks, in reading order. */
public record PackSection(String heading, List<PackBlock> blocks) {
    public PackSection {
        blocks = List.copyOf(blocks);
    }
}
