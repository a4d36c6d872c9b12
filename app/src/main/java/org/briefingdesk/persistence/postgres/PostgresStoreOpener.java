package org.briefingdesk.persistence.postgres;

import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.logic.store.ServerOpener;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.persistence.AuditContext;
import org.briefingdesk.persistence.Jdbc;
import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * Connects desks to a team server: opening its store (the schema must be this build's), creating or
 * migrating the schema ({@code server init}), and setting a role's clearance ({@code server grant}).
 * Changes are written as the database role the desk connected as.
 */
public final class PostgresStoreOpener implements ServerOpener {
    private final Clock clock;

    public PostgresStoreOpener(Clock clock) {
        this.clock = clock;
    }

    public PostgresStoreOpener() {
        this(Clock.systemUTC());
    }

    /**
     * The password the user keeps outside the application: {@code PGPASSWORD}, then {@code ~/.pgpass}
     * (or {@code PGPASSFILE}), as psql reads them. Empty when neither has one: the window then asks.
     */
    @Override
    public Optional<String> knownPassword(ServerAddress address) {
        String env = System.getenv("PGPASSWORD");
        if (env != null && !env.isEmpty()) {
            return Optional.of(env);
        }
        return Optional.ofNullable(PgPassParser.getPassword(address.host(), String.valueOf(address.port()),
                address.database(), address.user()));
    }

    /** Opens the server's record store; {@code password} null to use {@link #knownPassword}. */
    @Override
    public RecordStore open(ServerAddress address, String password) {
        PostgresDatabase db = connect(address, password);
        try {
            PostgresSchema.check(db);
            return store(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Creates or migrates the schema and its roles (an administrator's connection), and brings the index
     * up to date.
     */
    @Override
    public RecordStore init(ServerAddress address, String password) {
        PostgresDatabase db = connect(address, password);
        try {
            PostgresSchema.migrate(db);
            PostgresRecordStore store = store(db);
            if (store.searchIndex().isStale()) {
                store.searchIndex().rebuild();
            }
            return store;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Gives an existing login role a clearance and makes it an editor or a reader (an administrator's
     * connection). Returns false when there is no such role.
     */
    @Override
    public boolean grant(ServerAddress address, String password, String role, Sensitivity clearance, boolean editor) {
        try (PostgresDatabase db = connect(address, password)) {
            PostgresSchema.check(db);
            return db.inTransaction(c -> {
                if (Jdbc.count(c, "SELECT count(*) FROM pg_roles WHERE rolname = ?", role) == 0) {
                    return false;
                }
                Jdbc.update(c, "INSERT INTO desk_clearance(role_name, clearance) VALUES (?, ?) ON CONFLICT (role_name)"
                        + " DO UPDATE SET clearance = excluded.clearance, granted_at = now(),"
                        + " granted_by = current_user",
                        role, clearance);
                String granted = editor ? PostgresSchema.EDITOR_ROLE : PostgresSchema.READER_ROLE;
                String revoked = editor ? PostgresSchema.READER_ROLE : PostgresSchema.EDITOR_ROLE;
                // Role names cannot be bound parameters: the server quotes them (format %I).
                for (String sql : Jdbc.query(c, "SELECT format('REVOKE %I FROM %I', ?::text, ?::text),"
                        + " format('GRANT %I TO %I', ?::text, ?::text)",
                        rs -> List.of(rs.getString(1), rs.getString(2)), revoked, role, granted, role)
                        .get(0)) {
                    try (Statement s = c.createStatement()) {
                        s.execute(sql);
                    }
                }
                return true;
            });
        }
    }

    private PostgresDatabase connect(ServerAddress address, String password) {
        String chosen = password != null ? password : knownPassword(address).orElse(null);
        return new PostgresDatabase(new PostgresConnector(address, chosen));
    }

    private PostgresRecordStore store(PostgresDatabase db) {
        String role = db.read(c -> Jdbc.queryOne(c, "SELECT current_user", rs -> rs.getString(1)).orElseThrow());
        boolean mayWrite = db.read(c -> Jdbc.queryOne(c, "SELECT has_table_privilege('event', 'INSERT')",
                rs -> rs.getBoolean(1)).orElse(false));
        db.setMayWrite(mayWrite);
        return new PostgresRecordStore(db, new AuditContext(role, clock));
    }
}
