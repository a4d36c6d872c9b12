package org.briefingdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.search.SearchHit;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.search.SearchResult;
import org.briefingdesk.model.RecordKind;

/**
 * A search result for a terminal: per hit its kind, title and id (to {@code show} next) and the
 * snippet with the matching words in «guillemets», which survive any terminal and copy-paste;
 * then the counts per kind ("více než 1000" where the server counted up to its cap only) and the hints.
 */
record SearchResultText(Localization l10n, PrintWriter out) {
    static final String MARK_OPEN = "«";
    static final String MARK_CLOSE = "»";
    private static final String INDENT = "    ";

    void print(SearchResult result) {
        if (result.hits().isEmpty()) {
            out.println(l10n.get("cli.search.none"));
        }
        for (SearchHit hit : result.hits()) {
            String title = hit.title().isBlank() ? "" : " · " + oneLine(hit.title());
            out.println(l10n.of(hit.kind()) + title);
            out.println(INDENT + hit.id());
            String snippet = marked(hit.snippet());
            if (!snippet.isBlank() && !snippet.equals(hit.title())) {
                out.println(INDENT + snippet);
            }
        }
        out.println();
        out.println(l10n.get("cli.search.total", count(result.total(), result.totalIsExact()),
                String.valueOf(result.hits().size())) + counts(result));
        for (SearchQuery.Hint hint : result.hints()) {
            out.println(l10n.get("cli.search.hint", hint.text(), l10n.get(hint.key())));
        }
    }

    /** A title of several parts (a name and its English name) on one line: "ochrana hranic / border protection". */
    static String oneLine(String title) {
        return title.strip().replaceAll("\\s*\\R\\s*", " / ");
    }

    /** The snippet with its highlighted words between marks. */
    static String marked(List<SearchHit.Span> spans) {
        StringBuilder text = new StringBuilder();
        for (SearchHit.Span span : spans) {
            text.append(span.highlighted() ? MARK_OPEN + span.text() + MARK_CLOSE : span.text());
        }
        return text.toString();
    }

    /** " — Osoby 2, Výroky 5" for the kinds that have hits. */
    private String counts(SearchResult result) {
        List<String> parts = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            long count = result.searchedCounts().getOrDefault(kind, 0L);
            if (count > 0) {
                parts.add(KindNames.plural(kind, l10n) + " " + count(count, result.isExact(kind)));
            }
        }
        return parts.isEmpty() ? "" : " — " + String.join(", ", parts);
    }

    /** "1000", or "více než 1000" for a count the server cut at its cap. */
    private String count(long count, boolean exact) {
        return exact ? String.valueOf(count) : l10n.get("cli.search.moreThan", String.valueOf(count));
    }
}
