package org.briefingdesk.logic.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * Records kept compactly until they are written: as the bundle's JSON of each record (audit included), deflated in
 * blocks. A plan that adds a whole desk's records (137,321 at scale 1) would otherwise hold them all as objects from
 * the preview through the user's decisions to the last batch written (the import's heap in use after full
 * collections peaked at 168 MB with them, 116 MB with them deflated); iterating makes one block's records at a
 * time. Records are added, then {@link #finish finished}; after that the spool is read-only and may be iterated on
 * any thread, as often as needed.
 */
public final class SpooledRecords implements Iterable<StoredRecord> {
    /** Records per deflated block: what one step of an iteration holds as objects. */
    static final int BLOCK = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private final List<byte[]> blocks = new ArrayList<>();
    private int size;
    private ByteArrayOutputStream open;
    private Deflater deflater;
    private JsonGenerator generator;
    private int inOpen;
    private boolean finished;

    /** Keeps the record after those added before it. */
    public void add(StoredRecord record) {
        if (finished) {
            throw new IllegalStateException("the spool is finished");
        }
        try {
            if (generator == null) {
                open = new ByteArrayOutputStream();
                deflater = new Deflater(Deflater.BEST_SPEED);
                generator = FACTORY.createGenerator(new DeflaterOutputStream(open, deflater, 8_192));
            }
            generator.writeString(record.recordKind().name());
            RecordJson.write(generator, record, true);
            size++;
            if (++inOpen == BLOCK) {
                closeBlock();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No record is added after this; returns the spool. */
    public SpooledRecords finish() {
        if (!finished) {
            try {
                closeBlock();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            finished = true;
        }
        return this;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The deflated bytes kept, once finished. */
    long bytes() {
        return blocks.stream().mapToLong(b -> b.length).sum();
    }

    /** The records in the order they were added, made a block at a time. */
    @Override
    public Iterator<StoredRecord> iterator() {
        return stream().iterator();
    }

    /** The records in the order they were added; a stream's iterator holds one block's records at a time. */
    public Stream<StoredRecord> stream() {
        if (!finished) {
            throw new IllegalStateException("the spool is not finished");
        }
        return blocks.stream().flatMap(block -> records(block).stream());
    }

    private void closeBlock() throws IOException {
        if (generator == null) {
            return;
        }
        generator.close();
        deflater.end();
        blocks.add(open.toByteArray());
        generator = null;
        deflater = null;
        open = null;
        inOpen = 0;
    }

    private static List<StoredRecord> records(byte[] block) {
        List<StoredRecord> records = new ArrayList<>(BLOCK);
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(block));
             JsonParser parser = FACTORY.createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                RecordKind kind = RecordKind.valueOf(parser.getText());
                parser.nextToken();
                JsonNode node = JSON.readTree(parser);
                records.add(RecordJson.read(kind, node));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
