package org.briefingdesk.ui.records;

import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.StackPane;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordPages.Order;
import org.briefingdesk.ui.common.Fxml;

/**
 * A record section: the sortable table of its records (Czech collation, sorted where they are read, a window
 * at a time) and, beside it, the
 * read-only detail of the selected record. Node ids: {@code #<section>Table}, {@code #<section>Detail}.
 */
public final class RecordTableView {
    private final RecordTableViewModel viewModel;
    private final Localization l10n;
    private final Parent root;
    private boolean syncing;
    private ColumnWidths widths;

    @FXML
    private Label heading;
    @FXML
    private Label subtitle;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private SplitPane split;
    @FXML
    private TableView<RecordRow> table;
    @FXML
    private Label placeholder;
    @FXML
    private StackPane detailHolder;

    public RecordTableView(String sectionId, String title, RecordTableViewModel viewModel, Localization l10n,
                             Node detailPane) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.root = Fxml.load(this, "RecordTable.fxml", l10n.bundle());
        root.setId(sectionId + "Page");
        table.setId(sectionId + "Table");
        heading.setText(title);
        detailHolder.getChildren().setAll(detailPane);
        SplitPane.setResizableWithParent(detailHolder, false);
        buildColumns();
        bind();
    }

    public Parent root() {
        return root;
    }

    public TableView<RecordRow> table() {
        return table;
    }

    private void buildColumns() {
        var columns = viewModel.table().columns();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int index = i;
            TableColumn<RecordRow, Cell> tableColumn = new TableColumn<>(l10n.get(column.titleKey()));
            tableColumn.setPrefWidth(column.width());
            tableColumn.setMinWidth(column.minWidth());
            tableColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().cell(index)));
            tableColumn.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Cell item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.text());
                }
            });
            table.getColumns().add(tableColumn);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        widths = new ColumnWidths(table, columns);
    }

    private void bind() {
        table.setItems(viewModel.rows());
        // The rows sort where they are read (in the file, by Czech collation), never in the table.
        table.setSortPolicy(t -> {
            viewModel.sortBy(order());
            return true;
        });
        viewModel.setOnPositioned(this::showRow);
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!viewModel.errorProperty().get().isEmpty()) {
                return viewModel.errorProperty().get();
            }
            return viewModel.busyProperty().get() ? l10n.get("ui.table.loading") : l10n.get("ui.table.empty");
        }, viewModel.errorProperty(), viewModel.busyProperty()));
        viewModel.rows().addListener((ListChangeListener<RecordRow>) change -> {
            updateSubtitle();
            // After the pulse that shows the rows, so that the cells' own fonts are measured.
            Platform.runLater(this::fitColumns);
        });
        table.widthProperty().addListener((obs, old, width) -> widths.layOut());
        viewModel.busyProperty().addListener((obs, was, busy) -> updateSubtitle());
        updateSubtitle();

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            // a row still loading is no choice, nor is the selection a reset of the rows clears
            boolean noChoice = row == null ? viewModel.isResetting() : row.id() == null;
            if (!syncing && !noChoice) {
                syncing = true;
                viewModel.selectedIdProperty().set(row == null ? null : row.id());
                syncing = false;
            }
        });
        viewModel.selectedIdProperty().addListener((obs, old, id) -> selectInTable(id));
    }

    private void selectInTable(UUID id) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            int index = viewModel.rows().indexOfLoaded(id);
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index);
                scrollIntoView(index);
            }
        } finally {
            syncing = false;
        }
    }

    /** After a reload: the selected record's row selected and on screen (-1: none). */
    private void showRow(int index) {
        syncing = true;
        try {
            if (index < 0 || index >= table.getItems().size()) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(index);
                scrollIntoView(index);
            }
        } finally {
            syncing = false;
        }
    }

    /** Scrolls only when the row is not on screen, so that a reload after an edit leaves the view where it was. */
    private void scrollIntoView(int index) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null && index >= first.getIndex() && index <= last.getIndex()) {
                return;
            }
        }
        table.scrollTo(Math.max(0, index - 2));
    }

    /** The order the table's headings ask for: the first column sorted, else the first column ascending. */
    private Order order() {
        if (table.getSortOrder().isEmpty()) {
            return Order.FIRST_COLUMN;
        }
        TableColumn<RecordRow, ?> column = table.getSortOrder().get(0);
        return new Order(Math.max(0, table.getColumns().indexOf(column)),
                column.getSortType() == TableColumn.SortType.DESCENDING);
    }

    private void fitColumns() {
        widths.measure(viewModel.rows().firstItems());
    }

    /** "12 záznamů"; while the first load runs, "Načítám…" rather than a count of none. */
    private void updateSubtitle() {
        boolean firstLoad = viewModel.busyProperty().get() && viewModel.rows().isEmpty();
        subtitle.setText(firstLoad ? l10n.get("ui.table.loading")
                : l10n.get("ui.table.count", viewModel.rows().size()));
    }
}
