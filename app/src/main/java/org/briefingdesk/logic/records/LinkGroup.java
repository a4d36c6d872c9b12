package org.briefingdesk.logic.records;

import java.util.List;

/**
 * Linked records under one heading ("Vedlejší jednání", "Účastníci"). Never empty. {@code total} counts them all
 * where only the first of a very long group were read (a topic's statements over a decade); {@code rest} reads
 * the others a window at a time, in the same order (null when every link was read).
 */
public record LinkGroup(String label, List<RecordLink> links, long total, LinkWindows rest) {
    /** Reads {@code limit} links of a group from {@code offset} on (touches the database: not on the FX thread). */
    @FunctionalInterface
    public interface LinkWindows {
        List<RecordLink> read(int offset, int limit);
    }

    public LinkGroup {
        links = List.copyOf(links);
        total = Math.max(total, links.size());
    }

    public LinkGroup(String label, List<RecordLink> links) {
        this(label, links, links.size(), null);
    }

    /** Whether links beyond those read can be read on request. */
    public boolean pages() {
        return rest != null && total > links.size();
    }
}
