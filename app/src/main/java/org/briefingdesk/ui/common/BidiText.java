package org.briefingdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Wrapped text that may mix left-to-right and right-to-left writing (a Czech note quoting an Arabic or
 * Hebrew statement). JavaFX 21 wraps such text wrongly when a line breaks inside a right-to-left run: the
 * run is drawn whole on the first line, past the edge, and its tail again on the next line (in a Label, a
 * Text and a one-Text TextFlow alike). In a TextFlow of one Text per word, lines break only between the
 * words and each line is ordered on its own, as the Unicode bidirectional algorithm has it. Text without
 * right-to-left letters stays a plain wrapped Label.
 */
public final class BidiText {
    private BidiText() {
    }

    /** A wrapped node showing {@code text}, styled {@code styleClass} (its words {@code styleClass-word}). */
    public static Node wrapped(String text, String styleClass) {
        if (!hasRightToLeft(text)) {
            Label label = new Label(text);
            label.getStyleClass().add(styleClass);
            label.setWrapText(true);
            return label;
        }
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(styleClass, "bidi-text");
        flow.setMinWidth(0);
        for (String word : text.split("(?<=\\s)")) {
            Text node = new Text(word);
            node.getStyleClass().add(styleClass + "-word");
            flow.getChildren().add(node);
        }
        return flow;
    }

    /** True when the text holds a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko …). */
    public static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(c -> {
            byte direction = Character.getDirectionality(c);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }
}
