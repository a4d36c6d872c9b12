package org.briefingdesk.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.RecordPages.Order;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every section read from the file shows what the rows read whole showed (country names, current roles, aliases,
 * parents, kinds in the user's language), in the same order, for every column in both directions.
 */
@ResourceLock(Locks.FX_TOOLKIT)
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

    @Test
    void windowsInTheOrderOfAKindFitTogetherAcrossKinds() {
        RecordStore store = sampleStore();
        Random random = new Random(3);
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            statements.add(RecordBuilder.from(TypicalRecords.statement(SampleIds.RAKUSAN, null, "Výrok " + i))
                    .with(Statement::id, UUID.randomUUID())
                    .with(Statement::kind, StatementKind.values()[random.nextInt(StatementKind.values().length)])
                    .build());
        }
        store.batches().write(statements, BatchWriter.AuditMode.STAMP);
        Localization l10n = Localization.forLanguage("cs");
        SectionTable table = SectionTable.of(RecordKind.STATEMENT);
        RowSource paged = RowSource.of(table, store, l10n);
        RowSource whole = new RowSource.Whole(table, store, l10n);
        int count = whole.count();
        for (boolean descending : List.of(false, true)) {
            Order order = new Order(2, descending);
            List<RecordRow> windows = new ArrayList<>();
            for (int offset = 0; offset < count; offset += 37) {
                windows.addAll(paged.page(order, offset, 37));
            }
            assertEquals(column(whole.page(order, 0, count), 2), column(windows, 2), order.toString());
            assertEquals(count, windows.stream().map(RecordRow::id).distinct().count(), "every row once");
            RecordRow somewhere = windows.get(321);
            assertEquals(321, paged.position(order, somewhere.id()));
        }
    }

    private static List<String> texts(RecordRow row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    private static List<String> column(List<RecordRow> rows, int column) {
        return rows.stream().map(r -> r.cell(column).text()).toList();
    }
}
