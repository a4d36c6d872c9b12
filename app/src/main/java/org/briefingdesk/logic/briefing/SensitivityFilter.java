package org.briefingdesk.logic.briefing;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.StoredRecord;

/**
 * Lets through records up to the chosen sensitivity and remembers which ones it held back, so the
 * pack can say how many were left out (each record counted once, however often it was met).
 */
final class SensitivityFilter {
    private final Sensitivity max;
    private final Set<UUID> omitted = new HashSet<>();
    private Sensitivity highestAdmitted = Sensitivity.PUBLIC;

    SensitivityFilter(Sensitivity max) {
        this.max = max;
    }

    boolean admits(StoredRecord record) {
        if (record.sensitivity().atMost(max)) {
            if (record.sensitivity().compareTo(highestAdmitted) > 0) {
                highestAdmitted = record.sensitivity();
            }
            return true;
        }
        omitted.add(record.id());
        return false;
    }

    int omittedCount() {
        return omitted.size();
    }

    /** The highest sensitivity let through: what the pack's marking must say. */
    Sensitivity highestAdmitted() {
        return highestAdmitted;
    }
}
