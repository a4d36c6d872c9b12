package org.briefingdesk.logic.exchange;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.store.BatchWriter.AuditMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.StoredRecord;

/** An import as written, with what it replaced: {@link #undo} puts the records and the exchange memory back. */
public final class AppliedImport {
    private final RecordStore store;
    private final Set<UUID> created;
    private final List<StoredRecord> previous;
    private final Map<UUID, Instant> previousVersions;
    private final Set<UUID> unversioned;
    private final Set<UUID> aliases;
    private final long written;

    AppliedImport(RecordStore store, Set<UUID> created, List<StoredRecord> previous,
                  Map<UUID, Instant> previousVersions, Set<UUID> unversioned, Collection<UUID> aliases, long written) {
        this.store = store;
        this.created = Set.copyOf(created);
        this.previous = List.copyOf(previous);
        this.previousVersions = Map.copyOf(previousVersions);
        this.unversioned = Set.copyOf(unversioned);
        this.aliases = Set.copyOf(aliases);
        this.written = written;
    }

    /** How many records the import wrote (added or replaced). */
    public long written() {
        return written;
    }

    public int created() {
        return created.size();
    }

    public int replaced() {
        return previous.size();
    }

    /** Deletes what the import added and writes back what it replaced, as one transaction. */
    public void undo() {
        store.batches().inOneTransaction(() -> {
            store.batches().delete(created);
            store.batches().write(previous, AuditMode.KEEP);
            store.exchangeMemory().forgetVersions(unversioned);
            store.exchangeMemory().rememberVersions(previousVersions);
            store.exchangeMemory().forgetAliases(aliases);
            return null;
        });
    }
}
