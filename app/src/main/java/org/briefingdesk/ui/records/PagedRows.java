package org.briefingdesk.ui.records;

import java.util.AbstractList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.briefingdesk.logic.store.RecordPages.Order;

/**
 * A section's rows as the table sees them: all of them by count, but only the windows on screen (and a few
 * seen lately) held in memory. A row not read yet is a blank placeholder while its window loads; when it
 * arrives the rows replace the placeholders and the table redraws them.
 */
public final class PagedRows extends ObservableListBase<RecordRow> {
    /** Rows read at once: a screenful several times over. */
    static final int WINDOW = 200;
    /** Windows kept: about 5,000 rows, whatever the size of the section. */
    private static final int WINDOWS_KEPT = 25;
    /** The row shown while its window loads. */
    public static final RecordRow PENDING = new RecordRow(null, null, List.of());

    /** Reads a window in the background and hands it back on the FX thread. */
    interface Loader {
        void load(Order order, int offset, int limit, Consumer<List<RecordRow>> loaded);
    }

    private final Loader loader;
    private int size;
    private Order order = Order.FIRST_COLUMN;
    /** Counts resets: a window read for an earlier order or count is dropped. */
    private int generation;
    private final Map<Integer, List<RecordRow>> windows = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<RecordRow>> eldest) {
            return size() > WINDOWS_KEPT;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    /** True while get() asks for a window, so that a window read at once raises no change inside it. */
    private boolean inGet;

    PagedRows(Loader loader) {
        this.loader = loader;
    }

    /** Starts over with a new count and order and the windows already read (the first, the selection's). */
    void reset(int count, Order newOrder, Map<Integer, List<RecordRow>> read) {
        int before = size;
        generation++;
        windows.clear();
        loading.clear();
        windows.putAll(read);
        size = count;
        order = newOrder;
        beginChange();
        if (before > 0) {
            nextRemove(0, new Placeholders(before));
        }
        if (count > 0) {
            nextAdd(0, count);
        }
        endChange();
    }

    Order order() {
        return order;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public RecordRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int window = index / WINDOW;
        List<RecordRow> rows = windows.get(window);
        if (rows == null) {
            inGet = true;
            try {
                request(window);
            } finally {
                inGet = false;
            }
            rows = windows.get(window); // read at once where the work runs on this thread (tests)
        }
        return rows != null && index % WINDOW < rows.size() ? rows.get(index % WINDOW) : PENDING;
    }

    /** The rows held now (the loaded windows), for a look-up by id that must not read the file. */
    Optional<RecordRow> findLoaded(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return windows.values().stream().flatMap(List::stream).filter(r -> id.equals(r.id())).findFirst();
    }

    /** The index of a held row; -1 when it is not held. */
    int indexOfLoaded(UUID id) {
        for (Map.Entry<Integer, List<RecordRow>> window : windows.entrySet()) {
            List<RecordRow> rows = window.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (id.equals(rows.get(i).id())) {
                    return window.getKey() * WINDOW + i;
                }
            }
        }
        return -1;
    }

    /** How many rows are held in memory now. */
    public int heldRows() {
        return windows.values().stream().mapToInt(List::size).sum();
    }

    /** The first window's rows, or none yet. */
    List<RecordRow> firstRows() {
        return windows.getOrDefault(0, List.of());
    }

    private void request(int window) {
        if (!loading.add(window)) {
            return;
        }
        int asked = generation;
        loader.load(order, window * WINDOW, WINDOW, rows -> arrived(asked, window, rows));
    }

    private void arrived(int asked, int window, List<RecordRow> rows) {
        if (asked != generation) {
            return; // read for an order or a count that is gone
        }
        loading.remove(window);
        windows.put(window, rows);
        int from = window * WINDOW;
        int to = Math.min(size, from + rows.size());
        if (to > from && !inGet) {
            beginChange();
            nextReplace(from, to, new Placeholders(to - from));
            endChange();
        }
    }

    /** As many placeholders as rows were replaced, without a list of them. */
    private static final class Placeholders extends AbstractList<RecordRow> {
        private final int size;

        Placeholders(int size) {
            this.size = size;
        }

        @Override
        public RecordRow get(int index) {
            return PENDING;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
