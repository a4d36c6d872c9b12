package org.briefingdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * {@code server push --db FILE}: a desk's file onto the team server through the bundle merge, and back out with
 * {@code export --format bundle}; what a push refuses, one sentence each, with the server left as it was.
 */
@ResourceLock(Locks.ROOT_LOGGER)
// One test sets the pgpass file for the JVM: not while another reads it.
@ResourceLock(Resources.SYSTEM_PROPERTIES)
@ResourceLock(Locks.TEST_SERVER)
class ServerPushTest {
    private static final String PASSWORD = "push-heslo";

    @TempDir
    Path folder;

    private Path sampleFile() {
        Path file = folder.resolve("desk.db");
        CliRun sample = CliRun.on(file, "sample");
        assertEquals(0, sample.exitCode(), sample.err());
        return file;
    }

    private ServerAddress initialisedServer() {
        ServerAddress admin = TestServer.newDatabase();
        assertEquals(0, CliRun.onServer(admin, folder, "server", "init").exitCode());
        return admin;
    }

    private static Map<RecordKind, Long> counts(ServerAddress server) {
        try (RecordStore store = TestServer.opener().open(server, null)) {
            return store.counts();
        }
    }

    private static Map<RecordKind, Long> counts(Path file) {
        try (RecordStore store = TestStores.opener().open(file, OpenMode.READ)) {
            return store.counts();
        }
    }

