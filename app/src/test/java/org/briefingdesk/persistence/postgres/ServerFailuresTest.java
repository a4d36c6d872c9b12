package org.briefingdesk.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Servers that cannot serve: each failure is one sentence for the user and leaves nothing half-written. */
@ResourceLock(Locks.TEST_SERVER)
class ServerFailuresTest {
    private final PostgresStoreOpener opener = TestServer.opener();

    private static String keyOf(Runnable action) {
        return assertThrows(StoreException.class, action::run).key();
    }

    @Test
    void aServerThatIsDownOrUnreachable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServerAddress nobody = new ServerAddress("localhost", port, "desk", "jana", Map.of());
        assertEquals("error.server.unreachable", keyOf(() -> opener.open(nobody, "x")));
    }

    @Test
    void aWrongPasswordOrAnUnknownDatabase() {
        ServerAddress admin = TestServer.newDatabase();
        opener.init(admin, null).close();
        TestServer.loginRole("jana", "spravne");
        assertEquals("error.server.login", keyOf(() -> opener.open(TestServer.as(admin, "jana"), "spatne")));
        ServerAddress missing = new ServerAddress(admin.host(), admin.port(), "neni_tu", "postgres", Map.of());
        assertEquals("error.server.noDatabase", keyOf(() -> opener.open(missing, null)));
    }

    @Test
    void aNewerSchemaIsRefusedAndAnOlderOneNeedsInit() {
        ServerAddress admin = TestServer.newDatabase();
        opener.init(admin, null).close();
        TestServer.admin(admin, "UPDATE briefing_desk_schema SET version = 99");
        assertEquals("error.server.newer", keyOf(() -> opener.open(admin, null)));
        assertEquals("error.server.newer", keyOf(() -> opener.init(admin, null)));
        TestServer.admin(admin, "UPDATE briefing_desk_schema SET version = 2");
        assertEquals("error.server.older", keyOf(() -> opener.open(admin, null)));
        ServerAddress empty = TestServer.newDatabase();
        assertEquals("error.server.empty", keyOf(() -> opener.open(empty, null)));
    }

    @Test
    void aDatabaseAnotherProgramUsesIsLeftAlone() {
        ServerAddress foreign = TestServer.newDatabase();
        TestServer.admin(foreign, "CREATE TABLE invoice (id integer PRIMARY KEY)");
        assertEquals("error.server.notBriefingDesk", keyOf(() -> opener.open(foreign, null)));
        assertEquals("error.server.notBriefingDesk", keyOf(() -> opener.init(foreign, null)));
        TestServer.admin(foreign, "SELECT count(*) FROM invoice");
    }

    @Test
    void aServerWithoutUnaccentIsRefusedBeforeAnythingIsWritten(@TempDir Path binaries) throws Exception {
        try (EmbeddedPostgres bare = TestServer.start(binaries)) {
            try (Stream<Path> files = Files.walk(binaries)) {
                for (Path control : files.filter(f -> f.getFileName().toString().startsWith("unaccent")).toList()) {
                    Files.delete(control); // a server installed without the contrib extensions
                }
            }
            ServerAddress address = TestServer.newDatabase(bare);
            assertEquals("error.server.noUnaccent", keyOf(() -> opener.init(address, null)));
            try (Connection c = bare.getDatabase(TestServer.ADMIN, address.database()).getConnection();
                 ResultSet rs = c.createStatement().executeQuery(
                         "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "nothing half-written");
            }
        }
    }

    @Test
    void theConnectionDroppingMidSaveKeepsNothingAndTheNextSaveConnectsAgain() {
        ServerAddress admin = TestServer.newDatabase();
        opener.init(admin, null).close();
        TestServer.loginRole("jana", "heslo");
        opener.grant(admin, null, "jana", Sensitivity.SENSITIVE, true);
        try (RecordStore jana = opener.open(TestServer.as(admin, "jana"), "heslo")) {
            Person first = TypicalRecords.person("Vít", "Rakušan");
            Person second = TypicalRecords.person("Jan", "Novák");
            StoreException dropped = assertThrows(StoreException.class, () -> jana.inTransaction(() -> {
                jana.people().save(first);
                TestServer.admin(admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE usename = 'jana' AND datname = current_database() AND pid <> pg_backend_pid()");
                jana.people().save(second);
            }));
            assertEquals("error.server.connectionLost", dropped.key());

            // The next call connects again; the server rolled the whole change back.
            assertEquals(0L, jana.counts().get(RecordKind.PERSON));
            jana.inTransaction(() -> {
                jana.people().save(first);
                jana.people().save(second);
            });
            assertEquals(2L, jana.counts().get(RecordKind.PERSON));
            assertEquals(List.of(ChangeEntry.Action.CREATE),
                    jana.history().findByRecord(first.id()).stream().map(ChangeEntry::action).toList());
            assertTrue(jana.people().findById(second.id()).isPresent());
        }
    }
}
