package org.briefingdesk.persistence.postgres;

import java.sql.SQLException;
import org.briefingdesk.logic.store.StoreException;

/** A server's failure as one sentence for the user; the cause keeps the details for the log. */
final class PostgresErrors {
    private PostgresErrors() {
    }

    /** True when the connection itself failed (refused, dropped, closed): a new one may succeed. */
    static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    static StoreException translate(SQLException e, String server) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (state.equals("28P01") || state.equals("28000")) {
            return new StoreException(e, "error.server.login", server);
        }
        if (state.equals("3D000")) {
            return new StoreException(e, "error.server.noDatabase", server);
        }
        if (state.equals("42501")) {
            return message.contains("row-level security")
                    ? new StoreException(e, "error.server.aboveClearance", server)
                    : new StoreException(e, "error.server.notAllowed", server);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new StoreException(e, "error.server.busy", server);
        }
        if (state.startsWith("23")) {
            return new StoreException(e, "error.db.constraint", server);
        }
        if (state.equals("08001") || state.equals("08004")) {
            return new StoreException(e, "error.server.unreachable", server);
        }
        if (connectionLost(e)) {
            return new StoreException(e, "error.server.connectionLost", server);
        }
        return new StoreException(e, "error.server.failed", server);
    }
}
