package org.briefingdesk.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.store.ChangeHistoryRepository;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.RecordKind;

final class SqlChangeHistoryRepository implements ChangeHistoryRepository {
    private final SqlDatabase db;

    SqlChangeHistoryRepository(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public List<ChangeEntry> findByRecord(UUID recordId) {
        return db.read(c -> Jdbc.query(c, "SELECT * FROM change_log WHERE record_id = ? ORDER BY id",
                SqlChangeHistoryRepository::map, recordId));
    }

    @Override
    public List<ChangeEntry> findRecent(int limit) {
        return db.read(c -> Jdbc.query(c, "SELECT * FROM change_log ORDER BY id DESC LIMIT ?",
                SqlChangeHistoryRepository::map, limit));
    }

    private static ChangeEntry map(ResultSet rs) throws SQLException {
        return new ChangeEntry(rs.getLong("id"), Jdbc.uuid(rs, "record_id"),
                Jdbc.enumValue(rs, "record_kind", RecordKind.class),
                Jdbc.enumValue(rs, "action", ChangeEntry.Action.class), Jdbc.instant(rs, "changed_at"),
                rs.getString("changed_by"), SourcesJson.readStrings(rs, "changed_fields"));
    }
}
