package org.briefingdesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.StoreOpener;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Real SQLite stores on temporary files for ViewModel tests, closed after each test. */
public abstract class StoreFixture {
    @TempDir
    protected Path folder;
    private final List<RecordStore> opened = new ArrayList<>();

    /** A new, empty store. */
    protected RecordStore newStore() {
        return newStore(TestStores.opener());
    }

    /** A new, empty store opened by this opener (a clock of its own). */
    protected RecordStore newStore(StoreOpener opener) {
        RecordStore store = opener.open(folder.resolve("store-" + opened.size() + ".db"), OpenMode.CREATE);
        opened.add(store);
        return store;
    }

    /** A new store with the sample press release loaded. */
    protected RecordStore sampleStore() {
        Path file = TestStores.copySample(folder.resolve("store-" + opened.size() + ".db"));
        RecordStore store = TestStores.opener().open(file, OpenMode.WRITE);
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(RecordStore::close);
    }
}
