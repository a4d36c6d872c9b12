package org.briefingdesk.logic.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.model.Source;
import org.briefingdesk.model.StoredRecord;

/** The appendix: every source the pack's records cite, numbered, with the records that cite it. */
final class SourcesSection {
    private static final int LISTED_RECORDS = 4;

    private final PackWording words;

    SourcesSection(PackWording words) {
        this.words = words;
    }

    PackSection build(List<StoredRecord> records) {
        Map<Source, Set<String>> citedBy = new LinkedHashMap<>();
        for (StoredRecord record : records) {
            for (Source source : record.sources()) {
                citedBy.computeIfAbsent(source, k -> new LinkedHashSet<>()).add(RecordLabels.label(record));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        citedBy.forEach((source, labels) -> rows.add(List.of(Integer.toString(rows.size() + 1),
                PackWording.source(source), cited(labels))));
        List<PackBlock> blocks = rows.isEmpty() ? List.of(new PackBlock.Note(words.get("briefing.none")))
                : List.of(new PackBlock.Table(List.of("#", words.get("briefing.label.source"),
                words.get("briefing.label.citedBy")), rows, List.of(5, 45, 50)));
        return new PackSection(words.get("briefing.section.sources"), blocks);
    }

    private String cited(Set<String> labels) {
        List<String> shown = labels.stream().limit(LISTED_RECORDS).map(RecordLabels::shorten).toList();
        String text = String.join("; ", shown);
        return labels.size() > LISTED_RECORDS
                ? text + " " + words.get("briefing.label.andMore", labels.size() - LISTED_RECORDS)
                : text;
    }
}
