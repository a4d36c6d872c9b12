package org.briefingdesk.ui.records;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.RecordKind;

/** One row of a section's table: the record's id and kind and its cells, computed off the FX thread. */
public record RecordRow(UUID id, RecordKind kind, List<Cell> cells) {
    /** The row shown while its window loads. */
    public static final RecordRow PENDING = new RecordRow(null, null, List.of());

    public RecordRow {
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : Cell.EMPTY;
    }
}
