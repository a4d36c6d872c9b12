package org.briefingdesk.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The account's full name from passwd lines: the first GECOS field, never the login repeated. */
class OsAccountTest {
    private static final List<String> PASSWD = List.of(
            "root:x:0:0:root:/root:/bin/bash",
            "jnovakova:x:1000:1000:Jana Nováková,A 312,,:/home/jnovakova:/bin/bash",
            "svc:x:998:998::/var/lib/svc:/usr/sbin/nologin");

    @Test
    void theFullNameIsTheFirstPartOfTheGecosField() {
        assertEquals(Optional.of("Jana Nováková"), OsAccount.fullName("jnovakova", PASSWD));
    }

    @Test
    void noFullNameWhenItIsEmptyTheLoginOrTheAccountIsNotListed() {
        assertEquals(Optional.empty(), OsAccount.fullName("root", PASSWD));
        assertEquals(Optional.empty(), OsAccount.fullName("svc", PASSWD));
        assertEquals(Optional.empty(), OsAccount.fullName("nobody-here", PASSWD));
    }
}
