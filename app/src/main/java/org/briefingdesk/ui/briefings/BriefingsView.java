package org.briefingdesk.ui.briefings;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.briefingdesk.logic.briefing.BriefingPack;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.Choice;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.output.BriefingExporter;
import org.briefingdesk.output.BriefingFormat;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.common.PageFocus;
import org.briefingdesk.ui.common.Suggestions;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SegmentedButton;

/** The Podklady page (Briefings.fxml): binds the form to its ViewModel and draws the preview sheet. */
public final class BriefingsView {
    private final BriefingsViewModel viewModel;
    private final Localization l10n;
    private final PagePrinter printer;
    private final Parent root;
    private final CheckComboBox<Choice> topics = new CheckComboBox<>();

    @FXML private Label targetLabel;
    @FXML private HBox kindBox;
    @FXML private TextField briefingTarget;
    @FXML private TextField briefingFrom;
    @FXML private TextField briefingTo;
    @FXML private HBox topicsBox;
    @FXML private ComboBox<Sensitivity> briefingSensitivity;
    @FXML private RadioButton headingsCzech;
    @FXML private RadioButton headingsEnglish;
    @FXML private HBox formatBox;
    @FXML private Label briefingProblem;
    @FXML private VBox largeBox;
    @FXML private Label briefingLarge;
    @FXML private Button briefingGenerate;
    @FXML private VBox progressBox;
    @FXML private ProgressBar briefingProgress;
    @FXML private Label briefingStep;
    @FXML private VBox doneBox;
    @FXML private Label briefingDone;
    @FXML private Label briefingError;
    /**
     * How much of a pack the preview lays out: a topic of a large record base makes a pack of thousands
     * of pages, whose nodes would hold the window for minutes; the file itself is always whole.
     */
    static final int PREVIEW_PARTS = 400;

    /** True when the preview lays out all of the pack (and so printing from it prints all of it). */
    private static boolean shownWhole(BriefingPack pack) {
        return PackNodes.size(pack) <= PREVIEW_PARTS;
    }

    @FXML private ProgressIndicator previewBusy;
    @FXML private Button briefingPrint;
    @FXML private VBox previewSheet;
    @FXML private Label previewEmpty;

