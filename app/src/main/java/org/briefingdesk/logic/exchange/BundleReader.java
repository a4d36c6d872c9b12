package org.briefingdesk.logic.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SpecificationVersion;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * Reads a bundle safely and hands its records, each checked against the bundle schema (on a second thread while the
 * parser goes on), to a sink in the bundle's order. Refuses, naming the file and what is wrong: something that is
 * not a bundle, entries whose paths leave the bundle's folder, more than 50 times the file's size or 1 GB unpacked, a
 * newer format version, JSON that does not parse (with line and column), a record the schema refuses or with a date
 * that does not exist (with its line and id), an id used twice, and a {@code bundle.json} whose SHA-256 is not the
 * manifest's. Nothing is kept of a refused file: the caller writes nothing before {@link #read} returns.
 */
public final class BundleReader {
    /** The most a bundle may unpack to, whatever its size. */
    static final long MAX_UNPACKED = 1L << 30;
    /** The most a bundle may unpack to per byte of its file. */
    static final long MAX_RATIO = 50;
    private static final long MAX_MANIFEST = 1L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA_ID = "https://briefing-desk.invalid/schema/bundle.schema.json";
    private static final JsonSchemas SCHEMAS = new JsonSchemas(SpecificationVersion.DRAFT_2020_12,
            "https://briefing-desk.invalid/schema/", "org/briefingdesk/exchange/");

    /** Receives the records in the bundle's order: every record of a kind before the first of the next. */
    @FunctionalInterface
    public interface RecordSink {
        void accept(StoredRecord record);

        /** Every record of this kind has been handed over. */
        default void kindDone(RecordKind kind) {
        }
    }

    private final Path file;
    private final String name;
    private final Map<RecordKind, Schema> schemas = new EnumMap<>(RecordKind.class);

    private BundleReader(Path file) {
        this.file = file;
        this.name = String.valueOf(file.getFileName());
        for (RecordKind kind : BundleFormat.ORDER) {
            schemas.put(kind, SCHEMAS.schema(SCHEMA_ID + "#/$defs/" + kind.name().toLowerCase(Locale.ROOT)));
        }
    }

    /** Reads the whole bundle into the sink; returns its manifest once its checksum is confirmed. */
    public static Manifest read(Path file, RecordSink sink, ExchangeMonitor monitor) {
        return new BundleReader(file).read(sink, monitor);
    }

    /** The manifest alone (counts for a preview's progress), after the same checks of the ZIP's entries. */
    public static Manifest manifest(Path file) {
        BundleReader reader = new BundleReader(file);
        try (ZipFile zip = reader.open()) {
            return reader.manifest(zip);
        } catch (IOException e) {
            throw new ExchangeException(e, "exchange.error.unreadable", reader.name, e.getMessage());
        }
    }

    private Manifest read(RecordSink sink, ExchangeMonitor monitor) {
        try (ZipFile zip = open()) {
            Manifest manifest = manifest(zip);
            ZipEntry records = zip.getEntry(BundleFormat.RECORDS_ENTRY);
            MessageDigest sha = BundleWriter.sha256();
            try (InputStream in = new DigestInputStream(limited(zip.getInputStream(records), budget()), sha)) {
                parse(in, sink, manifest.total(), monitor);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(manifest.sha256())) {
                throw new ExchangeException("exchange.error.checksum", name);
            }
            return manifest;
        } catch (IOException e) {
            throw new ExchangeException(e, "exchange.error.unreadable", name, e.getMessage());
        }
    }

