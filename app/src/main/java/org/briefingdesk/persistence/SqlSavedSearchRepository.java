package org.briefingdesk.persistence;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.store.SavedSearchRepository;
import org.briefingdesk.model.SavedSearch;

record SqlSavedSearchRepository(SqlDatabase db, AuditContext audit) implements SavedSearchRepository {
    @Override
    public List<SavedSearch> findAll() {
        return db.read(c -> Jdbc.query(c, "SELECT id, name, query FROM saved_search ORDER BY created_at, name",
                rs -> new SavedSearch(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3))));
    }

    @Override
    public SavedSearch save(SavedSearch search) {
        db.inTransaction(c -> Jdbc.update(c, "INSERT INTO saved_search(id, name, query, created_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT(id) DO UPDATE SET name = excluded.name, query = excluded.query",
                search.id(), search.name(), search.query(), audit.now()));
        return search;
    }

    @Override
    public boolean delete(UUID id) {
        return db.inTransaction(c -> Jdbc.update(c, "DELETE FROM saved_search WHERE id = ?", id) > 0);
    }
}
