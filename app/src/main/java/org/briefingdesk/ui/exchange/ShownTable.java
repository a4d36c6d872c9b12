package org.briefingdesk.ui.exchange;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.briefingdesk.logic.exchange.TableData;
import org.briefingdesk.ui.records.Cell;
import org.briefingdesk.ui.records.RecordRow;

/** A section's table exactly as shown: its visible columns in their order, its rows in their sort order. */
public final class ShownTable {
    private ShownTable() {
    }

    /** Read on the FX thread (the rows are in memory already); writing the file happens in the background. */
    public static TableData of(String name, TableView<RecordRow> table) {
        List<TableColumn<RecordRow, ?>> columns = table.getVisibleLeafColumns();
        List<String> headings = columns.stream().map(TableColumn::getText).toList();
        List<List<Object>> rows = new ArrayList<>(table.getItems().size());
        for (RecordRow row : table.getItems()) {
            List<Object> cells = new ArrayList<>(columns.size());
            for (TableColumn<RecordRow, ?> column : columns) {
                Object value = column.getCellData(row);
                cells.add(value instanceof Cell cell ? (cell.sortDate() != null ? cell.sortDate() : cell.text())
                        : value == null ? "" : value.toString());
            }
            rows.add(cells);
        }
        return new TableData(name, headings, rows);
    }
}