    public BriefingsView(BriefingsViewModel viewModel, Localization l10n, PagePrinter printer) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.printer = printer;
        this.root = Fxml.load(this, "Briefings.fxml", l10n.bundle());
        bindTarget();
        bindOptions();
        bindRun();
        viewModel.previewProperty().addListener((obs, old, pack) -> renderPreview(pack));
        previewBusy.visibleProperty().bind(viewModel.previewBusyProperty());
        // Printing lays the whole pack out in the window: only for packs the preview shows whole.
        briefingPrint.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            BriefingPack pack = viewModel.previewProperty().get();
            return pack == null || !shownWhole(pack);
        }, viewModel.previewProperty()));
        renderPreview(viewModel.previewProperty().get());
    }

    /** Shown (Ctrl+9 or from a detail view): the cursor waits in the target field. */
    public void focusTarget() {
        PageFocus.request(root, briefingTarget);
    }

    public Parent root() {
        return root;
    }

    private void bindTarget() {
        SegmentedButton kinds = segmented(List.of(BriefingTarget.Kind.values()), viewModel.kindProperty().get(),
                kind -> l10n.get(kind.labelKey()), kind -> "briefingKind-" + kind.name().toLowerCase(Locale.ROOT),
                kind -> viewModel.kindProperty().set(kind));
        kindBox.getChildren().setAll(kinds);
        viewModel.kindProperty().addListener((obs, old, kind) -> {
            select(kinds, kind);
            briefingTarget.setPromptText(prompt(kind));
            targetLabel.setText(l10n.get(kind.coverKey()));
        });
        briefingTarget.setPromptText(prompt(viewModel.kindProperty().get()));
        targetLabel.setText(l10n.get(viewModel.kindProperty().get().coverKey()));
        briefingTarget.textProperty().bindBidirectional(viewModel.targetTextProperty());
        Suggestions.bind(briefingTarget, viewModel::suggest);
        briefingTarget.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.completeTarget();
            }
        });
        viewModel.targetProperty().addListener((obs, old, target) ->
                briefingTarget.pseudoClassStateChanged(PseudoClass.getPseudoClass("resolved"), target != null));
    }

    private void bindOptions() {
        BriefingOptionsForm form = viewModel.options();
        briefingFrom.textProperty().bindBidirectional(form.fromProperty());
        briefingTo.textProperty().bindBidirectional(form.toProperty());
        topics.setId("briefingTopics");
        // "Všechna témata" while none is ticked, else the ticked ones' names; a count read "(0/0)" before the
        // topics were read.
        topics.setTitle(l10n.get("ui.briefings.allTopics"));
        topics.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) c -> topics.setTitle(
                topics.getCheckModel().getCheckedItems().isEmpty() ? l10n.get("ui.briefings.allTopics") : null));
        topics.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(topics, Priority.ALWAYS);
        topicsBox.getChildren().setAll(topics);
        topics.getItems().setAll(viewModel.topicChoices());
        viewModel.topicChoices().addListener((ListChangeListener<Choice>) c ->
                topics.getItems().setAll(viewModel.topicChoices()));
        topics.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) c ->
                form.topics().setAll(List.copyOf(topics.getCheckModel().getCheckedItems())));
        briefingSensitivity.getItems().setAll(Sensitivity.values());
        briefingSensitivity.setCellFactory(list -> sensitivityCell());
        briefingSensitivity.setButtonCell(sensitivityCell());
        briefingSensitivity.valueProperty().bindBidirectional(form.maxSensitivityProperty());
        ToggleGroup headings = new ToggleGroup();
        headingsCzech.setToggleGroup(headings);
        headingsEnglish.setToggleGroup(headings);
        headingsEnglish.selectedProperty().bindBidirectional(form.englishHeadingsProperty());
        headingsCzech.setSelected(!form.englishHeadingsProperty().get());
        formatBox.getChildren().setAll(segmented(List.of(BriefingFormat.values()), viewModel.formatProperty().get(),
                format -> format.name(), format -> "briefingFormat-" + format.extension(),
                format -> viewModel.formatProperty().set(format)));
    }


    private void bindRun() {
        briefingProblem.textProperty().bind(viewModel.problemProperty());
        shownWhen(briefingProblem, viewModel.problemProperty().isNotEmpty());
        briefingLarge.textProperty().bind(viewModel.largeWarningProperty());
        shownWhen(largeBox, viewModel.largeWarningProperty().isNotEmpty());
        briefingGenerate.disableProperty().bind(viewModel.canGenerateProperty().not());
        shownWhen(progressBox, viewModel.runningProperty());
        briefingProgress.progressProperty().bind(viewModel.progressProperty());
        briefingStep.textProperty().bind(viewModel.stepProperty());
        shownWhen(doneBox, viewModel.writtenProperty().isNotNull().and(viewModel.runningProperty().not()));
        briefingDone.textProperty().bind(Bindings.createStringBinding(() -> describe(viewModel.writtenProperty().get()),
                viewModel.writtenProperty()));
        briefingError.textProperty().bind(viewModel.errorProperty());
        shownWhen(briefingError, viewModel.errorProperty().isNotEmpty());
    }

    private String describe(BriefingExporter.Result result) {
        if (result == null) {
            return "";
        }
        return l10n.get("ui.briefings.doneFile", result.file().getFileName().toString(),
                Math.max(1, Math.round(result.bytes() / 1024.0)),
                result.file().toAbsolutePath().getParent().toString());
    }

    private void renderPreview(BriefingPack pack) {
        previewSheet.getChildren().clear();
        boolean shown = pack != null;
        previewSheet.setVisible(shown);
        previewEmpty.setVisible(!shown);
        previewEmpty.setText(l10n.get("ui.briefings.previewEmpty"));
        if (!shown) {
            return;
        }
        previewSheet.getChildren().add(markingBand(pack));
        previewSheet.getChildren().addAll(PackNodes.flow(pack, PREVIEW_PARTS));
        if (!shownWhole(pack)) {
            Label rest = PackNodes.label(l10n.get("ui.briefings.previewCut", l10n.number(PREVIEW_PARTS),
                    l10n.number(PackNodes.size(pack)), l10n.get("ui.briefings.generate")), "preview-cut");
            rest.setId("briefingPreviewCut");
            previewSheet.getChildren().add(rest);
        }
        previewSheet.getChildren().add(markingBand(pack));
    }

    private static Node markingBand(BriefingPack pack) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox band = new HBox(gap, PackNodes.marking(pack));
        band.getStyleClass().add("preview-marking-band");
        return band;
    }

    @FXML
    private void generate() {
        viewModel.completeTarget();
        viewModel.generate();
    }

    /** "Zúžit podklad": the cursor goes to the period, the first of the options that narrow a pack. */
    @FXML
    private void narrow() {
        briefingFrom.requestFocus();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void openFile() {
        viewModel.openFile();
    }

    @FXML
    private void openFolder() {
        viewModel.openFolder();
    }

    @FXML
    private void print() {
        BriefingPack pack = viewModel.previewProperty().get();
        if (pack != null && shownWhole(pack)) {
            printer.print(PackPages.paginate(pack));
        }
    }

    private String prompt(BriefingTarget.Kind kind) {
        switch (kind) {
            case PERSON:
                return l10n.get("ui.briefings.targetPrompt.person");
            case COUNTRY:
                return l10n.get("ui.briefings.targetPrompt.country");
            case ORGANISATION:
                return l10n.get("ui.briefings.targetPrompt.organisation");
            case TOPIC:
                return l10n.get("ui.briefings.targetPrompt.topic");
            default:
                return l10n.get("ui.briefings.targetPrompt.event");
        }
    }

    private ListCell<Sensitivity> sensitivityCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Sensitivity item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : l10n.get("ui.briefings.upTo", l10n.of(item)));
            }
        };
    }

    private static void shownWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static <T> SegmentedButton segmented(List<T> values, T selected, Function<T, String> text,
                                                 Function<T, String> id,
                                                 Consumer<T> choose) {
        SegmentedButton buttons = new SegmentedButton();
        for (T value : values) {
            ToggleButton button = new ToggleButton(text.apply(value));
            button.setId(id.apply(value));
            button.setUserData(value);
            button.setMinWidth(Region.USE_PREF_SIZE); // never cut at a larger text size
            button.setSelected(value.equals(selected));
            buttons.getButtons().add(button);
        }
        buttons.getToggleGroup().selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // one is always chosen
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) toggle.getUserData();
                choose.accept(value);
            }
        });
        return buttons;
    }

    private static void select(SegmentedButton buttons, Object value) {
        buttons.getButtons().forEach(b -> b.setSelected(value.equals(b.getUserData())));
    }
}
