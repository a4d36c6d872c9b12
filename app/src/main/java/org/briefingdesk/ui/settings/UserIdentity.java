package org.briefingdesk.ui.settings;

import java.util.Objects;
import org.briefingdesk.logic.OsAccount;

/**
 * Who works at this desk, as Nastavení names them: the name the change history carries, and with the
 * department the "Připravil(a)" line of a briefing pack.
 */
public record UserIdentity(String name, String department) {
    public UserIdentity {
        name = Objects.requireNonNullElse(name, "").strip();
        department = Objects.requireNonNullElse(department, "").strip();
    }

    /** What the first start proposes: the account's full name if the system has one, else the login. */
    public static UserIdentity fromOperatingSystem() {
        return new UserIdentity(OsAccount.fullName().orElse(OsAccount.login()), "");
    }

    /** The pack's "Připravil(a)": "Jana Nováková, odbor bezpečnostní politiky". */
    public String signature() {
        return department.isEmpty() ? name : name + ", " + department;
    }
}
