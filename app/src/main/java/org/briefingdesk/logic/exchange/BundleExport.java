package org.briefingdesk.logic.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.records.IncomingLink;
import org.briefingdesk.logic.records.IncomingLinks;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.search.SearchQueryParser;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.SearchIndex;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * Writes the records an {@link ExportScope} chooses as a bundle, in canonical order (kinds in
 * {@link BundleFormat#ORDER}, records by id), and remembers the versions it sent for the next merge, all in one
 * transaction. An export of everything reads a page of records at a time, so that memory holds a page rather than
 * the whole base.
 */
public final class BundleExport {

    private final RecordStore store;

    public BundleExport(RecordStore store) {
        this.store = store;
    }

    public Manifest write(ExportScope scope, OutputStream out, String applicationVersion, Instant now,
                          ExchangeMonitor monitor) throws IOException {
        try {
            // One transaction: the bundle is one moment's records, and the versions remembered are the ones sent.
            return store.inTransaction(() -> {
                try {
                    return writeNow(scope, out, applicationVersion, now, monitor);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Manifest writeNow(ExportScope scope, OutputStream out, String applicationVersion, Instant now,
                              ExchangeMonitor monitor) throws IOException {
        Selection selection = scope.isWhole() && scope.kinds().isEmpty() ? new Whole(scope) : chosen(scope);
        long total = selection.total();
        Manifest manifest = BundleWriter.write(out, selection::of, total, 0, applicationVersion, now, monitor);
        long omitted = selection.omitted();
        if (!store.readOnly()) {
            if (selection instanceof Whole && omitted == 0) {
                store.exchangeMemory().rememberAllStoredVersions();
            } else {
                store.exchangeMemory().rememberStoredVersions(selection.written());
            }
        }
        return new Manifest(manifest.formatVersion(), manifest.applicationVersion(), manifest.createdAt(),
                manifest.counts(), omitted, manifest.sha256());
    }

    /** The chosen records of each kind, asked for in bundle order. */
    private interface Selection {
        Iterable<? extends StoredRecord> of(RecordKind kind);

        long total();

        long omitted();

        Set<UUID> written();
    }

    /**
     * Every record but those above the sensitivity and those referring to them. What a record refers to comes
     * earlier in the bundle's order, but for topic and event parents: those two small kinds are read whole and left
     * out until nothing changes; the others stream through a page at a time, each record decided as it comes (read
     * whole and sorted only where another tool stored an id in capitals, which sorts apart from its canonical text).
     */
    private final class Whole implements Selection {
        private final ExportScope scope;
        private final Set<UUID> excluded = new HashSet<>();
        private final Set<UUID> written = new HashSet<>();

        Whole(ExportScope scope) {
            this.scope = scope;
        }

        @Override
        public Iterable<? extends StoredRecord> of(RecordKind kind) {
            if (RecordReferences.SELF_REFERRING.contains(kind) || !store.repository(kind).storedIdsInCanonicalForm()) {
                return ofWholeKind(kind);
            }
            Iterable<? extends StoredRecord> all = store.repository(kind).inIdOrder();
            return () -> new Iterator<StoredRecord>() {
                private final Iterator<? extends StoredRecord> records = all.iterator();
                private StoredRecord next;

                @Override
                public boolean hasNext() {
                    while (next == null && records.hasNext()) {
                        StoredRecord record = records.next();
                        if (leftOut(record)) {
                            excluded.add(record.id());
                        } else {
                            written.add(record.id());
                            next = record;
                        }
                    }
                    return next != null;
                }

                @Override
                public StoredRecord next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    StoredRecord record = next;
                    next = null;
                    return record;
                }
            };
        }

        private List<StoredRecord> ofWholeKind(RecordKind kind) {
            List<StoredRecord> read = new ArrayList<>();
            store.repository(kind).inIdOrder().forEach(read::add);
            List<StoredRecord> all = byId(read);
            boolean changed = true;
            while (changed) {
                changed = false;
                for (StoredRecord record : all) {
                    if (!excluded.contains(record.id()) && leftOut(record)) {
                        excluded.add(record.id());
                        changed = true;
                    }
                }
            }
            List<StoredRecord> kept = all.stream().filter(r -> !excluded.contains(r.id())).toList();
            kept.forEach(r -> written.add(r.id()));
            return kept;
        }

        private boolean leftOut(StoredRecord record) {
            return !record.sensitivity().atMost(scope.maxSensitivity()) || refersTo(record, excluded);
        }

        @Override
        public long total() {
            return store.counts().values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public long omitted() {
            return excluded.size();
        }

        @Override
        public Set<UUID> written() {
            return written;
        }
    }

    /** A few records (a query, a record, dates, some kinds) and everything they refer to, read up front. */
    private Selection chosen(ExportScope scope) {
        Map<UUID, StoredRecord> records = new HashMap<>();
        Deque<UUID> queue = new ArrayDeque<>(seeds(scope));
        while (!queue.isEmpty()) {
            UUID id = queue.pop();
            if (records.containsKey(id)) {
                continue;
            }
            store.findRecord(id).ifPresent(record -> {
                records.put(id, record);
                RecordReferences.of(record).forEach(r -> queue.push(r.id()));
            });
        }
        Set<UUID> excluded = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (StoredRecord record : records.values()) {
                if (!excluded.contains(record.id()) && (!record.sensitivity().atMost(scope.maxSensitivity())
                        || refersTo(record, excluded))) {
                    excluded.add(record.id());
                    changed = true;
                }
            }
        }
        Map<RecordKind, List<StoredRecord>> byKind = new EnumMap<>(RecordKind.class);
        byId(records.values().stream().filter(r -> !excluded.contains(r.id())).toList())
                .forEach(r -> byKind.computeIfAbsent(r.recordKind(), k -> new ArrayList<>()).add(r));
        Set<UUID> written = new HashSet<>(records.keySet());
        written.removeAll(excluded);
        return new Selection() {
            @Override
            public List<StoredRecord> of(RecordKind kind) {
                return byKind.getOrDefault(kind, List.of());
            }

            @Override
            public long total() {
                return written.size();
            }

            @Override
            public long omitted() {
                return excluded.size();
            }

            @Override
            public Set<UUID> written() {
                return written;
            }
        };
    }

    /** Records in canonical order: by id as written, each id turned into text once rather than at each comparison. */
    private static List<StoredRecord> byId(Collection<? extends StoredRecord> records) {
        List<Map.Entry<String, StoredRecord>> keyed = new ArrayList<>(records.size());
        for (StoredRecord record : records) {
            keyed.add(Map.entry(record.id().toString(), record));
        }
        keyed.sort(Map.Entry.comparingByKey());
        List<StoredRecord> sorted = new ArrayList<>(keyed.size());
        keyed.forEach(e -> sorted.add(e.getValue()));
        return sorted;
    }

    /** True when the record refers to one left out (nothing to look at while nothing is). */
    private static boolean refersTo(StoredRecord record, Set<UUID> excluded) {
        return !excluded.isEmpty() && RecordReferences.of(record).stream().anyMatch(r -> excluded.contains(r.id()));
    }

    /** The records the scope names itself, before what they refer to is added. */
    private Set<UUID> seeds(ExportScope scope) {
        Set<UUID> seeds = new LinkedHashSet<>();
        if (scope.recordId() != null) {
            store.findRecord(scope.recordId()).ifPresent(record -> {
                seeds.add(record.id());
                for (IncomingLink link : IncomingLinks.to(record.id(), store)) {
                    seeds.add(link.from().id());
                }
            });
            return seeds;
        }
        if (scope.query() != null || scope.from() != null || scope.to() != null) {
            StringBuilder input = new StringBuilder(scope.query() == null ? "" : scope.query());
            if (scope.from() != null) {
                input.append(" od:").append(scope.from());
            }
            if (scope.to() != null) {
                input.append(" do:").append(scope.to());
            }
            SearchQuery query = SearchQueryParser.parse(input.toString());
            if (!query.isEmpty()) {
                for (SearchIndex.Match match : store.search().search(query, Integer.MAX_VALUE)) {
                    if (scope.includes(match.kind())) {
                        seeds.add(match.id());
                    }
                }
            }
            return seeds;
        }
        for (RecordKind kind : BundleFormat.ORDER) {
            if (scope.includes(kind)) {
                store.repository(kind).findAll().forEach(r -> seeds.add(r.id()));
            }
        }
        return seeds;
    }
}
