package org.briefingdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.briefingdesk.testutil.Locks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

@ResourceLock(Locks.ROOT_LOGGER)
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
    void aFileTheDesktopHandsOverOpensTheWindow(@TempDir Path folder) throws IOException {
        Path database = Files.createFile(folder.resolve("porada.bddb"));
        assertFalse(CliArguments.requestsCommandLine(new String[] {database.toString()}));
        assertFalse(CliArguments.requestsCommandLine(new String[] {database.toUri().toString()}));
        assertFalse(CliArguments.requestsCommandLine(new String[] {"--lang", "en", database.toString()}));
        assertTrue(CliArguments.requestsCommandLine(new String[] {folder.resolve("chybí.bddb").toString()}),
                "no such file: the command line says what is wrong");
    }

    @Test
    void optionValuesInBothForms() {
        assertEquals(Optional.of("en"), CliArguments.option(new String[] {"--lang", "en", "stats"}, "--lang"));
        assertEquals(Optional.of("en"), CliArguments.option(new String[] {"--lang=en"}, "--lang"));
        assertEquals(Optional.empty(), CliArguments.option(new String[] {"stats"}, "--lang"));
    }
}
