package org.briefingdesk.persistence.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.briefingdesk.logic.CountryCatalog;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.Country;
import org.briefingdesk.persistence.Jdbc;

/**
 * The numbered migrations of the team server's schema: 1 to 5 as the SQLite file's (the records, search, saved
 * searches, exchange, subtopics in search); from 6 on each store numbers its own (the server's 6 stores search
 * entries without a pending list, the file's 6 adds sort keys). Only {@code server init} migrates; every
 * other connection checks that the schema is this build's, and refuses a newer one or a database
 * that another program uses. The version lives in {@code briefing_desk_schema}.
 */
final class PostgresSchema {
    static final String READER_ROLE = "briefing_desk_reader";
    static final String EDITOR_ROLE = "briefing_desk_editor";
    private static final String FOLDER = "/org/briefingdesk/persistence/postgres/migrations/";

    private PostgresSchema() {
    }

    static List<String> migrations() {
        return read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static int latestVersion() {
        return migrations().size();
    }

    /** The schema's version: 0 in an empty database. Refuses a database that another program uses. */
    static int version(Connection c, String server) throws SQLException {
        boolean ours = Jdbc.queryOne(c, "SELECT to_regclass('briefing_desk_schema') IS NOT NULL",
                rs -> rs.getBoolean(1)).orElse(false);
        if (!ours) {
            long tables = Jdbc.count(c, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()");
            if (tables > 0) {
                throw new StoreException("error.server.notBriefingDesk", server);
            }
            return 0;
        }
        return (int) Jdbc.count(c, "SELECT version FROM briefing_desk_schema WHERE application = 'briefing-desk'");
    }

    /** For every connection but {@code server init}: the schema must be exactly this build's. */
    static void check(PostgresDatabase db) {
        int version = db.read(c -> version(c, db.displayName()));
        int latest = latestVersion();
        if (version > latest) {
            throw new StoreException("error.server.newer", db.displayName(), version, latest);
        }
        if (version < latest) {
            throw new StoreException(version == 0 ? "error.server.empty" : "error.server.older", db.displayName());
        }
    }

    /** Creates or migrates the schema, each version in its own transaction, then the roles and their rights. */
    static void migrate(PostgresDatabase db) {
        int version = db.read(c -> version(c, db.displayName()));
        List<String> migrations = migrations();
        if (version > migrations.size()) {
            throw new StoreException("error.server.newer", db.displayName(), version, migrations.size());
        }
        if (version < 2) {
            boolean unaccent = db.read(c -> Jdbc.count(c,
                    "SELECT count(*) FROM pg_available_extensions WHERE name = 'unaccent'") > 0);
            if (!unaccent) {
                throw new StoreException("error.server.noUnaccent", db.displayName());
            }
        }
        for (int next = version + 1; next <= migrations.size(); next++) {
            String script = read(migrations.get(next - 1));
            int target = next;
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(script);
                }
                if (target == 1) {
                    for (Country country : CountryCatalog.all()) {
                        Jdbc.update(c, "INSERT INTO country(code, name_cs, name_en) VALUES (?, ?, ?)"
                                + " ON CONFLICT (code) DO NOTHING", country.code(), country.nameCs(), country.nameEn());
                    }
                }
                Jdbc.update(c, "INSERT INTO briefing_desk_schema(application, version) VALUES ('briefing-desk', ?)"
                        + " ON CONFLICT (application) DO UPDATE SET version = excluded.version", target);
                return null;
            });
        }
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(read("roles.sql"));
            }
            return null;
        });
    }

    private static String read(String name) {
        try (InputStream in = PostgresSchema.class.getResourceAsStream(FOLDER + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("migration " + name + " missing from the build", e);
        }
    }
}
