package org.briefingdesk.logic.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/** Writes a bundle: {@code bundle.json} streamed record by record (its SHA-256 taken on the way), then the manifest. */
public final class BundleWriter {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int BUFFER = 1 << 16;

    /** The records of one kind, in the order they are written (canonical: by id). */
    @FunctionalInterface
    public interface Records {
        Iterable<? extends StoredRecord> of(RecordKind kind);
    }

    private BundleWriter() {
    }

    /**
     * @param total   how many records there are (for progress), or 0
     * @param omitted how many records the selection left out as too sensitive (said in the manifest)
     */
    public static Manifest write(OutputStream out, Records records, long total, long omitted, String applicationVersion,
                                 Instant now, ExchangeMonitor monitor) throws IOException {
        MessageDigest sha = sha256();
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        // Deflate's fastest level: on a bundle's JSON half the time of the default for a fifth more bytes; the ZIP
        // writes to its file in blocks rather than in deflate's small pieces.
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, BUFFER));
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(entry(BundleFormat.RECORDS_ENTRY));
        long done = 0;
        // The records are read on this thread, their JSON made on a second, its checksum and compression on a third.
        BackgroundOutputStream compressing = new BackgroundOutputStream(new DigestOutputStream(unclosable(zip), sha),
                "bundle-compression");
        JsonGenerator generator = JSON.createGenerator(compressing, JsonEncoding.UTF8);
        generator.setPrettyPrinter(new BundleLayout());
        BackgroundJsonWriter json = new BackgroundJsonWriter(generator, "bundle-json");
        try {
            json.write(g -> {
                g.writeStartObject();
                g.writeStringField("format", BundleFormat.FORMAT);
                g.writeNumberField("formatVersion", BundleFormat.VERSION);
            });
            for (RecordKind kind : BundleFormat.ORDER) {
                json.write(g -> g.writeArrayFieldStart(BundleFormat.arrayName(kind)));
                long count = 0;
                for (StoredRecord record : records.of(kind)) {
                    json.write(g -> RecordJson.write(g, record, true));
                    count++;
                    if (++done % 1_000 == 0) {
                        monitor.checkCancelled();
                        monitor.progress(done, total);
                    }
                }
                json.write(JsonGenerator::writeEndArray);
                counts.put(kind, count);
            }
            json.write(JsonGenerator::writeEndObject);
            json.finish();
        } finally {
            json.abandon();
            compressing.abandon();
        }
        zip.closeEntry();
        Manifest manifest = new Manifest(BundleFormat.VERSION, applicationVersion, now, counts, omitted,
                HexFormat.of().formatHex(sha.digest()));
        zip.putNextEntry(entry(BundleFormat.MANIFEST_ENTRY));
        try (JsonGenerator g = JSON.createGenerator(unclosable(zip), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            manifest.write(g);
        }
        zip.closeEntry();
        zip.finish();
        zip.flush();
        monitor.progress(done, total);
        return manifest;
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // the same records make the same file
        return entry;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The generator closes what it writes to; the ZIP must stay open for the next entry. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
