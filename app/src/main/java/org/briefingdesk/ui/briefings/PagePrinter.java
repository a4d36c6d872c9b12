package org.briefingdesk.ui.briefings;

import java.util.List;
import javafx.scene.Node;

/**
 * Prints page-sized nodes ({@link PackPages#WIDTH} × {@link PackPages#HEIGHT} points, A4 within its
 * margins) through the system's printer dialog; a fake in tests looks at the pages instead.
 */
public interface PagePrinter {
    /** Shows the printer dialog and prints the pages; false when the user cancelled or no printer is there. */
    boolean print(List<Node> pages);
}
