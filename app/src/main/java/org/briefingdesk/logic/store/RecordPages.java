package org.briefingdesk.logic.store;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.RecordKind;

/**
 * A section's records read a window at a time, in the order of one of its table's columns, so that a table
 * of a million rows holds only what is on screen. Columns are numbered as the section's table shows them;
 * text sorts by Czech collation, dates as dates, kinds by their names in the user's language, and empty cells
 * after the others (before them when descending). Reads the database: call off the FX thread.
 */
public interface RecordPages {
    /** How many records of this kind there are. */
    int count(RecordKind kind);

    /** At most {@code limit} rows from {@code offset} in that order; each row's values as the columns show them. */
    List<Row> page(RecordKind kind, Order order, int offset, int limit, Localization l10n);

    /** How many rows come before the record with this id in that order; -1 when there is no such record. */
    int position(RecordKind kind, Order order, UUID id, Localization l10n);

    /** The column to sort by and its direction. */
    record Order(int column, boolean descending) {
        public static final Order FIRST_COLUMN = new Order(0, false);
    }

    /**
     * One record's values, one per column: text as shown (a long text already cut to its start), a
     * {@link java.time.LocalDate} for a date column, the enum constant's name for a kind or status column.
     */
    record Row(UUID id, List<Object> values) {
        public Object value(int column) {
            return column < values.size() ? values.get(column) : null;
        }
    }
}
