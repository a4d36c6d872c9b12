package org.briefingdesk.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingdesk.logic.search.SearchHit;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Statement;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Who may see what, enforced by the server: three roles with public, internal and sensitive
 * clearance see only records at or below it, through the application's queries and through plain
 * SQL; a reader's save and an editor's save above their clearance are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Locks.TEST_SERVER)
class ServerClearanceTest {
    private static final String PASSWORD = "heslo-123";
    private final PostgresStoreOpener opener = TestServer.opener();
    private ServerAddress admin;
    private RecordStore adminStore;
    private Person speaker;

    @BeforeAll
    void server() {
        admin = TestServer.newDatabase();
        adminStore = opener.init(admin, null);
        for (String role : List.of("verejna", "interni", "citliva", "ctenar")) {
            TestServer.loginRole(role, PASSWORD);
        }
        assertTrue(opener.grant(admin, null, "verejna", Sensitivity.PUBLIC, true));
        assertTrue(opener.grant(admin, null, "interni", Sensitivity.INTERNAL, true));
        assertTrue(opener.grant(admin, null, "citliva", Sensitivity.SENSITIVE, true));
        assertTrue(opener.grant(admin, null, "ctenar", Sensitivity.SENSITIVE, false));
        assertFalse(opener.grant(admin, null, "nikdo", Sensitivity.PUBLIC, true), "no such role");
        speaker = adminStore.people().save(TypicalRecords.person("Vít", "Rakušan"));
        for (Sensitivity level : Sensitivity.values()) {
            adminStore.statements().save(statement(level));
        }
    }

    @AfterAll
    void close() {
        adminStore.close();
    }

    private Statement statement(Sensitivity level) {
        return RecordBuilder.aStatement().with(Statement::speakerId, speaker.id())
                .with(Statement::date, TypicalRecords.SUMMIT_DAY)
                .with(Statement::text, "Kvazikrystalový výrok úrovně " + level.name().toLowerCase()).sensitivity(level)
                .build();
    }

    private RecordStore as(String role) {
        return opener.open(TestServer.as(admin, role), PASSWORD);
    }

    private static Set<Sensitivity> levels(List<Statement> statements) {
        return statements.stream().map(Statement::sensitivity).collect(Collectors.toSet());
    }

    @Test
    void eachRoleSeesRecordsAtOrBelowItsClearanceInTheApplication() {
        try (RecordStore publicDesk = as("verejna"); RecordStore internal = as("interni");
             RecordStore sensitive = as("citliva")) {
            assertEquals(Set.of(Sensitivity.PUBLIC), levels(publicDesk.statements().findAll()));
            assertEquals(Set.of(Sensitivity.PUBLIC, Sensitivity.INTERNAL), levels(internal.statements().findAll()));
            assertEquals(Set.of(Sensitivity.values()), levels(sensitive.statements().findAll()));
            assertEquals(1L, publicDesk.counts().get(RecordKind.STATEMENT));
            // Search hides the hit as the table hides the record.
            assertEquals(1, hits(publicDesk, "kvazikrystalovy").size());
            assertEquals(2, hits(internal, "kvazikrystalovy").size());
            assertEquals(3, hits(sensitive, "kvazikrystalovy").size());
        }
    }

    private static List<SearchHit> hits(RecordStore store, String query) {
        return new SearchService(store.search()).search(query, 50).hits();
    }

    @Test
    void plainSqlSeesNoMoreThanTheApplication() throws SQLException {
        assertEquals(List.of("PUBLIC"), sensitivities("verejna"));
        assertEquals(List.of("INTERNAL", "PUBLIC"), sensitivities("interni"));
        assertEquals(List.of("INTERNAL", "PUBLIC", "SENSITIVE"), sensitivities("citliva"));
    }

    private List<String> sensitivities(String role) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", role);
        props.setProperty("password", PASSWORD);
        try (Connection c = DriverManager.getConnection(TestServer.as(admin, role).jdbcUrl(), props);
             java.sql.Statement sql = c.createStatement(); // another type of this name is imported
             ResultSet rs = sql.executeQuery("SELECT sensitivity FROM statement UNION"
                     + " SELECT sensitivity FROM search_document WHERE kind = 'STATEMENT' ORDER BY 1")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    @Test
    void aReaderMayReadEverythingItsClearanceAllowsButSaveNothing() {
        try (RecordStore reader = as("ctenar")) {
            assertTrue(reader.readOnly());
            assertEquals(3, reader.statements().findAll().size());
            StoreException refused = assertThrows(StoreException.class,
                    () -> reader.people().save(TypicalRecords.person("Jan", "Novák")));
            assertEquals("error.server.reader", refused.key());
        }
        assertEquals(1L, adminStore.counts().get(RecordKind.PERSON), "nothing written");
    }

    @Test
    void anEditorCannotSaveARecordAboveItsClearance() {
        try (RecordStore internal = as("interni")) {
            assertFalse(internal.readOnly());
            StoreException refused = assertThrows(StoreException.class,
                    () -> internal.statements().save(statement(Sensitivity.SENSITIVE)));
            assertEquals("error.server.aboveClearance", refused.key());
            Statement own = internal.statements().save(statement(Sensitivity.INTERNAL));
            assertEquals("interni", own.audit().createdBy(), "the database role is the author");
            assertEquals("interni", internal.history().findByRecord(own.id()).get(0).changedBy());
            internal.statements().delete(own.id());
        }
    }
}
