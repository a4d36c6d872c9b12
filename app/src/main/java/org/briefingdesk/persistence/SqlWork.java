package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of database work on the store's connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
