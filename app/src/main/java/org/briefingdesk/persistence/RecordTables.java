package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.briefingdesk.model.RecordKind;

/** The table of each record kind, and the counts that backups, restores and the status bar compare. */
final class RecordTables {
    static final Map<RecordKind, String> TABLES = new EnumMap<>(Map.of(
            RecordKind.EVENT, "event", RecordKind.REPORT, "report", RecordKind.PERSON, "person",
            RecordKind.ORGANISATION, "organisation", RecordKind.STATEMENT, "statement",
            RecordKind.COMMITMENT, "commitment", RecordKind.TOPIC, "topic"));

    private RecordTables() {
    }

    /** Records per kind (a table an older schema lacks counts as empty). */
    static Map<RecordKind, Long> counts(Connection c) throws SQLException {
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        for (Map.Entry<RecordKind, String> table : TABLES.entrySet()) {
            boolean exists = Jdbc.count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                    table.getValue()) > 0;
            counts.put(table.getKey(), exists ? Jdbc.count(c, "SELECT count(*) FROM " + table.getValue()) : 0L);
        }
        return counts;
    }

    /** When the newest change in the change history was made, or null for a file without history. */
    static Instant newestChange(Connection c) throws SQLException {
        boolean exists = Jdbc.count(c, "SELECT count(*) FROM sqlite_master WHERE name = 'change_log'") > 0;
        if (!exists) {
            return null;
        }
        return Jdbc.queryOne(c, "SELECT max(changed_at) FROM change_log", rs -> rs.getString(1))
                .map(Instant::parse).orElse(null);
    }

    /** The id of the newest change-history line: it grows with every change. */
    static long lastChangeId(Connection c) throws SQLException {
        boolean exists = Jdbc.count(c, "SELECT count(*) FROM sqlite_master WHERE name = 'change_log'") > 0;
        return exists ? Jdbc.count(c, "SELECT coalesce(max(id), 0) FROM change_log") : 0L;
    }
}
