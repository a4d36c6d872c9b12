package org.briefingdesk.persistence.postgres;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.StoreException;

/** A team server is backed up by its administrator (pg_dump, replication), not by each desk. */
final class PostgresBackups implements Backups {
    private final String server;

    PostgresBackups(String server) {
        this.server = server;
    }

    @Override
    public BackupInfo create(Reason reason) {
        throw new StoreException("error.server.backups", server);
    }

    @Override
    public List<BackupInfo> list() {
        return List.of();
    }

    @Override
    public Optional<BackupInfo> newest() {
        return Optional.empty();
    }

    @Override
    public boolean hasChangesSinceBackup() {
        return false;
    }

    @Override
    public boolean isDue(Duration maxAge) {
        return false;
    }
}