    @Test
    void theSampleIsPushedOnceAndComesBackAsABundle() throws Exception {
        Path file = sampleFile();
        ServerAddress admin = initialisedServer();
        CliRun push = CliRun.onServer(admin, folder, "--lang", "en", "server", "push", "--db", file.toString());
        assertEquals(0, push.exitCode(), push.err());
        assertTrue(push.out().contains("desk.db"), push.out());
        assertEquals(counts(file), counts(admin));

        CliRun again = CliRun.onServer(admin, folder, "server", "push", "--db", file.toString(), "--json");
        assertEquals(0, again.exitCode(), again.err());
        JsonNode written = new ObjectMapper().readTree(again.out()).at("/written");
        assertTrue(written.has("created") && written.has("replaced"), again.out());
        assertEquals(0, written.at("/created").asInt(), again.out());
        assertEquals(0, written.at("/replaced").asInt(), again.out());
        assertEquals(counts(file), counts(admin), "nothing twice");

        CliRun search = CliRun.onServer(admin, folder, "search", "Londýn", "--json");
        assertTrue(search.out().contains("Border Security Summit"), search.out());

        Path bundle = folder.resolve("server.bdesk");
        CliRun export = CliRun.onServer(admin, folder, "--lang", "en", "export", "--format", "bundle", "--out",
                bundle.toString());
        assertEquals(0, export.exitCode(), export.err());
        Path copy = folder.resolve("copy.db");
        CliRun imported = CliRun.on(copy, "import", bundle.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(counts(file), counts(copy), "the server's bundle holds every record pushed");
    }

    @Test
    void conflictsAwaitADecisionAndNothingIsWrittenUntilOneIsGiven() {
        Path file = sampleFile();
        ServerAddress admin = initialisedServer();
        assertEquals(0, CliRun.onServer(admin, folder, "server", "push", "--db", file.toString()).exitCode());
        // The same person changed on the server and, later, in the file.
        Person onServer;
        try (RecordStore server = TestServer.opener().open(admin, null)) {
            Person person = server.people().findAll().get(0);
            onServer = server.people().save(withNotes(person, "Poznámka ze serveru"));
        }
        try (RecordStore desk = TestStores.tickingOpener().open(file, OpenMode.WRITE)) {
            Person person = desk.people().findById(onServer.id()).orElseThrow();
            desk.people().save(withNotes(person, "Poznámka ze souboru"));
        }

        CliRun undecided = CliRun.onServer(admin, folder, "--lang", "en", "server", "push", "--db", file.toString());
        assertEquals(ExitCode.USER_ERROR, undecided.exitCode());
        assertTrue(undecided.err().contains("Nothing was written: 1 conflicts"), undecided.err());
        assertEquals("Poznámka ze serveru", notes(admin, onServer));

        CliRun theirs = CliRun.onServer(admin, folder, "server", "push", "--db", file.toString(), "--on-conflict",
                "theirs");
        assertEquals(0, theirs.exitCode(), theirs.err());
        assertEquals("Poznámka ze souboru", notes(admin, onServer));
    }

    private static Person withNotes(Person p, String notes) {
        return new Person(p.id(), p.honorific(), p.givenName(), p.familyName(), p.countryCode(), notes, p.aliases(),
                p.roles(), p.info());
    }

    private static String notes(ServerAddress server, Person person) {
        try (RecordStore store = TestServer.opener().open(server, null)) {
            return store.people().findById(person.id()).orElseThrow().notes();
        }
    }

    @Test
    void whatAPushRefusesIsOneSentenceAndLeavesTheServerAsItWas() throws Exception {
        Path file = sampleFile();
        ServerAddress admin = initialisedServer();
        Map<RecordKind, Long> empty = counts(admin);

        ServerAddress nowhere = new ServerAddress("localhost", 1, "desk", TestServer.ADMIN, Map.of());
        assertTrue(refused(CliRun.onServer(nowhere, folder, "--lang", "en", "server", "push", "--db",
                file.toString())).contains("localhost"));

        Path text = folder.resolve("notes.db");
        Files.writeString(text, "Tohle není databáze, jen poznámky.\n");
        String notDatabase = refused(CliRun.onServer(admin, folder, "--lang", "en", "server", "push", "--db",
                text.toString()));
        assertTrue(notDatabase.contains("notes.db"), notDatabase);
        assertTrue(refused(CliRun.onServer(admin, folder, "--lang", "en", "server", "push", "--db",
                folder.resolve("missing.db").toString())).contains("does not exist"));
        assertTrue(refused(CliRun.on(file, "--lang", "en", "server", "push", "--db", file.toString()))
                .contains("--server"));

        TestServer.loginRole("push_ctenar", PASSWORD);
        TestServer.loginRole("push_verejna", PASSWORD);
        TestServer.opener().grant(admin, null, "push_ctenar", Sensitivity.SENSITIVE, false);
        TestServer.opener().grant(admin, null, "push_verejna", Sensitivity.PUBLIC, true);
        Path pgpass = folder.resolve("pgpass");
        Files.writeString(pgpass, "localhost:" + admin.port() + ":" + admin.database() + ":*:" + PASSWORD + "\n");
        pgpass.toFile().setReadable(false, false);
        pgpass.toFile().setReadable(true, true);
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            assertTrue(refused(CliRun.onServer(TestServer.as(admin, "push_ctenar"), folder, "--lang", "en",
                    "server", "push", "--db", file.toString())).contains("only read"));
            // A sensitive record in the file: a public clearance may not put it, or the rest, on the server.
            try (RecordStore desk = TestStores.opener().open(file, OpenMode.WRITE)) {
                Person person = TypicalRecords.person("Tajný", "Zdroj");
                desk.people().save(new Person(person.id(), "", "Tajný", "Zdroj", "CZ", "", List.of(), List.of(),
                        RecordInfo.of(Sensitivity.SENSITIVE, List.of())));
            }
            assertTrue(refused(CliRun.onServer(TestServer.as(admin, "push_verejna"), folder, "--lang", "en",
                    "server", "push", "--db", file.toString())).contains("above your clearance"));
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
        assertEquals(empty, counts(admin), "nothing of any refused push arrived");
    }

    private static String refused(CliRun run) {
        assertEquals(ExitCode.USER_ERROR, run.exitCode(), run.err());
        return run.oneErrorLine();
    }
}
