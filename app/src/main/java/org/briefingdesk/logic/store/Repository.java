package org.briefingdesk.logic.store;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.briefingdesk.model.StoredRecord;

/**
 * One repository per aggregate. {@link #save} inserts or replaces the whole aggregate (with its
 * aliases, roles, participants, topics, history...) in one transaction, stamps its audit fields and
 * appends a line to the change history.
 */
public interface Repository<T extends StoredRecord> {
    /** How many records {@link #inIdOrder} reads at a time. */
    int PAGE = 500;

    Optional<T> findById(UUID id);

    /** All records of this kind, in no particular order (callers sort with Czech collation). */
    List<T> findAll();

    /** Inserts or updates, and returns the record as stored (with its audit fields filled). */
    T save(T record);

    /** Deletes the record; false when there was none. Links to it are cleared as the schema says. */
    boolean delete(UUID id);

    long count();

    /**
     * Up to {@code limit} records read in the order of their stored ids, after the position {@code after} (null:
     * from the first). Stored ids that are ids sort as their text, so a whole kind read page by page comes in
     * canonical order (by {@code id().toString()}), holding one page in memory rather than the kind.
     */
    Page<T> page(String after, int limit);

    /**
     * Every record of this kind in canonical order (see {@link #page}), read a page of a few hundred at a time as
     * the iteration goes on.
     */
    default Iterable<T> inIdOrder() {
        return () -> new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();
            private String after;
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last) {
                    Page<T> page = page(after, PAGE);
                    current = page.records().iterator();
                    after = page.next();
                    last = after == null;
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * True when every stored id of this kind is written as this application writes ids (lower case), so that
     * {@link #inIdOrder} is canonical order; another tool may have stored one in capitals.
     */
    boolean storedIdsInCanonicalForm();

    /** A page of records and the position the next page starts after, or null when this was the last. */
    record Page<T>(List<T> records, String next) {
        public Page {
            records = List.copyOf(records);
        }
    }
}