    private ZipFile open() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ExchangeException("exchange.error.missing", file);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ExchangeException(e, "exchange.error.notBundle", name);
        }
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            String entry = entries.nextElement().getName();
            if (!safe(entry)) {
                zip.close();
                throw new ExchangeException("exchange.error.unsafePath", name, entry);
            }
        }
        if (zip.getEntry(BundleFormat.RECORDS_ENTRY) == null || zip.getEntry(BundleFormat.MANIFEST_ENTRY) == null) {
            zip.close();
            throw new ExchangeException("exchange.error.notBundle", name);
        }
        return zip;
    }

    /** A name that stays inside the bundle's folder: relative, no "..", no drive or backslash tricks. */
    static boolean safe(String entry) {
        if (entry.isEmpty() || entry.startsWith("/") || entry.contains("\\") || entry.contains(":")
                || entry.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : entry.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private long budget() throws IOException {
        return Math.min(MAX_UNPACKED, Math.max(1, Files.size(file)) * MAX_RATIO);
    }

    private Manifest manifest(ZipFile zip) throws IOException {
        JsonNode node;
        try (InputStream in = limited(zip.getInputStream(zip.getEntry(BundleFormat.MANIFEST_ENTRY)),
                Math.min(budget(), MAX_MANIFEST))) {
            node = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw jsonError(BundleFormat.MANIFEST_ENTRY, e);
        }
        if (node == null || !node.isObject() || !BundleFormat.FORMAT.equals(node.path("format").asText())) {
            throw new ExchangeException("exchange.error.notBundle", name);
        }
        Manifest manifest = Manifest.read(node);
        if (manifest.formatVersion() > BundleFormat.VERSION) {
            throw new ExchangeException("exchange.error.newer", name, manifest.formatVersion(), BundleFormat.VERSION);
        }
        if (manifest.formatVersion() < 1 || !manifest.sha256().matches("[0-9a-fA-F]{64}")) {
            throw new ExchangeException("exchange.error.manifest", name);
        }
        return manifest;
    }

    private void parse(InputStream in, RecordSink sink, long total, ExchangeMonitor monitor) throws IOException {
        ObjectNode envelope = JSON.createObjectNode();
        int nextKind = 0;
        try (JsonParser p = JSON.getFactory().createParser(in); Checks checks = new Checks(sink, total, monitor)) {
            try {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new ExchangeException("exchange.error.notBundle", name);
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    RecordKind kind = BundleFormat.kindOfArray(field);
                    p.nextToken();
                    if (kind == null) {
                        envelope.set(field, p.readValueAsTree());
                        continue;
                    }
                    int position = BundleFormat.ORDER.indexOf(kind);
                    if (position < nextKind || p.currentToken() != JsonToken.START_ARRAY) {
                        throw new ExchangeException("exchange.error.order", name, field);
                    }
                    nextKind = position + 1;
                    envelope.set(field, JSON.createArrayNode());
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        long line = p.currentLocation().getLineNr();
                        JsonNode node = p.readValueAsTree();
                        checks.add(new Read(kind, node, field, ++index, line));
                    }
                    checks.kindDone(kind);
                }
                if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                    throw new ExchangeException("exchange.error.notBundle", name);
                }
            } catch (JsonProcessingException | ExchangeException e) {
                checks.deliverAll(); // what is wrong with a record before this place is said first
                throw e;
            }
        } catch (JsonProcessingException e) {
            throw jsonError(BundleFormat.RECORDS_ENTRY, e);
        }
        if (envelope.path("formatVersion").asInt(0) > BundleFormat.VERSION) {
            throw new ExchangeException("exchange.error.newer", name, envelope.path("formatVersion").asInt(),
                    BundleFormat.VERSION);
        }
        JsonSchemas.firstError(SCHEMAS.schema(SCHEMA_ID), envelope).ifPresent(error -> {
            throw new ExchangeException("exchange.error.envelope", name, error);
        });
    }

    /** A record as parsed, with where it stands in the file. */
    private record Read(RecordKind kind, JsonNode node, String section, int index, long line) {
    }

    /**
     * Checks records against the schema and reads them on a thread of their own, a batch at a time, while the
     * parser goes on; hands them to the sink in the file's order, so that the first thing wrong in the file is the
     * one said, as when each record was checked in turn.
     */
    private final class Checks implements AutoCloseable {
        private static final int BATCH = 256;
        private static final int AHEAD = 4;
        private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bundle-check");
            thread.setDaemon(true);
            return thread;
        });
        private final Deque<Future<List<StoredRecord>>> pending = new ArrayDeque<>();
        private final Set<UUID> ids = new HashSet<>();
        private final RecordSink sink;
        private final long total;
        private final ExchangeMonitor monitor;
        private List<Read> batch = new ArrayList<>(BATCH);
        private List<Long> lines = new ArrayList<>();
        private final Deque<List<Long>> pendingLines = new ArrayDeque<>();
        private long done;

        Checks(RecordSink sink, long total, ExchangeMonitor monitor) {
            this.sink = sink;
            this.total = total;
            this.monitor = monitor;
        }

        void add(Read read) {
            batch.add(read);
            lines.add(read.line());
            if (batch.size() == BATCH) {
                submit();
            }
            while (!pending.isEmpty() && (pending.size() > AHEAD || pending.peekFirst().isDone())) {
                deliverFirst();
            }
        }

        void kindDone(RecordKind kind) {
            deliverAll();
            sink.kindDone(kind);
        }

        void deliverAll() {
            submit();
            while (!pending.isEmpty()) {
                deliverFirst();
            }
        }

        private void submit() {
            if (batch.isEmpty()) {
                return;
            }
            List<Read> reads = batch;
            pending.addLast(checker.submit(() -> reads.stream().map(r -> record(r.kind(), r.node(), r.section(),
                    r.index(), r.line())).toList()));
            pendingLines.addLast(lines);
            batch = new ArrayList<>(BATCH);
            lines = new ArrayList<>();
        }

        private void deliverFirst() {
            List<StoredRecord> records = result(pending.removeFirst());
            List<Long> at = pendingLines.removeFirst();
            for (int i = 0; i < records.size(); i++) {
                StoredRecord record = records.get(i);
                if (!ids.add(record.id())) {
                    throw new ExchangeException("exchange.error.duplicateId", name, record.id(), at.get(i));
                }
                sink.accept(record);
                if (++done % 1_000 == 0) {
                    monitor.checkCancelled();
                    monitor.progress(done, total);
                }
            }
        }

        private List<StoredRecord> result(Future<List<StoredRecord>> future) {
            try {
                return future.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExchangeMonitor.Cancelled();
            }
        }

        @Override
        public void close() {
            checker.shutdownNow();
        }
    }

    private StoredRecord record(RecordKind kind, JsonNode node, String section, int index, long line) {
        String id = node.path("id").asText("?");
        JsonSchemas.firstError(schemas.get(kind), node).ifPresent(error -> {
            throw new ExchangeException("exchange.error.schema", name, line, section, index, id, error);
        });
        try {
            return RecordJson.read(kind, node);
        } catch (RecordJson.BadValue e) {
            throw new ExchangeException("exchange.error.value", name, line, section, index, id, e.field(), e.value());
        }
    }

    private ExchangeException jsonError(String entry, JsonProcessingException e) {
        var where = e.getLocation();
        return new ExchangeException(e, "exchange.error.json", name, entry, where == null ? 0 : where.getLineNr(),
                where == null ? 0 : where.getColumnNr(), e.getOriginalMessage());
    }

    /** Stops reading past {@code limit} bytes unpacked: a compression bomb is refused before it fills the disk. */
    private InputStream limited(InputStream in, long limit) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                count(Math.max(0, n));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > limit) {
                    throw new ExchangeException("exchange.error.tooLarge", name, MAX_RATIO, MAX_UNPACKED >> 30);
                }
            }
        };
    }
}
