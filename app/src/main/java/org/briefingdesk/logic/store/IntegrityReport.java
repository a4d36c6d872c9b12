package org.briefingdesk.logic.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefingdesk.model.RecordKind;

/** The result of a full check: SQLite's integrity and foreign-key checks, and the record counts. */
public record IntegrityReport(Path file, boolean ok, List<String> problems, Map<RecordKind, Long> counts) {
    public IntegrityReport {
        problems = List.copyOf(problems);
        counts = Map.copyOf(counts);
    }
}
