package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.search.SearchDocument;
import org.briefingdesk.model.StoredRecord;

/**
 * What the batch writer leaves to each store: when writing is refused, its transactions, deferred references, the
 * search index.
 */
public interface BatchDialect {
    /** Throws, with a sentence for the user, when this connection may not write. */
    void checkWritable();

    /**
     * True when nothing but this connection writes the store while it is open (a file's writer lock): what one
     * committed batch knew of the records is still true for the next.
     */
    boolean soleWriter();

    /** Runs {@code work} as one transaction set up for many rows; a call inside a transaction joins it. */
    <T> T inTransaction(SqlWork<T> work);

    /** References between records are checked when the transaction commits, not row by row. */
    void deferReferences(Connection c) throws SQLException;

    /**
     * Index entries for records just written, one document each in the same order; the ids in {@code fresh} are
     * new records, with no old entry to replace.
     */
    void index(Connection c, List<SearchDocument> documents, List<StoredRecord> records, Set<UUID> fresh)
            throws SQLException;

    /** Removes the entries of deleted records. */
    void unindex(Connection c, Collection<UUID> ids) throws SQLException;
}
