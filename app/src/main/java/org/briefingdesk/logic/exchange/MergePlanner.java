package org.briefingdesk.logic.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.records.DuplicateFinder;
import org.briefingdesk.logic.records.RecordCopies;
import org.briefingdesk.logic.records.RecordDiff;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * Plans a merge as the records of a file stream in, kind by kind in {@link BundleFormat#ORDER}: each record is
 * compared with the record here with its id, classified by the version both sides last exchanged (the common
 * ancestor the exchange memory keeps), or, when there is none, matched by the duplicate guard. Every reference must
 * name a record of the file or of this database; a dangling one is refused, naming the record and the field.
 * Only one kind's records here are held at a time; of the file, only what will be written or decided.
 */
public final class MergePlanner implements BundleReader.RecordSink {
    private final RecordStore store;
    private final String source;
    private final Map<UUID, UUID> aliases;
    private final Map<RecordKind, Set<UUID>> incomingIds = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Set<UUID>> localIds = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Map<MergeCategory, Long>> counts = new EnumMap<>(RecordKind.class);
    private final List<StoredRecord> incoming = new ArrayList<>();
    private final List<MergePlan.Conflict> conflicts = new ArrayList<>();
    private final List<MergePlan.Duplicate> duplicates = new ArrayList<>();
    private final Map<UUID, Instant> versions = new HashMap<>();
    /** This kind's records here, while the file's records of the kind come in. */
    private RecordKind current;
    private Map<UUID, StoredRecord> local = Map.of();
    private Map<String, List<StoredRecord>> duplicateKeys = Map.of();
    /** Differing pairs of this kind, classified once the kind is complete (one look-up of their versions). */
    private final List<StoredRecord[]> differing = new ArrayList<>();
    /** References within the kind (topic and event parents), checked once the kind is complete. */
    private final List<Object[]> laterChecks = new ArrayList<>();

    /** @param source the file's name, for messages */
    public MergePlanner(RecordStore store, String source) {
        this.store = store;
        this.source = source;
        this.aliases = store.exchangeMemory().aliases();
    }

    @Override
    public void accept(StoredRecord read) {
        StoredRecord theirs = aliases.isEmpty() ? read : RecordCopies.withIds(read, id -> aliases.getOrDefault(id, id));
        RecordKind kind = theirs.recordKind();
        if (kind != current) {
            begin(kind);
        }
        incomingIds.get(kind).add(theirs.id());
        for (RecordReferences.Reference ref : RecordReferences.of(theirs)) {
            if (ref.kind() == kind) {
                laterChecks.add(new Object[] {theirs, ref});
            } else {
                check(theirs, ref);
            }
        }
        if (theirs.audit().updatedAt() != null) {
            versions.put(theirs.id(), theirs.audit().updatedAt());
        }
        StoredRecord ours = local.get(theirs.id());
        if (ours == null) {
            List<StoredRecord> candidates = candidates(theirs);
            if (candidates.isEmpty()) {
                count(kind, MergeCategory.NEW);
                incoming.add(theirs);
            } else {
                count(kind, MergeCategory.DUPLICATE);
                duplicates.add(new MergePlan.Duplicate(theirs, candidates));
            }
        } else if (sameContent(ours, theirs)) {
            count(kind, MergeCategory.SAME);
        } else {
            differing.add(new StoredRecord[] {ours, theirs});
        }
    }

    @Override
    public void kindDone(RecordKind kind) {
        if (kind != current) {
            begin(kind);
        }
        for (Object[] check : laterChecks) {
            check((StoredRecord) check[0], (RecordReferences.Reference) check[1]);
        }
        laterChecks.clear();
        List<UUID> ids = differing.stream().map(pair -> pair[0].id()).toList();
        Map<UUID, Instant> base = ids.isEmpty() ? Map.of() : store.exchangeMemory().versions(ids);
        for (StoredRecord[] pair : differing) {
            StoredRecord ours = pair[0];
            StoredRecord theirs = pair[1];
            Instant common = base.get(ours.id());
            if (common != null && common.equals(ours.audit().updatedAt())) {
                count(kind, MergeCategory.CHANGED_THERE);
                incoming.add(theirs);
            } else if (common != null && common.equals(theirs.audit().updatedAt())) {
                count(kind, MergeCategory.CHANGED_HERE);
            } else {
                count(kind, MergeCategory.CHANGED_BOTH);
                conflicts.add(new MergePlan.Conflict(ours, theirs, RecordDiff.changedFields(ours, theirs)));
            }
        }
        differing.clear();
        localIds.put(kind, new HashSet<>(local.keySet()));
        local = Map.of();
        duplicateKeys = Map.of();
    }

    /** The plan, once the whole file has been read. */
    public MergePlan plan() {
        for (RecordKind kind : BundleFormat.ORDER) {
            counts.computeIfAbsent(kind, k -> new EnumMap<>(MergeCategory.class));
        }
        return new MergePlan(source, counts, incoming, conflicts, duplicates, versions);
    }

    private void begin(RecordKind kind) {
        if (current != null && localIds.get(current) == null) {
            kindDone(current);
        }
        current = kind;
        incomingIds.computeIfAbsent(kind, k -> new HashSet<>());
        counts.computeIfAbsent(kind, k -> new EnumMap<>(MergeCategory.class));
        Map<UUID, StoredRecord> here = new HashMap<>();
        Map<String, List<StoredRecord>> keys = new HashMap<>();
        for (StoredRecord record : store.repository(kind).findAll()) {
            here.put(record.id(), record);
            for (String key : DuplicateFinder.keys(record)) {
                keys.computeIfAbsent(key, k -> new ArrayList<>(1)).add(record);
            }
        }
        local = here;
        duplicateKeys = keys;
    }

    private List<StoredRecord> candidates(StoredRecord theirs) {
        if (duplicateKeys.isEmpty()) {
            return List.of();
        }
        List<StoredRecord> found = new ArrayList<>();
        for (String key : DuplicateFinder.keys(theirs)) {
            for (StoredRecord candidate : duplicateKeys.getOrDefault(key, List.of())) {
                if (!found.contains(candidate) && !candidate.id().equals(theirs.id())) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    private void check(StoredRecord from, RecordReferences.Reference ref) {
        boolean known = incomingIds.getOrDefault(ref.kind(), Set.of()).contains(ref.id())
                || (ref.kind() == current ? local.containsKey(ref.id())
                        : localIds.computeIfAbsent(ref.kind(), this::idsHere).contains(ref.id()));
        if (!known) {
            throw new ExchangeException("exchange.error.dangling", source, from.id(), ref.field(), ref.id());
        }
    }

    /** The ids of a kind the file has not reached (a participant list refers to an event the file does not hold). */
    private Set<UUID> idsHere(RecordKind kind) {
        Set<UUID> ids = new HashSet<>();
        store.repository(kind).findAll().forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** Equal but for who saved them last, and when. */
    private static boolean sameContent(StoredRecord ours, StoredRecord theirs) {
        return ours.equals(theirs) || Objects.equals(RecordCopies.withAudit(theirs, ours.audit()), ours);
    }

    private void count(RecordKind kind, MergeCategory category) {
        counts.get(kind).merge(category, 1L, Long::sum);
    }
}
