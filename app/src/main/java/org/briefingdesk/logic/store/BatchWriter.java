package org.briefingdesk.logic.store;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.briefingdesk.model.StoredRecord;

/**
 * The store's way of writing many records at once (imports, generated corpora, a push to a server): prepared
 * statements reused, each call one transaction (or part of the caller's {@link RecordStore#inTransaction}), the
 * search index and the change history written in the same pass. A record is inserted, or replaces the stored one
 * with its id, whole (child rows included); a record equal to the stored one is left alone.
 *
 * <p>Records may come in any order and refer to each other: references are checked when the transaction commits,
 * so the caller checks them first if it wants to name a dangling one. Within one transaction only this writer
 * should change records: it remembers the names it indexes by.
 */
public interface BatchWriter {
    /** Whose name and time the written records carry. */
    enum AuditMode {
        /** As the records carry them: an import keeps who made a record where, and when. */
        KEEP,
        /** Now and this user, as a save from a form does. */
        STAMP
    }

    /**
     * What one call did: the ids of the records it inserted, the stored versions of those it replaced (what puts
     * them back), and how many it left as they were.
     */
    record Outcome(Set<UUID> created, List<StoredRecord> replaced, int unchanged) {
        public Outcome {
            created = Set.copyOf(created);
            replaced = List.copyOf(replaced);
        }

        public int inserted() {
            return created.size();
        }

        public int updated() {
            return replaced.size();
        }

        public int written() {
            return inserted() + updated();
        }
    }

    Outcome write(List<? extends StoredRecord> records, AuditMode audit);

    /**
     * Runs {@code work}, which writes through this writer call after call (an import), as one transaction set up
     * for many rows, as each call of {@link #write} is on its own; on any failure nothing of it is kept.
     */
    <T> T inOneTransaction(Supplier<T> work);

    /**
     * Deletes the records with these ids (an id of no record is skipped), with their index entries and a line of
     * history each; dependants first is the caller's order to keep. Returns how many there were.
     */
    int delete(Collection<UUID> ids);
}
