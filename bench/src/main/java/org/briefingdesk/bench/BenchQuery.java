package org.briefingdesk.bench;

import java.util.List;

/**
 * One query of the benchmark: what is typed into the search field, and the words a LIKE search
 * would look for (the free words and the values of person and country filters, as typed).
 */
public record BenchQuery(String input, List<String> likeWords) {
    public BenchQuery {
        likeWords = List.copyOf(likeWords);
    }
}
