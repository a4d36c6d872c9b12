package org.briefingdesk.logic.search;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.RecordKind;

/**
 * One search result as shown: kind, title, a snippet whose matching words are marked, and the title
 * with its matching words marked ("Summit o migraci v Londýně" for "migrace Londýn").
 */
public record SearchHit(UUID id, RecordKind kind, String title, List<Span> snippet, List<Span> markedTitle) {
    public SearchHit {
        snippet = List.copyOf(snippet);
        markedTitle = List.copyOf(markedTitle);
    }

    /** A piece of snippet text, highlighted when it matched the query. */
    public record Span(String text, boolean highlighted) {
    }

    /** The snippet as plain text. */
    public String snippetText() {
        StringBuilder out = new StringBuilder();
        snippet.forEach(s -> out.append(s.text()));
        return out.toString();
    }
}
