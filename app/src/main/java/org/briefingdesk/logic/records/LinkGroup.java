package org.briefingdesk.logic.records;

import java.util.List;

/** Linked records under one heading ("Vedlejší jednání", "Účastníci"). Never empty. */
public record LinkGroup(String label, List<RecordLink> links) {
    public LinkGroup {
        links = List.copyOf(links);
    }
}
