package org.briefingdesk.ui.forms;

import javafx.scene.Node;
import javafx.scene.Parent;

/** A record kind's form body (its FXML), bound to its ViewModel. */
public interface FormView {
    Parent root();

    /** Where the cursor goes when the form opens. */
    Node firstField();
}
