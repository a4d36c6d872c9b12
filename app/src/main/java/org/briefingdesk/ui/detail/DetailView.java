package org.briefingdesk.ui.detail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DetailField;
import org.briefingdesk.logic.records.FieldLabels;
import org.briefingdesk.logic.records.LinkGroup;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordLink;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.common.BidiText;
import org.briefingdesk.ui.common.CzechText;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.common.Navigator;
import org.briefingdesk.ui.common.WholeWords;

/**
 * The read-only detail pane: the record's fields in a grid, its links in groups (a link opens the
 * linked record in its section) and its change history.
 */
public final class DetailView {
    /** How many links of a group are laid out before the user asks for more. */
    static final int LINKS_AT_ONCE = 50;
    /** The labels' column's share of the pane's width. */
    private static final double LABELS_SHARE = 0.3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. M. yyyy H:mm", CzechText.CZECH)
            .withZone(ZoneId.systemDefault());

    private final DetailViewModel viewModel;
    private final Localization l10n;
    private final Navigator navigator;
    private final Parent root;
    private final ColumnConstraints labels = new ColumnConstraints();

    @FXML
    private VBox body;
    @FXML
    private Label kind;
    @FXML
    private Label title;
    @FXML
    private GridPane fields;
    @FXML
    private VBox links;
    @FXML
    private VBox history;
    @FXML
    private VBox historyBox;
    @FXML
    private Label empty;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Button prepareBriefing;
    private Predicate<RecordKind> briefable = kind -> false;
    private Navigator briefing = (kind, id) -> { };

