package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingdesk.logic.store.RecordProblem;
import org.briefingdesk.model.RecordKind;

/**
 * Whether the search index still matches the records: every record indexed once, under its kind and
 * as it was last changed, and nothing indexed that is no longer there. Another tool that edits or
 * deletes rows leaves the index behind; {@code check --repair} rebuilds it.
 */
final class SearchIndexCheck {
    private SearchIndexCheck() {
    }

    /** The records whose index entry is missing, stale, of another kind, or left over; by kind and id. */
    static List<RecordProblem> mismatches(Connection c) throws SQLException {
        Set<RecordProblem> problems = new LinkedHashSet<>();
        for (Map.Entry<RecordKind, String> entry : RecordTables.TABLES.entrySet()) {
            RecordKind kind = entry.getKey();
            String table = entry.getValue();
            Jdbc.query(c, "SELECT t.id FROM " + table + " t LEFT JOIN search_meta m ON m.record_id = t.id"
                    + " WHERE m.record_id IS NULL OR m.kind IS NOT ? OR m.updated_at IS NOT t.updated_at",
                    rs -> problems.add(new RecordProblem(kind, rs.getString(1), "")), kind.name());
            Jdbc.query(c, "SELECT m.record_id FROM search_meta m WHERE m.kind = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM " + table + " t WHERE t.id = m.record_id)",
                    rs -> problems.add(new RecordProblem(kind, rs.getString(1), "")), kind.name());
        }
        Jdbc.query(c, "SELECT f.rowid FROM search_fts f WHERE NOT EXISTS"
                + " (SELECT 1 FROM search_meta m WHERE m.rowid = f.rowid)", rs -> {
                    RecordKind said = SqliteSearchIndex.kindOf(rs.getLong(1));
                    RecordKind kind = said != null ? said : RecordKind.values()[0];
                    return problems.add(new RecordProblem(kind, "#" + rs.getLong(1), ""));
                });
        return List.copyOf(problems);
    }
}
