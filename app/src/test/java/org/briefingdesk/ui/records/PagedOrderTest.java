package org.briefingdesk.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.RecordPages.Order;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.PagedList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The tables read from the file in exactly the order they had when they sorted their rows in memory: Czech
 * collation ("ch" after "h", "č" after "c", accents and case after the letters), dates as dates, empty cells
 * last, every column, both directions, in windows that fit together.
 */
@ResourceLock(Locks.FX_TOOLKIT)
class PagedOrderTest extends StoreFixture {
    private static final String LETTERS = "aábcčdďeéěfghchiíjklmnňoópqrřsštťuúůvwxyýzž"
            + " AÁBCČDĎEÉĚHCHIÍNŇOÓRŘSŠTŤUÚŮYÝZŽ-'";
    private final Localization czech = Localization.forLanguage("cs");
    private RecordStore store;

    @BeforeEach
    void tenThousandPeopleAndTenThousandCommitments() {
        store = newStore();
        Random random = new Random(17);
        List<StoredRecord> records = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            records.add(RecordBuilder.aPerson().with(Person::id, UUID.randomUUID())
                    .with(Person::givenName, word(random, 1 + random.nextInt(9)))
                    .with(Person::familyName, random.nextInt(50) == 0 ? "" : word(random, 2 + random.nextInt(10)))
                    .build());
            records.add(RecordBuilder.aCommitment().with(Commitment::id, UUID.randomUUID())
                    .with(Commitment::statementId, null)
                    .with(Commitment::text, random.nextInt(20) == 0 ? "Chorvatsko " + word(random, 30)
                            : word(random, 3 + random.nextInt(60)))
                    .with(Commitment::dueDate, random.nextInt(5) == 0 ? null
                            : LocalDate.of(2020 + random.nextInt(8), 1, 1)
                            .plusDays(random.nextInt(365)))
                    .build());
        }
        store.batches().write(records, BatchWriter.AuditMode.STAMP);
    }

    private static String word(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        String text = s.toString().strip();
        return text.isEmpty() ? "ch" : text;
    }

    /** One test: writing the 20,000 records is most of its time. */
    @Test
    void namesAndTextsSortAsInMemoryReadInWindowsThatFitTogether() {
        namesAndTextsSortAsInMemoryInBothDirections();
        windowsFitTogetherAndPositionsFindTheirRows();
    }

    private void namesAndTextsSortAsInMemoryInBothDirections() {
        for (RecordKind kind : List.of(RecordKind.PERSON, RecordKind.COMMITMENT)) {
            SectionTable table = SectionTable.of(kind);
            RowSource paged = RowSource.of(table, store, czech);
            RowSource whole = new RowSource.Whole(table, store, czech);
            assertEquals(10_000, paged.count());
            assertEquals(10_000, whole.count());
            for (int column = 0; column < table.columns().size(); column++) {
                for (boolean descending : List.of(false, true)) {
                    Order order = new Order(column, descending);
                    List<RecordRow> expected = whole.page(order, 0, 10_000);
                    List<RecordRow> actual = paged.page(order, 0, 10_000);
                    String what = kind + " by column " + column + (descending ? " descending" : "");
                    assertEquals(sortKeys(expected, column), sortKeys(actual, column), what);
                }
            }
        }
    }

    private void windowsFitTogetherAndPositionsFindTheirRows() {
        SectionTable table = SectionTable.of(RecordKind.PERSON);
        RowSource paged = RowSource.of(table, store, czech);
        for (Order order : List.of(Order.FIRST_COLUMN, new Order(0, true), new Order(1, false))) {
            List<RecordRow> all = paged.page(order, 0, 10_000);
            List<RecordRow> windows = new ArrayList<>();
            for (int offset = 0; offset < 10_000; offset += PagedList.WINDOW) {
                windows.addAll(paged.page(order, offset, PagedList.WINDOW));
            }
            assertEquals(all.stream().map(RecordRow::id).toList(), windows.stream().map(RecordRow::id).toList());
            for (int index : List.of(0, 1, 199, 200, 4_321, 9_999)) {
                assertEquals(index, paged.position(order, all.get(index).id()), order + " row " + index);
            }
        }
        assertEquals(-1, paged.position(Order.FIRST_COLUMN, UUID.randomUUID()));
        assertTrue(paged.page(Order.FIRST_COLUMN, 10_000, 200).isEmpty());
    }

    /** What the column sorts by: ties may stand in either order, their keys may not. */
    private static List<String> sortKeys(List<RecordRow> rows, int column) {
        return rows.stream().map(r -> r.cell(column)).map(c -> c.sortDate() != null ? c.sortDate().toString()
                : c.text()).toList();
    }
}
