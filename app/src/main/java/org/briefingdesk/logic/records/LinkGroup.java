package org.briefingdesk.logic.records;

import java.util.List;

/**
 * Linked records under one heading ("Vedlejší jednání", "Účastníci"). Never empty. {@code total} counts them all
 * where only the first of a very long group are read (a topic's statements over a decade).
 */
public record LinkGroup(String label, List<RecordLink> links, long total) {
    public LinkGroup {
        links = List.copyOf(links);
        total = Math.max(total, links.size());
    }

    public LinkGroup(String label, List<RecordLink> links) {
        this(label, links, links.size());
    }
}
