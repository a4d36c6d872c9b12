package org.briefingdesk.logic.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.i18n.Localization;

/** A record was refused because it breaks one or more rules; nothing was saved. */
public class ValidationException extends UserFacingException {
    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.get(0).key(), violations.get(0).args());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String localizedMessage(Localization l10n) {
        return violations.stream().map(v -> v.message(l10n)).collect(Collectors.joining(" "));
    }
}
