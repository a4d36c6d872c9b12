package org.briefingdesk.ui.search;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.briefingdesk.logic.search.SearchHit;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.common.Navigator;

/**
 * The results page of the search field: chips narrow by kind (with counts), Enter or a click opens
 * a record, and the matched words stand out in each snippet.
 */
public final class SearchView {
    @FXML
    private BorderPane root;
    @FXML
    private Label status;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Button saveButton;
    @FXML
    private Button backToForm;
    @FXML
    private FlowPane chips;
    @FXML
    private Label hint;
    @FXML
    private ListView<SearchHit> results;
    @FXML
    private Label placeholder;

    private final SearchViewModel viewModel;
    private final Navigator navigator;
    private final Consumer<String> save;
    private final ObservableBooleanValue formOpen;
    private final Runnable showForm;

    /**
     * @param navigator what opening a hit does (the window shows the record in its section)
     * @param save     what "save this search" does with the current query
     * @param formOpen true while a record form is open under the results: "Zpět k formuláři" shows then
     * @param showForm brings that form back
     */
    public SearchView(SearchViewModel viewModel, Navigator navigator, Consumer<String> save,
                           ObservableBooleanValue formOpen, Runnable showForm) {
        this.viewModel = viewModel;
        this.navigator = navigator;
        this.save = save;
        this.formOpen = formOpen;
        this.showForm = showForm;
        Fxml.load(this, "Search.fxml", viewModel.l10n().bundle());
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(viewModel.statusProperty());
        placeholder.textProperty().bind(viewModel.statusProperty());
        hint.textProperty().bind(viewModel.hintProperty());
        hint.visibleProperty().bind(viewModel.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        saveButton.disableProperty().bind(viewModel.queryProperty().isEmpty());
        backToForm.visibleProperty().bind(Bindings.createBooleanBinding(formOpen::get, formOpen));
        backToForm.managedProperty().bind(backToForm.visibleProperty());
        results.setItems(viewModel.hits());
        results.setCellFactory(list -> new HitCell());
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        for (RecordKind kind : RecordKind.values()) {
            ToggleButton chip = new ToggleButton();
            chip.getStyleClass().add("search-chip");
            chip.setUserData(kind);
            chip.setFocusTraversable(false);
            chip.setOnAction(e -> viewModel.toggleKind(kind));
            chips.getChildren().add(chip);
        }
        viewModel.counts().addListener((MapChangeListener<RecordKind, Long>) c -> refreshChips());
        viewModel.kinds().addListener((SetChangeListener<RecordKind>) c -> refreshChips());
        refreshChips();
    }

    private void refreshChips() {
        chips.getChildren().forEach(node -> {
            ToggleButton chip = (ToggleButton) node;
            RecordKind kind = (RecordKind) chip.getUserData();
            long count = viewModel.counts().getOrDefault(kind, 0L);
            chip.setText(viewModel.l10n().of(kind) + "  " + viewModel.kindCount(kind));
            chip.setSelected(viewModel.kinds().contains(kind));
            chip.setDisable(count == 0 && !chip.isSelected());
        });
    }

    public BorderPane root() {
        return root;
    }

    /** Moves the keyboard into the results (Down in the search field). */
    public void focusResults() {
        if (!viewModel.hits().isEmpty()) {
            results.requestFocus();
            if (results.getSelectionModel().isEmpty()) {
                results.getSelectionModel().selectFirst();
            }
        }
    }

    /** Opens the selected hit, or the first one (Enter in the search field). */
    public void openSelected() {
        SearchHit hit = results.getSelectionModel().getSelectedItem();
        if (hit == null && !viewModel.hits().isEmpty()) {
            hit = viewModel.hits().get(0);
        }
        if (hit != null && hit.id() != null) { // not a hit whose window is still loading
            navigator.open(hit.kind(), hit.id());
        }
    }

    @FXML
    private void backToForm() {
        showForm.run();
    }

    @FXML
    private void saveSearch() {
        save.accept(viewModel.queryProperty().get());
    }

    private static Text titleText(SearchHit.Span span) {
        Text text = new Text(span.text());
        text.getStyleClass().add(span.highlighted() ? "search-title-match" : "search-title-text");
        return text;
    }

    /** A hit: its kind, its title and the snippet, both with the matched words marked. */
    private final class HitCell extends ListCell<SearchHit> {
        HitCell() {
            setPrefWidth(0); // the list's width decides, not the longest title
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null || hit == SearchViewModel.PENDING) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label kind = new Label(viewModel.l10n().of(hit.kind()));
            kind.getStyleClass().add("kind-chip");
            kind.setMinWidth(Region.USE_PREF_SIZE); // the title beside it wraps; the chip keeps its word
            TextFlow title = new TextFlow();
            title.getStyleClass().add("search-hit-title");
            if (hit.title().isBlank()) {
                title.getChildren().add(titleText(new SearchHit.Span(hit.snippetText(), false)));
            } else {
                hit.markedTitle().forEach(span -> title.getChildren().add(titleText(span)));
            }
            // Long titles wrap beside the kind chip instead of running past the list's edge.
            title.setMinWidth(0);
            HBox.setHgrow(title, Priority.ALWAYS);
            HBox heading = new HBox(8, kind, title);
            heading.getStyleClass().add("search-hit-heading");
            TextFlow snippet = new TextFlow();
            snippet.getStyleClass().add("search-snippet");
            for (SearchHit.Span span : hit.snippet()) {
                Text text = new Text(span.text());
                text.getStyleClass().add(span.highlighted() ? "search-match" : "search-text");
                snippet.getChildren().add(text);
            }
            snippet.prefWidthProperty().bind(results.widthProperty().subtract(48));
            VBox box = new VBox(4, heading, snippet);
            // As wide as the list, never wider: titles and snippets wrap inside it rather than run off its edge.
            box.setMinWidth(0);
            box.maxWidthProperty().bind(results.widthProperty().subtract(32));
            box.prefWidthProperty().bind(box.maxWidthProperty());
            box.getStyleClass().add("search-hit");
            setText(null);
            setGraphic(box);
        }
    }
}
