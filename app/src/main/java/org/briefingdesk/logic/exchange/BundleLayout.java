package org.briefingdesk.logic.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * The bundle's stable formatting: compact JSON with each record on a line of its own and each array of records
 * opened on a line of its own, so that two bundles compare line by line and a failure names a line.
 */
final class BundleLayout extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    /** True inside one of the top-level arrays of records. */
    private static boolean inRecordArray(JsonGenerator g) {
        JsonStreamContext context = g.getOutputContext();
        return context.inArray() && context.getParent() != null && context.getParent().inObject()
                && context.getParent().getParent() != null && context.getParent().getParent().inRoot();
    }

    private static boolean atTopLevel(JsonGenerator g) {
        JsonStreamContext context = g.getOutputContext();
        return context.inObject() && context.getParent() != null && context.getParent().inRoot();
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (inRecordArray(g)) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(inRecordArray(g) ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        if (inRecordArray(g) && nrOfValues > 0) {
            g.writeRaw('\n');
        }
        g.writeRaw(']');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(atTopLevel(g) ? ",\n" : ",");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        g.writeRaw(atTopLevel(g) ? "}\n" : "}");
    }
}
