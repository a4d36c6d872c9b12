package org.briefingdesk.logic.store;

import java.util.Optional;
import org.briefingdesk.model.Sensitivity;

/** Connects to a team server: its store, its schema ({@code server init}) and its roles' clearances. */
public interface ServerOpener {
    /** For a build or a test without a server: every call says that no server can be reached. */
    ServerOpener NONE = new ServerOpener() {
        @Override
        public RecordStore open(ServerAddress address, String password) {
            throw new StoreException("error.server.unreachable", address.displayName());
        }

        @Override
        public RecordStore init(ServerAddress address, String password) {
            throw new StoreException("error.server.unreachable", address.displayName());
        }

        @Override
        public boolean grant(ServerAddress address, String password, String role, Sensitivity clearance,
                             boolean editor) {
            throw new StoreException("error.server.unreachable", address.displayName());
        }

        @Override
        public Optional<String> knownPassword(ServerAddress address) {
            return Optional.empty();
        }
    };

    /**
     * Opens the server's store; {@code password} null to use {@link #knownPassword}.
     *
     * @throws StoreException with a sentence for the user: unreachable, wrong password, no or another
     *                        schema, a newer one
     */
    RecordStore open(ServerAddress address, String password);

    /** Creates or migrates the schema and the roles (an administrator's connection), then opens it. */
    RecordStore init(ServerAddress address, String password);

    /** Gives a login role a clearance, as an editor or a reader; false when there is no such role. */
    boolean grant(ServerAddress address, String password, String role, Sensitivity clearance, boolean editor);

    /** The password kept outside the application ({@code PGPASSWORD}, {@code ~/.pgpass}), if any. */
    Optional<String> knownPassword(ServerAddress address);
}
