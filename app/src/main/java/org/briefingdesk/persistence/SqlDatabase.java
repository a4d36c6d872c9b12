package org.briefingdesk.persistence;

/**
 * A database the record tables live in: the SQLite file or a PostgreSQL server. The same
 * repositories run their SQL on either; what differs between them sits behind this and
 * {@link SharedWrites}.
 */
public interface SqlDatabase {
    /** Runs {@code work} without opening a transaction of its own (reads). */
    <T> T read(SqlWork<T> work);

    /** Runs {@code work} as one transaction; on any failure nothing of it is kept. Nested calls join. */
    <T> T inTransaction(SqlWork<T> work);

    /** True when this connection may only read. */
    boolean readOnly();
}
