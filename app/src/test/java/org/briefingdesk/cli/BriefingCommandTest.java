package org.briefingdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Person;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** {@code briefing-desk briefing ...} run in-process on the sample data. */
@ResourceLock(Locks.ROOT_LOGGER)
class BriefingCommandTest {
    @TempDir
    Path folder;

    private CliRun run(String... args) {
        return CliRun.on(CliRun.database(folder), args);
    }

    @BeforeEach
    void sample() throws IOException {
        assertEquals(0, run("sample").exitCode());
        Files.createDirectories(folder.resolve("packs"));
    }

    private Path out(String name) {
        return folder.resolve("packs").resolve(name);
    }

    @Test
    void writesAPackForAPersonNamedWithoutDiacritics() throws IOException {
        CliRun run = run("briefing", "--person", "cooperova", "--format", "pdf", "--out", out("cooper.pdf").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Yvette Cooper"), run.out());
        assertTrue(Files.size(out("cooper.pdf")) > 1000);
        try (Stream<Path> files = Files.list(out("cooper.pdf").getParent())) {
            assertEquals(List.of("cooper.pdf"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left beside the pack");
        }
    }

    @Test
    void everyFormatAndTargetKindWorksWithCzechDatesAndLevels() {
        assertEquals(0, run("briefing", "--country", "GB", "--format", "docx", "--out", out("gb.docx").toString(),
                "--from", "1. 3. 2025", "--to", "2025-04-30", "--max-sensitivity", "interní").exitCode());
        assertEquals(0, run("briefing", "--organisation", "Home Office", "--format", "html", "--lang", "en",
                "--out", out("ho.html").toString()).exitCode());
        assertEquals(0, run("briefing", "--topic", "prevadecstvi", "--format", "html",
                "--out", out("topic.html").toString()).exitCode());
        assertEquals(0, run("briefing", "--event", "Border Security Summit", "--format", "pdf",
                "--out", out("summit.pdf").toString()).exitCode());
        assertTrue(Files.isRegularFile(out("gb.docx")) && Files.isRegularFile(out("ho.html"))
                && Files.isRegularFile(out("topic.html")) && Files.isRegularFile(out("summit.pdf")));
    }

    @Test
    void anUnknownPersonIsOneLineWithCandidatesAndNoFile() {
        CliRun run = run("briefing", "--person", "Coper", "--format", "pdf", "--out", out("x.pdf").toString());
        assertEquals(ExitCode.USER_ERROR, run.exitCode());
        String line = run.oneErrorLine();
        assertTrue(line.contains("„Coper“") && line.contains("Yvette Cooper"), line);
        assertFalse(Files.exists(out("x.pdf")));
    }

    @Test
    void anAmbiguousPersonIsOneLineListingBoth() {
        try (RecordStore store = TestStores.opener().open(CliRun.database(folder), OpenMode.WRITE)) {
            store.people().save(RecordBuilder.aPerson().with(Person::givenName, "Jane")
                    .with(Person::familyName, "Cooper").with(Person::countryCode, "US").build());
        }
        CliRun run = run("briefing", "--person", "cooper", "--format", "html", "--out", out("x.html").toString());
        assertEquals(ExitCode.USER_ERROR, run.exitCode());
        String line = run.oneErrorLine();
        assertTrue(line.contains("Jane Cooper") && line.contains("Yvette Cooper"), line);
        assertTrue(line.contains("více záznamům"), line);
        assertFalse(Files.exists(out("x.html")));
    }

    @Test
    void badOptionsAreOneLineUserErrors() {
        assertEquals(ExitCode.USER_ERROR, run("briefing", "--person", "cooper", "--format", "odt",
                "--out", out("x").toString()).exitCode());
        CliRun date = run("briefing", "--person", "cooper", "--from", "31. 2. 2025", "--format", "pdf",
                "--out", out("x.pdf").toString());
        assertTrue(date.oneErrorLine().contains("31. 2. 2025"), date.err());
        CliRun level = run("briefing", "--person", "cooper", "--max-sensitivity", "secret", "--format", "pdf",
                "--out", out("x.pdf").toString());
        assertTrue(level.oneErrorLine().contains("secret"), level.err());
        CliRun twoTargets = run("briefing", "--person", "cooper", "--country", "GB", "--format", "pdf",
                "--out", out("x.pdf").toString());
        assertEquals(ExitCode.USER_ERROR, twoTargets.exitCode());
        assertTrue(twoTargets.oneErrorLine().contains("Volby --person=JMÉNO|ID, --country=KÓD nejde zadat spolu"),
                twoTargets.err());
        CliRun noTarget = run("briefing", "--format", "pdf", "--out", out("x.pdf").toString());
        assertEquals(ExitCode.USER_ERROR, noTarget.exitCode());
        noTarget.oneErrorLine();
    }

    @Test
    void aFolderThatDoesNotExistIsSaidAndNotMade() {
        Path missing = folder.resolve("podkldy");
        CliRun run = run("briefing", "--person", "cooper", "--format", "pdf", "--out",
                missing.resolve("cooper.pdf").toString());
        assertEquals(ExitCode.USER_ERROR, run.exitCode());
        assertTrue(run.oneErrorLine().contains("Složka " + missing + " neexistuje"), run.err());
        assertFalse(Files.exists(missing), "no folder made");
    }

    @Test
    void theUsageNamesTheEventByIdOrTitle() {
        CliRun help = run("briefing", "--help");
        assertTrue(help.out().contains("--event=ID|NÁZEV"), help.out());
    }

    @Test
    void englishErrorsWithLangEn() {
        CliRun run = run("--lang", "en", "briefing", "--country", "Narnia", "--format", "pdf",
                "--out", out("x.pdf").toString());
        assertEquals(ExitCode.USER_ERROR, run.exitCode());
        assertTrue(run.oneErrorLine().contains("is not in the database"), run.err());
    }
}
