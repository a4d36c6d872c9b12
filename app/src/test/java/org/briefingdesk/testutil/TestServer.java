package org.briefingdesk.testutil;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.persistence.postgres.PostgresStoreOpener;

/**
 * A real PostgreSQL 14 (with unaccent), started once for all the tests of a run from the binaries in
 * the Maven registry. Each test takes a database of its own. The superuser {@code postgres} is
 * trusted from this machine; every other role logs in with its password.
 */
public final class TestServer {
    public static final String ADMIN = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** Held so that the level stays: the server's start-up talk is not the tests' news. */
    private static final Logger QUIET = Logger.getLogger("io.zonky");
    private static EmbeddedPostgres server;

    static {
        QUIET.setLevel(Level.WARNING);
    }

    private TestServer() {
    }

    /** The running server (started on first use). */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = start(null);
        }
        return server;
    }

    /** A server of its own, with its binaries unpacked into {@code binaries} (a test may change them). */
    public static EmbeddedPostgres start(Path binaries) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectoryCustomizer(dir -> passwordsRequired(dir.toPath()));
            if (binaries != null) {
                // A resolver of its own: the library unpacks once per resolver, and this copy must be separate.
                PgBinaryResolver own = DefaultPostgresBinaryResolver.INSTANCE::getPgBinary;
                builder.setOverrideWorkingDirectory(binaries.toFile()).setPgBinaryResolver(own);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void passwordsRequired(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), String.join("\n",
                    "local all all trust",
                    "host all " + ADMIN + " 127.0.0.1/32 trust",
                    "host all " + ADMIN + " ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty database on the shared server; its address as the administrator. */
    public static ServerAddress newDatabase() {
        return newDatabase(server());
    }

    public static ServerAddress newDatabase(EmbeddedPostgres on) {
        String name = "desk_" + DATABASES.incrementAndGet();
        admin(on, "postgres", "CREATE DATABASE " + name);
        return new ServerAddress("localhost", on.getPort(), name, ADMIN, Map.of());
    }

    /** The same database as another role. */
    public static ServerAddress as(ServerAddress address, String role) {
        return new ServerAddress(address.host(), address.port(), address.database(), role, address.parameters());
    }

    /** Runs SQL as the administrator in a database of the shared server. */
    public static void admin(ServerAddress address, String... sql) {
        admin(server(), address.database(), sql);
    }

    private static void admin(EmbeddedPostgres on, String database, String... sql) {
        try (Connection c = on.getDatabase(ADMIN, database).getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A login role with this password (roles are the server's, shared by its databases). */
    public static synchronized void loginRole(String role, String password) {
        admin(server(), "postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                + "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$",
                "ALTER ROLE " + role + " PASSWORD '" + password + "'");
    }

    public static PostgresStoreOpener opener() {
        return new PostgresStoreOpener(Clock.systemUTC());
    }

    /** A fresh database with the schema, opened as the administrator (who sees every record). */
    public static RecordStore create() {
        return opener().init(newDatabase(), null);
    }

    /** A clock for stores that must stamp like TestStores' files. */
    public static Clock fixedClock() {
        return Clock.fixed(Instant.parse("2025-04-01T08:00:00Z"), ZoneOffset.UTC);
    }
}
