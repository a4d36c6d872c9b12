package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.common.CzechText;
import org.briefingdesk.ui.common.PagedList;
import org.briefingdesk.ui.records.RecordRow;
import org.junit.jupiter.api.Test;

/**
 * The window over a file of 12,000 statements and 3,000 people, in a JVM with a 256 MB heap (its own surefire
 * execution, see app/pom.xml): every section opens, the statements table scrolls to its end and sorts by a
 * click on a heading, and it holds only the windows of rows it read lately, never the whole table.
 */
class SmallHeapWindowTest extends WindowFixture {
    private static final int STATEMENTS = 12_000;
    private static final long HEAP_LIMIT = 300L * 1024 * 1024;

    @Override
    void fill(RecordStore opened) {
        new SampleDataLoader().load(opened);
        List<StoredRecord> records = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Person person = TypicalRecords.person("Osoba", String.format("Příjmení %04d", i));
            people.add(person);
            records.add(person);
        }
        for (int i = 0; i < STATEMENTS; i++) {
            records.add(TypicalRecords.statement(people.get(i % people.size()).id(), SampleIds.SUMMIT,
                    "Výrok číslo " + i + " o ochraně hranic a o návratech"));
        }
        opened.batches().write(records, BatchWriter.AuditMode.STAMP);
    }

    @Test
    void everySectionOfALargeFileOpensScrollsAndSortsUnderA256MbHeap() {
        assumeTrue(Runtime.getRuntime().maxMemory() <= HEAP_LIMIT, "runs in the small-heap execution");
        for (Section section : Section.values()) {
            window.pressShortcut(section);
            waitUntil(() -> window.showsPage(section));
            if (section.kind().isPresent()) {
                window.waitForRows(section);
            }
        }
        window.pressShortcut(Section.STATEMENTS);
        TableView<RecordRow> table = window.table(Section.STATEMENTS);
        int count = onFx(() -> table.getItems().size());
        assertTrue(count > STATEMENTS, "counted from the file: " + count);
        onFx(() -> {
            table.scrollTo(count - 1);
            return null;
        });
        waitUntil(() -> onFx(() -> table.getItems().get(count - 1).id() != null));

        TableColumn<RecordRow, ?> text = onFx(() -> table.getColumns().get(3));
        UUID firstBefore = onFx(() -> table.getItems().get(0).id());
        onFx(() -> table.getSortOrder().setAll(List.of(text)));
        waitUntil(() -> onFx(() -> table.getItems().get(0).id() != null
                && !table.getItems().get(0).id().equals(firstBefore)));
        List<String> texts = onFx(() -> table.getItems().subList(0, 100).stream().map(r -> r.cell(3).text()).toList());
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(CzechText.collation());
        assertEquals(sorted, texts, "sorted by the text, in the file");
        assertEquals(count, (int) onFx(() -> table.getItems().size()));

        PagedList<?, ?> rows = (PagedList<?, ?>) onFx(table::getItems);
        assertNotNull(rows);
        assertTrue(onFx(rows::heldItems) <= 25 * 200, "held rows: " + onFx(rows::heldItems));
    }
}
