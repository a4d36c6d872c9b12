package org.briefingdesk.ui.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordPages;
import org.briefingdesk.logic.store.RecordPages.Order;
import org.briefingdesk.logic.store.RecordStore;

/**
 * Where a section's rows come from, a window at a time: the file itself where the store pages (a table of a
 * million statements holds only what is on screen), else the rows read whole and sorted here (the team
 * server's stores). Reads the database: call off the FX thread.
 */
interface RowSource {
    /** How many rows there are now; a source that reads whole reads here. */
    int count();

    List<RecordRow> page(Order order, int offset, int limit);

    /** How many rows come before this record in that order; -1 when it is not there. */
    int position(Order order, UUID id);

    /** The source for this store, chosen at its first read (in the background: nothing asks the store before). */
    static RowSource of(SectionTable table, RecordStore store, Localization l10n) {
        return new RowSource() {
            private RowSource chosen;

            private synchronized RowSource chosen() {
                if (chosen == null) {
                    chosen = store.pages().<RowSource>map(pages -> new Paged(table, pages, l10n))
                            .orElseGet(() -> new Whole(table, store, l10n));
                }
                return chosen;
            }

            @Override
            public int count() {
                return chosen().count();
            }

            @Override
            public List<RecordRow> page(Order order, int offset, int limit) {
                return chosen().page(order, offset, limit);
            }

            @Override
            public int position(Order order, UUID id) {
                return chosen().position(order, id);
            }
        };
    }

    /** Rows read from the file in the order asked for. */
    final class Paged implements RowSource {
        private final SectionTable table;
        private final RecordPages pages;
        private final Localization l10n;

        Paged(SectionTable table, RecordPages pages, Localization l10n) {
            this.table = table;
            this.pages = pages;
            this.l10n = l10n;
        }

        @Override
        public int count() {
            return pages.count(table.kind());
        }

        @Override
        public List<RecordRow> page(Order order, int offset, int limit) {
            return pages.page(table.kind(), order, offset, limit, l10n).stream()
                    .map(row -> table.row(row, l10n)).toList();
        }

        @Override
        public int position(Order order, UUID id) {
            return pages.position(table.kind(), order, id, l10n);
        }
    }

    /** Rows read whole on each count and sorted here by Czech collation. */
    final class Whole implements RowSource {
        private final SectionTable table;
        private final RecordStore store;
        private final Localization l10n;
        /** In the first column's order, as read. */
        private List<RecordRow> rows = List.of();
        private List<RecordRow> sorted = List.of();
        private Order sortedBy = Order.FIRST_COLUMN;

        Whole(SectionTable table, RecordStore store, Localization l10n) {
            this.table = table;
            this.store = store;
            this.l10n = l10n;
        }

        @Override
        public synchronized int count() {
            rows = table.rows(store, l10n);
            sorted = rows;
            sortedBy = Order.FIRST_COLUMN;
            return rows.size();
        }

        @Override
        public synchronized List<RecordRow> page(Order order, int offset, int limit) {
            List<RecordRow> sorted = sorted(order);
            int from = Math.min(offset, sorted.size());
            return List.copyOf(sorted.subList(from, Math.min(offset + limit, sorted.size())));
        }

        @Override
        public synchronized int position(Order order, UUID id) {
            List<RecordRow> sorted = sorted(order);
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).id().equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        private List<RecordRow> sorted(Order order) {
            if (!order.equals(sortedBy)) {
                Comparator<RecordRow> byColumn = Comparator.comparing(r -> r.cell(order.column()), Cell.comparator());
                List<RecordRow> copy = new ArrayList<>(rows); // a stable sort: ties keep the first column's order
                copy.sort(order.descending() ? byColumn.reversed() : byColumn);
                sorted = copy;
                sortedBy = order;
            }
            return sorted;
        }
    }
}
