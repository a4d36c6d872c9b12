package org.briefingdesk.ui.overview;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.common.Navigator;

/**
 * The overview page. Cards ({@code #overviewCard-EVENT}...) open their section; list entries
 * ({@code #recentEdits-<id>}...) open their record.
 */
public final class OverviewView {
    private final OverviewViewModel viewModel;
    private final Localization l10n;
    private final Function<RecordKind, String> sectionTitle;
    private final Navigator navigator;
    private final Parent root;

    @FXML
    private FlowPane cards;
    @FXML
    private Label error;
    @FXML
    private VBox upcomingEvents;
    @FXML
    private VBox recentEvents;
    @FXML
    private VBox recentEdits;
    @FXML
    private VBox openCommitments;

    /**
     * @param sectionTitle the name of the section listing a kind ("Akce")
     * @param navigator    opens a record (id) or a section (id null) of a kind
     */
    public OverviewView(OverviewViewModel viewModel, Localization l10n, Function<RecordKind, String> sectionTitle,
                        Navigator navigator) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.sectionTitle = sectionTitle;
        this.navigator = navigator;
        this.root = Fxml.load(this, "Overview.fxml", l10n.bundle());
        root.setId("overviewPage");
        viewModel.counts().addListener((MapChangeListener<RecordKind, Long>) change -> renderCards());
        showList(upcomingEvents, viewModel.upcomingEvents(), "ui.overview.noUpcoming");
        showList(recentEvents, viewModel.recentEvents(), "ui.overview.noEvents");
        showList(openCommitments, viewModel.openCommitments(), "ui.overview.noCommitments");
        showList(recentEdits, viewModel.recentEdits(), "ui.overview.noEdits");
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        renderCards();
    }

    public Parent root() {
        return root;
    }

    private void renderCards() {
        cards.getChildren().clear();
        for (RecordKind kind : RecordKind.values()) {
            Long count = viewModel.counts().get(kind);
            Label number = new Label(count == null ? "–" : l10n.number(count));
            number.getStyleClass().add("card-count");
            Label name = new Label(sectionTitle.apply(kind));
            name.getStyleClass().add("card-label");
            VBox card = new VBox(number, name);
            card.getStyleClass().addAll("card", "card-" + kind.name().toLowerCase(Locale.ROOT));
            card.setId("overviewCard-" + kind.name());
            card.setCursor(Cursor.HAND);
            card.setOnMouseClicked(e -> navigator.open(kind, null));
            cards.getChildren().add(card);
        }
    }

    /** Shows the items in the box now and whenever they change. */
    private void showList(VBox box, ObservableList<OverviewItem> items, String emptyKey) {
        items.addListener((ListChangeListener<OverviewItem>) change -> renderList(box, items, emptyKey));
        renderList(box, items, emptyKey);
    }

    private void renderList(VBox box, List<OverviewItem> items, String emptyKey) {
        box.getChildren().clear();
        if (items.isEmpty()) {
            Label none = new Label(l10n.get(emptyKey));
            none.getStyleClass().add("quiet-note");
            box.getChildren().add(none);
            return;
        }
        for (OverviewItem item : items) {
            Label title = new Label(item.title());
            title.getStyleClass().add("item-title");
            title.setMinWidth(0);
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("item-detail");
            if (item.overdue()) {
                detail.getStyleClass().add("item-overdue");
            }
            detail.setMinWidth(0);
            VBox text = new VBox(title, detail);
            text.getStyleClass().add("item-text");
            Button entry = new Button();
            entry.setGraphic(text);
            entry.getStyleClass().add("list-entry");
            entry.setId(box.getId() + "-" + item.id());
            entry.setMaxWidth(Double.MAX_VALUE);
            entry.setMinWidth(0);
            entry.setMaxHeight(Region.USE_PREF_SIZE);
            entry.setWrapText(true); // measured at its width, so that a long title wraps instead of being cut
            entry.setOnAction(e -> navigator.open(item.kind(), item.id()));
            box.getChildren().add(entry);
        }
    }
}
