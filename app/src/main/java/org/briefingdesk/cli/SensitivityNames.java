package org.briefingdesk.cli;

import java.util.Optional;
import org.briefingdesk.logic.search.SearchText;
import org.briefingdesk.model.Sensitivity;

/** A sensitivity as typed on the command line, in English or Czech, with or without diacritics. */
final class SensitivityNames {
    private SensitivityNames() {
    }

    static Optional<Sensitivity> parse(String text) {
        return Optional.ofNullable(switch (SearchText.fold(text.strip())) {
            case "public", "verejne" -> Sensitivity.PUBLIC;
            case "internal", "interni" -> Sensitivity.INTERNAL;
            case "sensitive", "citlive" -> Sensitivity.SENSITIVE;
            default -> null;
        });
    }
}
