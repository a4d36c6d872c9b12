package org.briefingdesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.logic.CountryCatalog;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.Country;

/**
 * Applies the numbered SQL migrations listed in {@code migrations/index.txt}, each in its own
 * transaction together with {@code PRAGMA user_version}. A file written by a newer build is refused,
 * and so is a SQLite file that is not a Briefing Desk database.
 */
final class Migrator {
    /** Marks our files ('BDSK'), so that another program's SQLite file is not taken for ours. */
    static final int APPLICATION_ID = 0x4244534b;
    private static final String FOLDER = "/org/briefingdesk/persistence/migrations/";

    private final Database db;

    Migrator(Database db) {
        this.db = db;
    }

    static List<String> migrations() {
        try (InputStream in = Migrator.class.getResourceAsStream(FOLDER + "index.txt")) {
            String index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("migration index missing from the build", e);
        }
    }

    /** The schema version this build writes. */
    static int latestVersion() {
        return migrations().size();
    }

    /** True for a file of ours at this build's schema version: opening it changes nothing. */
    boolean upToDate() {
        int current = db.read(c -> pragmaInt(c, "user_version"));
        int applicationId = db.read(c -> pragmaInt(c, "application_id"));
        return applicationId == APPLICATION_ID && current == latestVersion();
    }

    void migrate() {
        int current = db.read(c -> pragmaInt(c, "user_version"));
        int applicationId = db.read(c -> pragmaInt(c, "application_id"));
        boolean empty = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM sqlite_master")) == 0;
        if (!empty && applicationId != APPLICATION_ID) {
            throw new StoreException("error.db.notBriefingDesk", db.file());
        }
        List<String> migrations = migrations();
        if (current > migrations.size()) {
            throw new StoreException("error.db.newer", db.file(), current, migrations.size());
        }
        if (current < migrations.size() && db.readOnly()) {
            throw new StoreException("error.db.needsUpgrade", db.file()); // a reader never changes the file
        }
        if (current > 0 && current < migrations.size()) {
            // The old version stays at hand, verified, whatever the migration does.
            new SqliteBackups(db, BackupPolicy.configured(), Clock.systemUTC())
                    .create(Backups.Reason.MIGRATION);
        }
        for (int version = current + 1; version <= migrations.size(); version++) {
            String name = migrations.get(version - 1);
            int target = version;
            db.inTransaction(c -> {
                for (String sql : statements(read(name))) {
                    try (Statement s = c.createStatement()) {
                        s.execute(sql);
                    }
                }
                if (target == 1) {
                    seedCountries(c);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    private static void seedCountries(Connection c) throws SQLException {
        for (Country country : CountryCatalog.all()) {
            Jdbc.update(c, "INSERT OR REPLACE INTO country(code, name_cs, name_en) VALUES (?, ?, ?)",
                    country.code(), country.nameCs(), country.nameEn());
        }
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String read(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream(FOLDER + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("migration " + name + " missing from the build", e);
        }
    }

    /** Splits a migration into statements: each ends with ';' at the end of a line; '--' lines are comments. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
