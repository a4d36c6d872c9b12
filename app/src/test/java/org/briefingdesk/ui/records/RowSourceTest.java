package org.briefingdesk.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordPages.Order;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.StoreFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every section read from the file shows what the rows read whole showed (country names, current roles, aliases,
 * parents, kinds in the user's language), in the same order, for every column in both directions.
 */
class RowSourceTest extends StoreFixture {
    @ParameterizedTest
    @ValueSource(strings = {"cs", "en"})
    void everySectionShowsAndSortsAsWhenReadWhole(String language) {
        Localization l10n = Localization.forLanguage(language);
        RecordStore store = sampleStore();
        for (RecordKind kind : RecordKind.values()) {
            SectionTable table = SectionTable.of(kind);
            RowSource paged = RowSource.of(table, store, l10n);
            RowSource whole = new RowSource.Whole(table, store, l10n);
            int count = whole.count();
            assertEquals(count, paged.count(), kind.name());
            assertFalse(count == 0, kind + ": the sample has some");
            Map<UUID, RecordRow> expectedRows = whole.page(Order.FIRST_COLUMN, 0, count).stream()
                    .collect(Collectors.toMap(RecordRow::id, Function.identity()));
            for (RecordRow row : paged.page(Order.FIRST_COLUMN, 0, count)) {
                assertEquals(texts(expectedRows.get(row.id())), texts(row), kind + " " + row.id());
            }
            for (int column = 0; column < table.columns().size(); column++) {
                for (boolean descending : List.of(false, true)) {
                    Order order = new Order(column, descending);
                    List<String> expected = column(whole.page(order, 0, count), column);
                    assertEquals(expected, column(paged.page(order, 0, count), column), kind + " " + order);
                }
            }
        }
    }

    private static List<String> texts(RecordRow row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    private static List<String> column(List<RecordRow> rows, int column) {
        return rows.stream().map(r -> r.cell(column).text()).toList();
    }
}
