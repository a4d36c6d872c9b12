package org.briefingdesk.logic.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefingdesk.model.RecordKind;

/**
 * The result of a full check: SQLite's integrity and foreign-key checks ({@code problems}; {@code ok}
 * when none of them is damage, as a value that breaks a rule of the schema is not), the record counts,
 * the records with stored values that do not read ({@code invalidValues}) and the records the search
 * index no longer matches ({@code indexProblems}).
 */
public record IntegrityReport(Path file, boolean ok, List<String> problems, Map<RecordKind, Long> counts,
                              List<RecordProblem> invalidValues, List<RecordProblem> indexProblems) {
    public IntegrityReport {
        problems = List.copyOf(problems);
        counts = Map.copyOf(counts);
        invalidValues = List.copyOf(invalidValues);
        indexProblems = List.copyOf(indexProblems);
    }

    /** Sound, every value readable and the index in step: nothing to do. */
    public boolean allWell() {
        return ok && problems.isEmpty() && invalidValues.isEmpty() && indexProblems.isEmpty();
    }
}
