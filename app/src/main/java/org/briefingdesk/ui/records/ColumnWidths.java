package org.briefingdesk.ui.records;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Columns as wide as what they hold first: a column whose heading and texts fit its designed width
 * takes their natural width and never gets narrower (a date keeps its year, "Do" and "Abbreviation"
 * stay readable and in view); the columns of longer texts (titles, statements) share what is left in
 * proportion to their designed widths, and are the ones cut, with an ellipsis. Measured in the fonts
 * the table shows, on the first rows (a date or a kind is as wide in row 500 as in row 5).
 */
final class ColumnWidths {
    /** Rows measured: enough for every kind of value, cheap on a table of 100,000. */
    static final int SAMPLE = 500;
    /** The cell's padding (8 + 8) and a little air. */
    private static final double CELL_PADDING = 22;
    /** The heading's padding and its sort arrow. */
    private static final double HEADER_PADDING = 34;
    /** The narrowest a column of long texts gets (its heading permitting): a few words and an ellipsis. */
    private static final double LONG_MIN = 90;
    /** The vertical scroll bar and the table's border. */
    private static final double CHROME = 20;

    /** Measures again, a pulse later, while the skin's fonts are not known yet: at most this many times. */
    private static final int MAX_RETRIES = 10;

    private final TableView<RecordRow> table;
    private int retries;
    private final List<Column> columns;
    /** Per column: its natural width when it fits its designed width, else -1 (a column of long texts). */
    private double[] natural = new double[0];
    private double[] headers = new double[0];

    ColumnWidths(TableView<RecordRow> table, List<Column> columns) {
        this.table = table;
        this.columns = columns;
    }

    /** Measures the headings and the first rows' texts; then lays the columns out. */
    void measure(List<RecordRow> rows) {
        Font cellFont = font(".table-row-cell .table-cell", null);
        Font headerFont = font(".column-header .label", null);
        if ((cellFont == null || headerFont == null) && retries < MAX_RETRIES) {
            // The skin has not shown its cells and headings yet: their fonts (text size 125 or 150 %) are not known.
            // Measure with the defaults now and again once a pulse has laid the table out.
            retries++;
            afterNextPulse(() -> measure(rows));
        }
        cellFont = cellFont == null ? Font.font(13) : cellFont;
        headerFont = headerFont == null ? Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12) : headerFont;
        Text probe = new Text();
        int count = Math.min(columns.size(), table.getColumns().size());
        natural = new double[count];
        headers = new double[count];
        for (int i = 0; i < count; i++) {
            headers[i] = Math.ceil(width(probe, table.getColumns().get(i).getText(), headerFont) + HEADER_PADDING);
            double content = 0;
            for (int r = 0; r < rows.size() && r < SAMPLE; r++) {
                content = Math.max(content, width(probe, rows.get(r).cell(i).text(), cellFont));
            }
            double fits = Math.ceil(Math.max(headers[i], content + CELL_PADDING));
            natural[i] = fits <= columns.get(i).width() ? fits : -1;
        }
        layOut();
    }

    /**
     * Gives the short columns their natural width and the long ones a share of the rest of the table. A table
     * too narrow for that (a narrow window beside the detail) keeps what it shows in view, headings whole:
     * the long columns give up room first, down to their heading's width, then the short ones down to their
     * designed smallest width (a date's holds it); what still does not fit is hidden from the right (the first
     * column always stays), its values being in the detail beside, and is shown again once there is room.
     */
    void layOut() {
        int count = natural.length;
        if (count == 0) {
            return;
        }
        double available = table.getWidth() - CHROME;
        int shown = count;
        double[] min = widths(shown, available);
        while (available > 0 && shown > 1 && sum(min, shown) > available) {
            shown--;
            min = widths(shown, available);
        }
        double fixed = 0;
        double designed = 0;
        for (int i = 0; i < shown; i++) {
            if (natural[i] > 0) {
                fixed += min[i];
            } else {
                designed += columns.get(i).width();
            }
        }
        double rest = available - fixed;
        for (int i = 0; i < count; i++) {
            TableColumn<RecordRow, ?> column = table.getColumns().get(i);
            column.setVisible(i < shown);
            column.setMinWidth(min[i]);
            if (natural[i] > 0) {
                column.setPrefWidth(min[i]);
            } else if (i >= shown) {
                column.setPrefWidth(columns.get(i).width());
            } else {
                double share = available > 0 ? rest * columns.get(i).width() / designed : columns.get(i).width();
                column.setPrefWidth(Math.max(min[i], Math.floor(share)));
            }
        }
        // The resize policy spreads the table's width over the columns only when the width changes: again now.
        table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
    }

    /** The smallest widths of the first {@code shown} columns, lowered as far as their floors let them fit. */
    private double[] widths(int shown, double available) {
        double[] min = new double[natural.length];
        double[] heading = new double[natural.length];
        double[] designedMin = new double[natural.length];
        for (int i = 0; i < natural.length; i++) {
            boolean isLong = natural[i] < 0;
            min[i] = isLong ? Math.max(Math.min(columns.get(i).minWidth(), LONG_MIN), headers[i]) : natural[i];
            heading[i] = isLong ? Math.min(min[i], headers[i]) : min[i];
            designedMin[i] = isLong ? heading[i]
                    : Math.min(natural[i], Math.max(columns.get(i).minWidth(), headers[i]));
        }
        if (available > 0) {
            shrink(min, shown, available, heading);
            shrink(min, shown, available, designedMin);
        }
        return min;
    }

    /**
     * Runs {@code action} after the next layout pulse, when the skin may have shown its cells and headings. (A
     * bare {@code runLater} does not wait for one: on a busy machine ten of them ran before the headings had a font.)
     */
    private void afterNextPulse(Runnable action) {
        Scene scene = table.getScene();
        if (scene == null) {
            Platform.runLater(action);
            return;
        }
        Runnable listener = new Runnable() {
            private boolean ran;

            @Override
            public void run() {
                if (ran) {
                    return;
                }
                ran = true;
                // Removed a turn later: the scene is going through its listeners now.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    action.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }

    private static double sum(double[] widths, int first) {
        double sum = 0;
        for (int i = 0; i < first; i++) {
            sum += widths[i];
        }
        return sum;
    }

    /** Lowers the widths towards their floors, each in proportion to what it can give, until they fit. */
    private static void shrink(double[] widths, int shown, double available, double[] floors) {
        double excess = -available;
        double slack = 0;
        for (int i = 0; i < shown; i++) {
            excess += widths[i];
            slack += Math.max(0, widths[i] - floors[i]);
        }
        if (excess <= 0 || slack <= 0) {
            return;
        }
        double part = Math.min(1, excess / slack);
        for (int i = 0; i < shown; i++) {
            widths[i] = Math.max(floors[i], Math.floor(widths[i] - Math.max(0, widths[i] - floors[i]) * part));
        }
    }

    private static double width(Text probe, String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** The font of the first node the selector finds (the skin's cells, once shown), else {@code fallback}. */
    private Font font(String selector, Font fallback) {
        for (Node node : table.lookupAll(selector)) {
            if (node instanceof Labeled labeled && labeled.getFont() != null) {
                return labeled.getFont();
            }
        }
        return fallback;
    }
}
