package org.briefingdesk.ui.briefings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import org.briefingdesk.logic.briefing.BriefingPack;

/**
 * Deals a pack's nodes out onto A4 pages for printing: the marking and title at the head of every page,
 * "Strana X z Y" and the marking at its foot; a heading never ends a page; a block taller than a page
 * gets a page of its own, scaled to fit. Call on the FX thread (nodes are measured with the app's style).
 */
final class PackPages {
    /** A4 (595 × 842 points) less 15 mm margins on each side. */
    static final double MARGIN = 42.5;
    static final double WIDTH = 595 - 2 * MARGIN;
    static final double HEIGHT = 842 - 2 * MARGIN;
    private static final double HEAD = 30;
    private static final double FOOT = 26;
    private static final double GAP = 6;
    private static final String STYLESHEET = "/org/briefingdesk/ui/app.css";

    private PackPages() {
    }

    static List<Node> paginate(BriefingPack pack) {
        List<Node> flow = PackNodes.flow(pack);
        List<Double> heights = measure(flow);
        List<List<Node>> pages = deal(flow, heights, HEIGHT - HEAD - FOOT);
        List<Node> sheets = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            sheets.add(sheet(pack, pages.get(i), i + 1, pages.size()));
        }
        return sheets;
    }

    private static List<Double> measure(List<Node> flow) {
        VBox probe = new VBox();
        probe.setPrefWidth(WIDTH);
        probe.setMaxWidth(WIDTH);
        probe.getChildren().setAll(flow);
        styled(probe);
        List<Double> heights = flow.stream().map(n -> n.getLayoutBounds().getHeight()).toList();
        probe.getChildren().clear();
        return heights;
    }

    private static List<List<Node>> deal(List<Node> flow, List<Double> heights, double room) {
        List<List<Node>> pages = new ArrayList<>();
        List<Node> page = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < flow.size(); i++) {
            double height = heights.get(i);
            boolean heading = isHeading(flow.get(i));
            double needed = height
                    + (heading && i + 1 < flow.size() ? GAP + Math.min(heights.get(i + 1), room / 3) : 0);
            if (!page.isEmpty() && used + GAP + needed > room) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            Node node = flow.get(i);
            if (height > room) {
                double scale = room / height;
                node.getTransforms().add(new Scale(scale, scale));
                node = new Group(node);
                height = room;
            }
            page.add(node);
            used += (used == 0 ? 0 : GAP) + height;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static boolean isHeading(Node node) {
        return node.getStyleClass().contains(PackNodes.HEADING) || node.getStyleClass().contains(PackNodes.SUBHEADING);
    }

    private static Node sheet(BriefingPack pack, List<Node> nodes, int number, int count) {
        VBox body = new VBox(GAP);
        body.getChildren().setAll(nodes);
        BorderPane sheet = new BorderPane(body);
        sheet.getStyleClass().add("print-page");
        sheet.setTop(band(PackNodes.label(pack.title() + " · " + pack.targetLabel(), "print-head"), pack,
                "print-head-band"));
        sheet.setBottom(band(PackNodes.label(pack.pageNumber(number, count), "print-foot"), pack, "print-foot-band"));
        sheet.setMinSize(WIDTH, HEIGHT);
        sheet.setPrefSize(WIDTH, HEIGHT);
        sheet.setMaxSize(WIDTH, HEIGHT);
        styled(sheet);
        return sheet;
    }

    private static HBox band(Label text, BriefingPack pack, String style) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        text.setWrapText(false);
        HBox band = new HBox(text, gap, PackNodes.marking(pack));
        band.getStyleClass().add(style);
        band.setMinHeight(style.contains("head") ? HEAD : FOOT);
        band.setPrefHeight(style.contains("head") ? HEAD : FOOT);
        return band;
    }

    /** Puts the node in a scene of its own with the app's stylesheet and lays it out. */
    private static void styled(Region node) {
        Scene scene = new Scene(new Group(node));
        scene.getStylesheets().add(Objects.requireNonNull(PackPages.class.getResource(STYLESHEET)).toExternalForm());
        node.applyCss();
        node.autosize();
        node.layout();
    }
}
