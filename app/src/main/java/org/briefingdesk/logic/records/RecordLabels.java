package org.briefingdesk.logic.records;

import java.util.Locale;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Text;
import org.briefingdesk.model.Topic;

/** The one-line name of a record, as lists, links and messages show it. */
public final class RecordLabels {
    private static final int SHORT_TEXT = 80;

    private RecordLabels() {
    }

    public static String label(StoredRecord record) {
        if (record instanceof Event e) {
            return e.title();
        } else if (record instanceof Person p) {
            return (p.honorific().isEmpty() ? "" : p.honorific() + " ") + p.fullName();
        } else if (record instanceof Organisation o) {
            return o.abbreviation().isEmpty() ? o.name() : o.name() + " (" + o.abbreviation() + ")";
        } else if (record instanceof Report r) {
            return r.title();
        } else if (record instanceof Statement s) {
            return shorten(s.text());
        } else if (record instanceof Commitment c) {
            return shorten(c.text());
        } else if (record instanceof Topic t) {
            return t.name();
        }
        throw new IllegalArgumentException("unknown record kind: " + record);
    }

    /**
     * The label in the user's language: a topic by its English name in English (when it has one), as the
     * topics table names it; every other record as {@link #label(StoredRecord)}.
     */
    public static String label(StoredRecord record, Locale locale) {
        if (record instanceof Topic t && "en".equals(locale.getLanguage()) && !t.nameEn().isEmpty()) {
            return t.nameEn();
        }
        return label(record);
    }

    /** The text cut at a word boundary to about 80 characters, with an ellipsis when cut. */
    public static String shorten(String text) {
        String oneLine = Text.oneLine(text);
        if (oneLine.length() <= SHORT_TEXT) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', SHORT_TEXT);
        return oneLine.substring(0, cut > SHORT_TEXT / 2 ? cut : SHORT_TEXT) + "…";
    }
}
