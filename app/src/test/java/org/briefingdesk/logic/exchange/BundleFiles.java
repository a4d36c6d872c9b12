package org.briefingdesk.logic.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.briefingdesk.logic.store.RecordStore;

/** Bundles for tests: exported from a real store, read back, or written by hand to be broken on purpose. */
public final class BundleFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BundleFiles() {
    }

    /** Exports everything of the store into {@code file}. */
    public static Manifest export(RecordStore store, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            return new BundleExport(store).write(ExportScope.everything(), out, "test", Instant.EPOCH,
                    ExchangeMonitor.NONE);
        }
    }

    /** The bytes of one entry of a ZIP. */
    public static byte[] entry(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name + " in " + zip);
    }

    public static String recordsJson(Path bundle) throws IOException {
        return new String(entry(bundle, BundleFormat.RECORDS_ENTRY), StandardCharsets.UTF_8);
    }

    /**
     * Writes a bundle holding these bytes as bundle.json and a manifest with their true checksum, changed by
     * {@code manifest} (to break it on purpose); {@code extra} entries are added as they are.
     */
    public static Path write(Path file, byte[] records, Consumer<ObjectNode> manifest, Map<String, byte[]> extra)
            throws Exception {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", BundleFormat.FORMAT);
        m.put("formatVersion", BundleFormat.VERSION);
        m.put("applicationVersion", "test");
        m.put("createdAt", Instant.EPOCH.toString());
        m.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(records)));
        manifest.accept(m);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(BundleFormat.RECORDS_ENTRY));
            zip.write(records);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(BundleFormat.MANIFEST_ENTRY));
            zip.write(JSON.writeValueAsBytes(m));
            zip.closeEntry();
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    public static Path write(Path file, String records) throws Exception {
        return write(file, records.getBytes(StandardCharsets.UTF_8), m -> { }, Map.of());
    }
}
