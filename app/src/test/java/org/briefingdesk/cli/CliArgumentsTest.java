package org.briefingdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CliArgumentsTest {
    @Test
    void subCommandsHelpAndVersionAskForTheCommandLine() {
        assertTrue(CliArguments.requestsCommandLine(new String[] {"stats"}));
        assertTrue(CliArguments.requestsCommandLine(new String[] {"--db", "x.db", "--lang", "en", "show", "id"}));
        assertTrue(CliArguments.requestsCommandLine(new String[] {"--db=x.db", "sample"}));
        assertTrue(CliArguments.requestsCommandLine(new String[] {"--help"}));
        assertTrue(CliArguments.requestsCommandLine(new String[] {"--lang", "en", "-V"}));
        assertTrue(CliArguments.requestsCommandLine(new String[] {"stat"}), "a typo gets a message, not a window");
    }

    @Test
    void onlyDatabaseAndLanguageOpenTheWindow() {
        assertFalse(CliArguments.requestsCommandLine(new String[] {}));
        assertFalse(CliArguments.requestsCommandLine(new String[] {"--db", "stats"}), "a file named stats");
        assertFalse(CliArguments.requestsCommandLine(new String[] {"--lang", "en", "--db=x.db"}));
        assertFalse(CliArguments.requestsCommandLine(new String[] {"-psn_0_12345"}), "macOS launcher argument");
    }

    @Test
    void optionValuesInBothForms() {
        assertEquals(Optional.of("en"), CliArguments.option(new String[] {"--lang", "en", "stats"}, "--lang"));
        assertEquals(Optional.of("en"), CliArguments.option(new String[] {"--lang=en"}, "--lang"));
        assertEquals(Optional.empty(), CliArguments.option(new String[] {"stats"}, "--lang"));
    }
}
