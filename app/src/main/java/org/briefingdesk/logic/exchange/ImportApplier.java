package org.briefingdesk.logic.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.briefingdesk.logic.records.RecordCopies;
import org.briefingdesk.logic.records.RecordMerge;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.BatchWriter.AuditMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.StoredRecord;

/**
 * Applies a {@link MergePlan} as the user decided it: after a verified backup of a file, one transaction through the
 * store's batch writer; what it replaced is kept, so that {@link AppliedImport#undo} puts everything back as one step.
 */
public final class ImportApplier {
    /** Records per batch write: progress and cancel are looked at between batches. */
    static final int BATCH = 5_000;

    private final RecordStore store;

    public ImportApplier(RecordStore store) {
        this.store = store;
    }

    /**
     * What applying would write, once the decisions are taken; nothing is written yet.
     *
     * @param taken    the records decided on (duplicates kept apart, conflicts settled as theirs), written first
     * @param incoming the plan's records to add or take, written after them with the aliases applied as they come
     * @param merged   records here changed by a decision (stamped with this user and now)
     */
    public record Changes(List<StoredRecord> taken, SpooledRecords incoming, List<StoredRecord> merged,
                          Map<UUID, UUID> aliases, Map<UUID, Instant> versions) {
        /** Changes decided without a plan (a participant list): nothing comes from a spool. */
        public Changes(List<StoredRecord> taken, List<StoredRecord> merged, Map<UUID, UUID> aliases,
                       Map<UUID, Instant> versions) {
            this(taken, new SpooledRecords().finish(), merged, aliases, versions);
        }

        /** How many records the import writes. */
        public int size() {
            return taken.size() + incoming.size() + merged.size();
        }
    }

    public Changes changes(MergePlan plan, MergeDecisions decisions) {
        Map<UUID, UUID> aliases = new HashMap<>();
        List<StoredRecord> taken = new ArrayList<>();
        List<StoredRecord> merged = new ArrayList<>();
        for (MergePlan.Duplicate duplicate : plan.duplicates()) {
            MergeDecisions.Merge merge = decisions.merge(duplicate);
            StoredRecord theirs = duplicate.theirs();
            if (merge.keptApart()) {
                taken.add(theirs);
                continue;
            }
            aliases.put(theirs.id(), merge.localId());
            StoredRecord ours = duplicate.candidates().stream().filter(c -> c.id().equals(merge.localId()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("not a candidate: " + merge.localId()));
            StoredRecord theirsHere = RecordCopies.withIds(theirs, id -> id.equals(theirs.id()) ? ours.id() : id);
            if (merge.takeTheirs()) {
                merged.add(RecordCopies.withAudit(theirsHere, ours.audit()));
            } else if (ours instanceof Person person && theirsHere instanceof Person other) {
                StoredRecord named = withNames(person, other);
                if (!named.equals(ours)) {
                    merged.add(named);
                }
            }
        }
        for (MergePlan.Conflict conflict : plan.conflicts()) {
            MergeDecisions.Resolution resolution = decisions.resolution(conflict);
            if (resolution.keepBoth()) {
                UUID copy = UUID.randomUUID();
                taken.add(RecordCopies.withIds(conflict.theirs(), id -> id.equals(conflict.theirs().id()) ? copy : id));
            } else if (resolution.theirFields().containsAll(conflict.fields())) {
                taken.add(conflict.theirs());
            } else if (!resolution.theirFields().isEmpty()) {
                merged.add(RecordMerge.fields(conflict.ours(), conflict.theirs(), resolution.theirFields()));
            }
        }
        Map<UUID, Instant> versions = new HashMap<>();
        plan.versions().forEach((id, version) -> versions.put(aliases.getOrDefault(id, id), version));
        return new Changes(remapped(taken, aliases), plan.incoming(), remapped(merged, aliases), aliases, versions);
    }

    /**
     * Backs up a file (verified; a team server's backups are its administrator's), then writes the changes in one
     * transaction; returns what undoes them.
     *
     * @throws ExchangeMonitor.Cancelled when cancelled between batches: nothing is written
     */
    public AppliedImport apply(Changes changes, ExchangeMonitor monitor) {
        if (store.isLocalFile()) {
            store.backups().create(Backups.Reason.IMPORT);
        }
        return store.batches().inOneTransaction(() -> {
            Map<UUID, Instant> previousVersions = store.exchangeMemory().versions(changes.versions().keySet());
            Set<UUID> created = new HashSet<>();
            Map<UUID, StoredRecord> previous = new LinkedHashMap<>();
            long total = changes.size();
            long done = 0;
            List<StoredRecord> batch = new ArrayList<>(BATCH);
            // The plan's records are made a block at a time as the batches take them.
            Iterator<StoredRecord> records = Stream.concat(changes.taken().stream(),
                    changes.incoming().stream().map(r -> remapped(r, changes.aliases()))).iterator();
            while (records.hasNext()) {
                batch.add(records.next());
                if (batch.size() == BATCH || !records.hasNext()) {
                    monitor.checkCancelled();
                    remember(store.batches().write(batch, AuditMode.KEEP), created, previous);
                    done += batch.size();
                    batch.clear();
                    monitor.progress(done, total);
                }
            }
            remember(store.batches().write(changes.merged(), AuditMode.STAMP), created, previous);
            store.exchangeMemory().rememberVersions(changes.versions());
            store.exchangeMemory().rememberAliases(changes.aliases());
            monitor.checkCancelled();
            monitor.progress(total, total);
            Set<UUID> unversioned = new HashSet<>(changes.versions().keySet());
            unversioned.removeAll(previousVersions.keySet());
            return new AppliedImport(store, created, new ArrayList<>(previous.values()), previousVersions, unversioned,
                    changes.aliases().keySet(), total);
        });
    }

    /**
     * What undoing needs, from each batch: the ids first created, and the version stored before the import of each
     * record it replaced (the first one: a record written twice goes back to what it was before both).
     */
    private static void remember(BatchWriter.Outcome outcome, Set<UUID> created, Map<UUID, StoredRecord> previous) {
        created.addAll(outcome.created());
        for (StoredRecord replaced : outcome.replaced()) {
            if (!created.contains(replaced.id())) {
                previous.putIfAbsent(replaced.id(), replaced);
            }
        }
    }

    private static StoredRecord remapped(StoredRecord record, Map<UUID, UUID> aliases) {
        return aliases.isEmpty() ? record : RecordCopies.withIds(record, id -> aliases.getOrDefault(id, id));
    }

    private static List<StoredRecord> remapped(List<StoredRecord> records, Map<UUID, UUID> aliases) {
        if (aliases.isEmpty()) {
            return records;
        }
        return records.stream().map(r -> RecordCopies.withIds(r, id -> aliases.getOrDefault(id, id))).toList();
    }

    /** Ours, with their name and aliases added as aliases (what tells the two apart next time). */
    private static Person withNames(Person ours, Person theirs) {
        Set<String> aliases = new LinkedHashSet<>(ours.aliases());
        if (!theirs.fullName().equalsIgnoreCase(ours.fullName())) {
            aliases.add(theirs.fullName());
        }
        aliases.addAll(theirs.aliases());
        aliases.remove(ours.fullName());
        return new Person(ours.id(), ours.honorific(), ours.givenName(), ours.familyName(), ours.countryCode(),
                ours.notes(), List.copyOf(aliases), ours.roles(), ours.info());
    }
}
