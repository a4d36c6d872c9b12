package org.briefingdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.logic.store.BatchWriter.AuditMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The command line against a team server: init, grant, the record commands, and what it refuses. */
@ResourceLock(Locks.ROOT_LOGGER)
// One test sets the pgpass file for the JVM: not while another reads it.
@ResourceLock(Resources.SYSTEM_PROPERTIES)
@ResourceLock(Locks.TEST_SERVER)
class ServerCommandTest {
    @TempDir
    Path folder;

    @Test
    void anAdministratorPreparesTheServerAndAUserWorksOnIt() throws Exception {
        ServerAddress admin = TestServer.newDatabase();
        CliRun init = CliRun.onServer(admin, folder, "--lang", "en", "server", "init");
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().contains("is ready"), init.out());
        assertEquals(0, CliRun.onServer(admin, folder, "init").exitCode(), "init again: nothing to do");
        assertEquals(0, CliRun.onServer(admin, folder, "sample").exitCode());

        TestServer.loginRole("radka", "tajne-heslo");
        CliRun grant = CliRun.onServer(admin, folder, "server", "grant", "radka", "--clearance", "interní");
        assertEquals(0, grant.exitCode(), grant.err());
        assertTrue(grant.out().contains("radka"), grant.out());

        // Radka's password comes from her pgpass file, as psql would read it.
        Path pgpass = folder.resolve("pgpass");
        Files.writeString(pgpass, "localhost:" + admin.port() + ":" + admin.database() + ":radka:tajne-heslo\n");
        pgpass.toFile().setReadable(false, false);
        pgpass.toFile().setReadable(true, true);
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            CliRun search = CliRun.onServer(TestServer.as(admin, "radka"), folder, "search", "Londýn", "--json");
            assertEquals(0, search.exitCode(), search.err());
            assertTrue(search.out().contains("Border Security Summit"), search.out());
            CliRun stats = CliRun.onServer(TestServer.as(admin, "radka"), folder, "stats");
            assertEquals(0, stats.exitCode(), stats.err());
            assertTrue(stats.out().contains("radka@localhost"), stats.out());
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }

    @Test
    void aCountCutAtTheServersCapSaysMoreThanInTextAndJson() throws Exception {
        ServerAddress address = TestServer.newDatabase();
        try (RecordStore server = TestServer.opener().init(address, null)) {
            Person speaker = TypicalRecords.person("Vít", "Rakušan");
            List<StoredRecord> records = new ArrayList<>(List.of(speaker, TypicalRecords.report(null)));
            for (int i = 0; i < 1_010; i++) {
                records.add(TypicalRecords.statement(speaker.id(), null, "Ochrana hranic, den " + i + "."));
            }
            server.batches().write(records, AuditMode.STAMP);
        }
        CliRun json = CliRun.onServer(address, folder, "search", "hranice", "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode result = new ObjectMapper().readTree(json.out());
        assertEquals(1_000, result.get("countsByKind").get("statements").asLong(), result.toString());
        assertFalse(result.get("exactByKind").get("statements").asBoolean(), "more than that");
        assertEquals(1, result.get("countsByKind").get("reports").asLong());
        assertTrue(result.get("exactByKind").get("reports").asBoolean());
        assertEquals(1_001, result.get("total").asLong());
        assertFalse(result.get("totalExact").asBoolean());

        CliRun text = CliRun.onServer(address, folder, "--lang", "en", "search", "hranice");
        String totalLine = text.out().lines().filter(l -> l.startsWith("Found ")).findFirst().orElseThrow();
        assertTrue(totalLine.startsWith("Found more than 1001, shown 50 — "), totalLine);
        assertTrue(totalLine.contains(" more than 1000"), totalLine);
    }

    @Test
    void whatTheCommandLineRefusesIsOneLineEach() {
        ServerAddress admin = TestServer.newDatabase();
        CliRun.onServer(admin, folder, "server", "init");
        assertEquals("error", oneLine(CliRun.onServer(admin, folder, "--lang", "en", "server", "grant", "nikdo",
                "--clearance", "public"), "does not exist"));
        assertEquals("error", oneLine(CliRun.onServer(admin, folder, "--lang", "en", "server", "grant", "postgres",
                "--clearance", "top-secret"), "Unknown clearance"));
        assertEquals("error", oneLine(CliRun.onServer(admin, folder, "--lang", "en", "backup"), "pg_dump"));
        assertEquals("error", oneLine(CliRun.onServer(admin, folder, "--lang", "en", "check"), "pg_dump"));
        assertEquals("error", oneLine(CliRun.onServer(TestServer.newDatabase(), folder, "--lang", "en", "stats"),
                "no Briefing Desk schema"));
        CliRun noServer = CliRun.on(folder.resolve("x.db"), "--lang", "en", "server", "init");
        assertEquals("error", oneLine(noServer, "--server"));
        CliRun badAddress = CliRun.on(folder.resolve("x.db"), "--server", "http://example", "--lang", "en", "stats");
        assertEquals("error", oneLine(badAddress, "cannot be understood"));
    }

    private static String oneLine(CliRun run, String expected) {
        assertEquals(ExitCode.USER_ERROR, run.exitCode(), run.err());
        assertTrue(run.oneErrorLine().contains(expected), run.err());
        return "error";
    }
}
