package org.briefingdesk.ui.common;

import java.util.AbstractList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableListBase;

/**
 * A long list as a table or list view sees it: all of its items by count, but only the windows on screen (and a
 * few seen lately) held in memory. An item not read yet is the placeholder while its window loads; when it
 * arrives the items replace the placeholders and the view redraws them. A section's rows and a search's hits
 * both page this way.
 *
 * @param <T> the items
 * @param <K> what the items were read for (a sort order, a question): a window read for another is dropped
 */
public final class PagedList<T, K> extends ObservableListBase<T> {
    /** Items read at once: a screenful several times over. */
    public static final int WINDOW = 200;
    /** Windows kept: about 5,000 items, whatever the length of the list. */
    private static final int WINDOWS_KEPT = 25;

    /** Reads a window in the background and hands it back on the FX thread. */
    public interface Loader<T, K> {
        void load(K key, int offset, int limit, Consumer<List<T>> loaded);
    }

    private final Loader<T, K> loader;
    private final T placeholder;
    private final Function<T, UUID> idOf;
    private int size;
    private K key;
    /** Counts resets: a window read for an earlier key or count is dropped. */
    private int generation;
    private final Map<Integer, List<T>> windows = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > WINDOWS_KEPT;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    /** True while get() asks for a window, so that a window read at once raises no change inside it. */
    private boolean inGet;
    /** True while the count is a lower bound: a full window at the end makes room for one more. */
    private boolean openEnded;

    /**
     * @param placeholder the item shown while its window loads
     * @param idOf        the record an item shows, for look-ups among the items held
     */
    public PagedList(Loader<T, K> loader, K key, T placeholder, Function<T, UUID> idOf) {
        this.loader = loader;
        this.key = key;
        this.placeholder = placeholder;
        this.idOf = idOf;
    }

    /** Starts over with a new count and key and the windows already read (the first, the selection's). */
    public void reset(int count, K newKey, Map<Integer, List<T>> read) {
        reset(count, newKey, read, false);
    }

    /**
     * The same, with a count that may be short of the items there are (counted up to a cap): when {@code openEnded},
     * a full window read at the end adds a placeholder after it, so the list goes on until a window comes back short.
     */
    public void reset(int count, K newKey, Map<Integer, List<T>> read, boolean openEnded) {
        this.openEnded = openEnded;
        int before = size;
        generation++;
        windows.clear();
        loading.clear();
        windows.putAll(read);
        size = count;
        key = newKey;
        beginChange();
        if (before > 0) {
            nextRemove(0, new Placeholders(before));
        }
        if (count > 0) {
            nextAdd(0, count);
        }
        endChange();
    }

    public K key() {
        return key;
    }

    /** The item shown while its window loads. */
    public T placeholder() {
        return placeholder;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int window = index / WINDOW;
        List<T> items = windows.get(window);
        if (items == null) {
            inGet = true;
            try {
                request(window);
            } finally {
                inGet = false;
            }
            items = windows.get(window); // read at once where the work runs on this thread (tests)
        }
        return items != null && index % WINDOW < items.size() ? items.get(index % WINDOW) : placeholder;
    }

    /** An item held now (in the loaded windows), for a look-up by id that must not read the file. */
    public Optional<T> findLoaded(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return windows.values().stream().flatMap(List::stream).filter(t -> id.equals(idOf.apply(t))).findFirst();
    }

    /** The index of a held item; -1 when it is not held. */
    public int indexOfLoaded(UUID id) {
        for (Map.Entry<Integer, List<T>> window : windows.entrySet()) {
            List<T> items = window.getValue();
            for (int i = 0; i < items.size(); i++) {
                if (id.equals(idOf.apply(items.get(i)))) {
                    return window.getKey() * WINDOW + i;
                }
            }
        }
        return -1;
    }

    /** How many items are held in memory now. */
    public int heldItems() {
        return windows.values().stream().mapToInt(List::size).sum();
    }

    /** The first window's items, or none yet. */
    public List<T> firstItems() {
        return windows.getOrDefault(0, List.of());
    }

    private void request(int window) {
        if (!loading.add(window)) {
            return;
        }
        int asked = generation;
        loader.load(key, window * WINDOW, WINDOW, items -> arrived(asked, window, items));
    }

    private void arrived(int asked, int window, List<T> items) {
        if (asked != generation) {
            return; // read for a key or a count that is gone
        }
        loading.remove(window);
        windows.put(window, items);
        int from = window * WINDOW;
        int to = Math.min(size, from + items.size());
        if (to > from && !inGet) {
            beginChange();
            nextReplace(from, to, new Placeholders(to - from));
            endChange();
        }
        if (openEnded && from + WINDOW >= size) {
            // The last window: a full one may have more after it, a short one is the end.
            openEnded = items.size() == WINDOW;
            resize(from + items.size() + (openEnded ? 1 : 0));
        }
    }

    private void resize(int count) {
        int before = size;
        if (count == before) {
            return;
        }
        size = count;
        beginChange();
        if (count > before) {
            nextAdd(before, count);
        } else {
            nextRemove(count, new Placeholders(before - count));
        }
        endChange();
    }

    /** As many placeholders as items were replaced, without a list of them. */
    private final class Placeholders extends AbstractList<T> {
        private final int count;

        Placeholders(int count) {
            this.count = count;
        }

        @Override
        public T get(int index) {
            return placeholder;
        }

        @Override
        public int size() {
            return count;
        }
    }
}
