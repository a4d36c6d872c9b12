package org.briefingdesk.logic.exchange;

import java.util.List;
import org.briefingdesk.model.RecordKind;

/**
 * The layout of a bundle ({@code .bdesk}): a ZIP holding {@code bundle.json} (every record, losslessly, in
 * canonical order and formatting) and {@code manifest.json} (format and application version, counts per kind, the
 * SHA-256 of {@code bundle.json}). The JSON Schema of {@code bundle.json} is {@code docs/bundle.schema.json}.
 */
public final class BundleFormat {
    public static final String FORMAT = "briefing-desk-bundle";
    /** The version this build writes and the newest it reads. */
    public static final int VERSION = 1;
    public static final String EXTENSION = "bdesk";
    public static final String RECORDS_ENTRY = "bundle.json";
    public static final String MANIFEST_ENTRY = "manifest.json";
    /** The schema on the class path (copied from docs/ by the build). */
    static final String SCHEMA_RESOURCE = "/org/briefingdesk/exchange/bundle.schema.json";
    /**
     * The kinds in the order the bundle lists them: what a record refers to comes before it (a statement's speaker
     * before the statement), so that a reader can check references as it goes.
     */
    public static final List<RecordKind> ORDER = List.of(RecordKind.TOPIC, RecordKind.ORGANISATION,
            RecordKind.PERSON, RecordKind.EVENT, RecordKind.REPORT, RecordKind.STATEMENT, RecordKind.COMMITMENT);

    private BundleFormat() {
    }

    /** The name of a kind's array in bundle.json and its key in the manifest's counts. */
    public static String arrayName(RecordKind kind) {
        return kind.plural();
    }

    /** The kind whose array has this name, or null. */
    static RecordKind kindOfArray(String name) {
        for (RecordKind kind : ORDER) {
            if (arrayName(kind).equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