    /** @param navigator opens a linked record in its section */
    public DetailView(String idPrefix, DetailViewModel viewModel, Localization l10n, Navigator navigator) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.navigator = navigator;
        this.root = Fxml.load(this, "Detail.fxml", l10n.bundle());
        root.setId(idPrefix + "Detail");
        // A share of the pane rather than pixels (as wide at any text size, relative to the text), but never
        // narrower than the labels' longest word: at 150 % "Poznámky" broke as "Poznámk" and "y".
        labels.prefWidthProperty().bind(fields.widthProperty().multiply(LABELS_SHARE));
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        fields.getColumnConstraints().setAll(labels, values);
        busy.visibleProperty().bind(viewModel.busyProperty());
        viewModel.detailProperty().addListener((obs, old, detail) -> render(detail));
        viewModel.errorProperty().addListener((obs, old, error) -> render(viewModel.detailProperty().get()));
        render(viewModel.detailProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** Shows "Připravit podklad" for records of the kinds a pack can be prepared for. */
    public void offerBriefing(Predicate<RecordKind> kinds, Navigator action) {
        this.briefable = kinds;
        this.briefing = action;
        render(viewModel.detailProperty().get());
    }

    @FXML
    private void prepareBriefing() {
        RecordDetail detail = viewModel.detailProperty().get();
        if (detail != null) {
            briefing.open(detail.kind(), detail.id());
        }
    }

    /** No narrower than the longest word of a label, in the font the labels show (known once styled). */
    private void fitLabels() {
        double widest = 0;
        for (Node node : fields.getChildren()) {
            if (node instanceof Label label && label.getStyleClass().contains("field-label")) {
                widest = Math.max(widest, WholeWords.widestWord(label.getText(), label.getFont()));
            }
        }
        labels.setMinWidth(Math.ceil(widest) + 1);
    }

    private void render(RecordDetail detail) {
        boolean shown = detail != null;
        body.setVisible(shown);
        body.setManaged(shown);
        empty.setVisible(!shown);
        empty.setManaged(!shown);
        String error = viewModel.errorProperty().get();
        empty.setText(error.isEmpty() ? l10n.get("ui.detail.empty") : error);
        fields.getChildren().clear();
        links.getChildren().clear();
        history.getChildren().clear();
        if (!shown) {
            return;
        }
        kind.setText(l10n.of(detail.kind()));
        prepareBriefing.setVisible(briefable.test(detail.kind()));
        prepareBriefing.setManaged(prepareBriefing.isVisible());
        title.setText(detail.title());
        int row = 0;
        for (DetailField field : detail.fields()) {
            if (field.value() == null || field.value().isBlank()) {
                continue;
            }
            Label label = new Label(field.label());
            label.getStyleClass().add("field-label");
            label.setWrapText(true);
            label.fontProperty().addListener((obs, old, font) -> fitLabels());
            Node value = BidiText.wrapped(field.value(), "field-value");
            GridPane.setValignment(label, VPos.TOP);
            fields.addRow(row++, label, value);
        }
        fitLabels();
        for (LinkGroup group : detail.linkGroups()) {
            if (group.links().isEmpty()) {
                continue;
            }
            Label heading = new Label(group.label() + "  " + l10n.number(group.total()));
            heading.getStyleClass().add("detail-section-title");
            VBox entries = new VBox();
            entries.getStyleClass().add("link-group");
            showLinks(entries, group, new ArrayList<>(group.links()), 0);
            links.getChildren().addAll(heading, entries);
        }
        for (ChangeEntry entry : detail.history()) {
            String when = entry.changedAt() == null ? "" : TIME.format(entry.changedAt());
            String who = l10n.get("ui.detail.historyEntry", when, l10n.of(entry.action()),
                    entry.changedBy() == null ? "" : entry.changedBy());
            List<String> fields = FieldLabels.changed(l10n, entry);
            Label line = new Label(fields.isEmpty() || entry.action() != ChangeEntry.Action.UPDATE ? who
                    : l10n.get("ui.detail.historyFields", who, String.join(", ", fields)));
            line.setWrapText(true);
            line.getStyleClass().add("history-entry");
            history.getChildren().add(line);
        }
        historyBox.setVisible(!detail.history().isEmpty());
        historyBox.setManaged(!detail.history().isEmpty());
    }

    /**
     * Adds the links from {@code from} on, {@link #LINKS_AT_ONCE} at a time: a topic of a large record
     * base has thousands of statements, and laying out a node for each froze the window for seconds.
     * The rest follows on request, a batch per click: first from the links read with the record, then, in a group
     * that {@linkplain LinkGroup#pages pages}, read from the database a batch at a time.
     */
    private void showLinks(VBox entries, LinkGroup group, List<RecordLink> all, int from) {
        int to = Math.min(all.size(), from + LINKS_AT_ONCE);
        for (RecordLink link : all.subList(from, to)) {
            Hyperlink hyperlink = new Hyperlink(link.label());
            hyperlink.getStyleClass().add("record-link");
            hyperlink.setWrapText(true);
            hyperlink.setOnAction(e -> navigator.open(link.kind(), link.id()));
            VBox line = new VBox(hyperlink);
            line.getStyleClass().add("link-line");
            if (link.note() != null && !link.note().isBlank()) {
                Label note = new Label(link.note());
                note.getStyleClass().add("link-note");
                line.getChildren().add(note);
            }
            entries.getChildren().add(line);
        }
        long remaining = (group.pages() ? group.total() : all.size()) - to;
        if (remaining > 0) {
            Button more = new Button(l10n.get("ui.detail.showMore", l10n.number(Math.min(LINKS_AT_ONCE, remaining)),
                    l10n.number(remaining)));
            more.getStyleClass().add("show-more");
            more.setOnAction(e -> {
                if (to < all.size()) {
                    entries.getChildren().remove(more);
                    showLinks(entries, group, all, to);
                    return;
                }
                more.setDisable(true);
                viewModel.readMoreLinks(group, to, LINKS_AT_ONCE, read -> {
                    entries.getChildren().remove(more);
                    all.addAll(read);
                    if (!read.isEmpty()) { // none: the group shrank since it was counted
                        showLinks(entries, group, all, to);
                    }
                });
            });
            entries.getChildren().add(more);
        }
    }
}
