package org.briefingdesk.logic.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.briefingdesk.model.StoredRecord;

/**
 * One repository per aggregate. {@link #save} inserts or replaces the whole aggregate (with its
 * aliases, roles, participants, topics, history...) in one transaction, stamps its audit fields and
 * appends a line to the change history.
 */
public interface Repository<T extends StoredRecord> {
    Optional<T> findById(UUID id);

    /** All records of this kind, in no particular order (callers sort with Czech collation). */
    List<T> findAll();

    /** Inserts or updates, and returns the record as stored (with its audit fields filled). */
    T save(T record);

    /** Deletes the record; false when there was none. Links to it are cleared as the schema says. */
    boolean delete(UUID id);

    long count();
}
