package org.briefingdesk.ui.briefings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.briefingdesk.logic.briefing.BriefingPack;
import org.briefingdesk.logic.briefing.PackBlock;
import org.briefingdesk.logic.briefing.PackSection;

/**
 * A briefing pack as JavaFX nodes, one per block in reading order: the cover, then each section's heading
 * and blocks. The preview stacks them on a sheet; {@link PackPages} deals them out onto A4 pages.
 */
final class PackNodes implements PackBlock.Visitor<Node> {
    static final String HEADING = "pack-heading";
    static final String SUBHEADING = "pack-subheading";

    private final Locale locale;

    private PackNodes(Locale locale) {
        this.locale = locale;
    }

    /** Every node of the pack, in reading order (headings carry {@link #HEADING} or {@link #SUBHEADING}). */
    static List<Node> flow(BriefingPack pack) {
        return flow(pack, Integer.MAX_VALUE);
    }

    /** The first {@code max} nodes of {@link #flow(BriefingPack)}; the rest are not built at all. */
    static List<Node> flow(BriefingPack pack, int max) {
        PackNodes nodes = new PackNodes(pack.locale());
        List<Node> flow = new ArrayList<>();
        flow.add(label(pack.title(), "pack-title"));
        flow.add(label(pack.targetLabel(), "pack-target"));
        flow.add(nodes.facts(new PackBlock.Facts(pack.cover())));
        for (PackSection section : pack.sections()) {
            if (flow.size() >= max) {
                break;
            }
            flow.add(label(section.heading(), HEADING));
            for (PackBlock block : section.blocks()) {
                if (flow.size() >= max) {
                    break;
                }
                flow.add(block.accept(nodes));
            }
        }
        return flow;
    }

    /** How many nodes {@link #flow(BriefingPack)} has: title, target, cover, and each heading and block. */
    static int size(BriefingPack pack) {
        return 3 + pack.sections().stream().mapToInt(s -> 1 + s.blocks().size()).sum();
    }

    /** The sensitivity marking ("INTERNÍ"), coloured by its level. */
    static Label marking(BriefingPack pack) {
        Label marking = label(pack.marking(), "pack-marking");
        marking.getStyleClass().add("pack-marking-" + pack.sensitivity().name().toLowerCase(Locale.ROOT));
        marking.setWrapText(false);
        return marking;
    }

    static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    @Override
    public Node subheading(PackBlock.Subheading block) {
        return label(block.text(), SUBHEADING);
    }

    @Override
    public Node paragraph(PackBlock.Paragraph block) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("pack-paragraph");
        if (!block.lead().isEmpty()) {
            Text lead = new Text(block.lead() + ": ");
            lead.getStyleClass().addAll("pack-text", "pack-lead");
            flow.getChildren().add(lead);
        }
        Text text = new Text(block.text());
        text.getStyleClass().add("pack-text");
        flow.getChildren().add(text);
        return flow;
    }

    @Override
    public Node quote(PackBlock.Quote block) {
        VBox quote = new VBox();
        quote.getStyleClass().add("pack-quote");
        if (!block.marking().isEmpty()) {
            quote.getChildren().add(label(block.marking(), "pack-quote-marking"));
        }
        quote.getChildren().add(label(block.verbatim() ? quoted(block.text()) : block.text(), "pack-quote-text"));
        if (!block.attribution().isEmpty()) {
            quote.getChildren().add(label(block.attribution(), "pack-quote-source"));
        }
        return quote;
    }

    @Override
    public Node bullets(PackBlock.Bullets block) {
        VBox list = new VBox();
        list.getStyleClass().add("pack-bullets");
        for (String item : block.items()) {
            list.getChildren().add(label("•  " + item, "pack-bullet"));
        }
        return list;
    }

    @Override
    public Node facts(PackBlock.Facts block) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("pack-facts");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(30);
        ColumnConstraints values = new ColumnConstraints();
        values.setPercentWidth(70);
        grid.getColumnConstraints().setAll(labels, values);
        int row = 0;
        for (PackBlock.Fact fact : block.facts()) {
            Label label = label(fact.label(), "pack-fact-label");
            GridPane.setValignment(label, VPos.TOP);
            grid.addRow(row++, label, label(fact.value(), "pack-fact-value"));
        }
        return grid;
    }

    @Override
    public Node table(PackBlock.Table block) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("pack-table");
        int columns = block.header().size();
        double total = block.weights().isEmpty() ? columns : block.weights().stream().mapToInt(Integer::intValue).sum();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100 * (block.weights().isEmpty() ? 1 : block.weights().get(c)) / total);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (int c = 0; c < columns; c++) {
            grid.add(cell(block.header().get(c), "pack-table-head"), c, 0);
        }
        for (int r = 0; r < block.rows().size(); r++) {
            for (int c = 0; c < columns; c++) {
                grid.add(cell(block.rows().get(r).get(c), r % 2 == 0 ? "pack-table-cell" : "pack-table-cell-alt"),
                        c, r + 1);
            }
        }
        return grid;
    }

    @Override
    public Node note(PackBlock.Note block) {
        return label(block.text(), "pack-note");
    }

    private static Label cell(String text, String style) {
        Label cell = label(text, style);
        cell.setMaxHeight(Double.MAX_VALUE);
        GridPane.setValignment(cell, VPos.TOP);
        GridPane.setFillHeight(cell, true);
        return cell;
    }

    private String quoted(String text) {
        boolean english = "en".equals(locale.getLanguage());
        String s = text.strip().replaceAll("^[„“\"]|[“”\"]$", "");
        return (english ? "“" : "„") + s + (english ? "”" : "“");
    }
}
