package org.briefingdesk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.search.SearchHit;
import org.briefingdesk.logic.search.SearchResult;
import org.briefingdesk.model.RecordKind;

/**
 * {@code search --json}: stable English keys, every kind in {@code countsByKind} (zero included, and zero
 * for a kind left out by {@code --type} or {@code typ:}, so the counts add up to the total), hits
 * best first with the plain snippet and its highlighted words, hints with their localized message.
 * {@code exactByKind} says per kind whether its count is exact; false where the team server counted up to its cap
 * only and more records match, and then {@code totalExact} is false too.
 */
record SearchResultJson(String query, long total, boolean totalExact, Map<String, Long> countsByKind,
                        Map<String, Boolean> exactByKind, List<Hit> hits, List<Hint> hints) {
    record Hit(String id, String kind, String title, String snippet, List<String> highlights) {
    }

    record Hint(String text, String message) {
    }

    static SearchResultJson of(SearchResult result, Localization l10n) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Boolean> exact = new LinkedHashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            boolean searched = result.searchedKinds().contains(kind);
            counts.put(KindNames.jsonKey(kind), result.searchedCounts().getOrDefault(kind, 0L));
            exact.put(KindNames.jsonKey(kind), !searched || result.isExact(kind));
        }
        List<Hit> hits = result.hits().stream().map(SearchResultJson::hit).toList();
        List<Hint> hints = result.hints().stream().map(h -> new Hint(h.text(), l10n.get(h.key()))).toList();
        return new SearchResultJson(result.input(), result.total(), result.totalIsExact(), counts, exact, hits,
                hints);
    }

    /** The kind as the {@code typ:} value in English: "event", "person", "statement"... */
    static String kindKey(RecordKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static Hit hit(SearchHit hit) {
        List<String> highlights = hit.snippet().stream().filter(SearchHit.Span::highlighted)
                .map(SearchHit.Span::text).distinct().toList();
        return new Hit(hit.id().toString(), kindKey(hit.kind()), SearchResultText.oneLine(hit.title()),
                hit.snippetText(), highlights);
    }
}
