package org.briefingdesk.logic.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.briefingdesk.logic.records.DuplicateFinder;
import org.briefingdesk.logic.records.RecordCopies;
import org.briefingdesk.logic.records.RecordDiff;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.Repository;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * Plans a merge as the records of a file stream in, kind by kind in {@link BundleFormat#ORDER}: each record is
 * compared with the record here with its id, classified by the version both sides last exchanged (the common
 * ancestor the exchange memory keeps), or, when there is none, matched by the duplicate guard. Every reference must
 * name a record of the file or of this database; a dangling one is refused, naming the record and the field.
 * The records here are read a page at a time in id order beside the file's (a bundle holds each kind by id), so
 * that memory holds a page of them rather than a kind; a record that comes out of that order is looked up alone.
 * The duplicate guard's keys of a kind are made only once a record of the file is not here. Of the file, only what
 * will be written or decided is kept: the records to write as deflated JSON ({@link SpooledRecords}), the
 * conflicts and duplicates the user decides on as records.
 */
public final class MergePlanner implements BundleReader.RecordSink {
    private final RecordStore store;
    private final String source;
    private final Map<UUID, UUID> aliases;
    private final Map<RecordKind, Set<UUID>> incomingIds = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Set<UUID>> localIds = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Map<MergeCategory, Long>> counts = new EnumMap<>(RecordKind.class);
    private final SpooledRecords incoming = new SpooledRecords();
    private final List<MergePlan.Conflict> conflicts = new ArrayList<>();
    private final List<MergePlan.Duplicate> duplicates = new ArrayList<>();
    private final Map<UUID, Instant> versions = new HashMap<>();
    private final Set<RecordKind> done = EnumSet.noneOf(RecordKind.class);
    /** The kind whose records come in now, and its records here read ahead of them, by id as text. */
    private RecordKind current;
    private final TreeMap<String, StoredRecord> window = new TreeMap<>();
    /** Where the next page of records here starts; null once the last page is read. */
    private String pageAfter;
    private boolean pagesLeft;
    /** The file's last id of this kind: the window holds nothing before it. */
    private String passed;
    /** The duplicate guard's keys of this kind's records here, once a record of the file is not here. */
    private Map<String, List<StoredRecord>> duplicateKeys;
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
        StoredRecord ours = here(theirs.id());
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
        done.add(kind);
        window.clear();
        duplicateKeys = null;
    }

    /** The plan, once the whole file has been read. */
    public MergePlan plan() {
        for (RecordKind kind : BundleFormat.ORDER) {
            counts.computeIfAbsent(kind, k -> new EnumMap<>(MergeCategory.class));
        }
        return new MergePlan(source, counts, incoming, conflicts, duplicates, versions);
    }

    private void begin(RecordKind kind) {
        if (current != null && !done.contains(current)) {
            kindDone(current);
        }
        current = kind;
        incomingIds.computeIfAbsent(kind, k -> new HashSet<>());
        counts.computeIfAbsent(kind, k -> new EnumMap<>(MergeCategory.class));
        window.clear();
        pageAfter = null;
        pagesLeft = true;
        passed = null;
        duplicateKeys = null;
    }

    /**
     * The record here with this id, if any. The file's records in id order meet the records here read ahead page
     * by page, each page's records dropped once the file has passed them; one out of that order is looked up alone.
     */
    private StoredRecord here(UUID id) {
        String key = id.toString();
        if (passed != null && key.compareTo(passed) <= 0) {
            return store.repository(current).findById(id).map(StoredRecord.class::cast).orElse(null);
        }
        // Stored ids sort no later than their text as written here, so every record up to the key is read once
        // the pages have reached it.
        while (pagesLeft && (pageAfter == null || pageAfter.compareTo(key) < 0)) {
            Repository.Page<? extends StoredRecord> page = store.repository(current).page(pageAfter, Repository.PAGE);
            page.records().forEach(r -> window.put(r.id().toString(), r));
            pageAfter = page.next();
            pagesLeft = pageAfter != null;
        }
        StoredRecord ours = window.remove(key);
        window.headMap(key).clear();
        passed = key;
        return ours;
    }

    private List<StoredRecord> candidates(StoredRecord theirs) {
        Set<String> keys = DuplicateFinder.keys(theirs);
        if (keys.isEmpty()) {
            return List.of();
        }
        if (duplicateKeys == null) {
            duplicateKeys = new HashMap<>();
            for (StoredRecord record : store.repository(current).inIdOrder()) {
                for (String key : DuplicateFinder.keys(record)) {
                    duplicateKeys.computeIfAbsent(key, k -> new ArrayList<>(1)).add(record);
                }
            }
        }
        List<StoredRecord> found = new ArrayList<>();
        for (String key : keys) {
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
                || localIds.computeIfAbsent(ref.kind(), this::idsHere).contains(ref.id());
        if (!known) {
            throw new ExchangeException("exchange.error.dangling", source, from.id(), ref.field(), ref.id());
        }
    }

    /** The ids of a kind here, read once a reference names one the file does not hold. */
    private Set<UUID> idsHere(RecordKind kind) {
        Set<UUID> ids = new HashSet<>();
        store.repository(kind).inIdOrder().forEach(r -> ids.add(r.id()));
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
