package org.briefingdesk.logic.sample;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.briefingdesk.model.RecordKind;

/** How many records of each kind the sample loaded. */
public record SampleLoadSummary(Map<RecordKind, Integer> counts) {
    public SampleLoadSummary {
        Map<RecordKind, Integer> copy = new EnumMap<>(RecordKind.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
    }

    public int count(RecordKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
