package org.briefingdesk.ui.common;

import java.util.regex.Pattern;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.DoubleExpression;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of text in a label's font, for layouts short of room: a wrapping label squeezed below its widest word breaks
 * that word letter by letter (once "Databáze:" stood one letter a line over half the window), so such labels keep
 * their widest word as their minimum. Words part at spaces; a no-break space joins, as in "Akce 100 000".
 */
public final class WholeWords {
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n]+");

    private WholeWords() {
    }

    /** The width of the widest word of {@code text} in {@code font}; 0 for no text. */
    public static double widestWord(String text, Font font) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String word : SPACES.split(text.strip())) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /** The width of {@code text} on one line in {@code font}. */
    public static double width(String text, Font font) {
        Text probe = new Text(text == null ? "" : text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    /** Keeps a wrapping label no narrower than its widest word as its text and font change. */
    public static void keepWhole(Labeled label) {
        InvalidationListener fit = o -> label.setMinWidth(Math.ceil(widestWord(label.getText(), label.getFont()))
                + label.snappedLeftInset() + label.snappedRightInset() + 1);
        label.textProperty().addListener(fit);
        label.fontProperty().addListener(fit);
        fit.invalidated(null);
    }

    /**
     * Keeps a one-line label whole while it takes no more than {@code share} of {@code room}; past that it gives up
     * the rest (its text overrun says which end), so that a long file path cannot push everything else aside.
     */
    public static void keepWholeUpTo(Labeled label, DoubleExpression room, double share) {
        InvalidationListener fit = o -> label.setMinWidth(Math.min(room.get() * share,
                Math.ceil(width(label.getText(), label.getFont())) + label.snappedLeftInset()
                        + label.snappedRightInset() + 1));
        label.textProperty().addListener(fit);
        label.fontProperty().addListener(fit);
        room.addListener(fit);
        fit.invalidated(null);
    }
}
