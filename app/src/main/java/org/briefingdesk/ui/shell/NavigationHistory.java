package org.briefingdesk.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.briefingdesk.model.RecordKind;

/** Back and forward through the records opened, like a browser's history. No nodes here. */
public final class NavigationHistory {
    /** One record that was shown. */
    public record Place(RecordKind kind, UUID id) {
    }

    private final Deque<Place> back = new ArrayDeque<>();
    private final Deque<Place> forward = new ArrayDeque<>();
    private final SimpleBooleanProperty canGoBack = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty canGoForward = new SimpleBooleanProperty(false);
    private Place current;

    /** A record was opened: it becomes the current place and the forward list is dropped. */
    public void visit(RecordKind kind, UUID id) {
        Place place = new Place(kind, id);
        if (id == null || Objects.equals(place, current)) {
            return;
        }
        if (current != null) {
            back.push(current);
        }
        current = place;
        forward.clear();
        update();
    }

    public Optional<Place> goBack() {
        if (back.isEmpty()) {
            return Optional.empty();
        }
        forward.push(current);
        current = back.pop();
        update();
        return Optional.of(current);
    }

    public Optional<Place> goForward() {
        if (forward.isEmpty()) {
            return Optional.empty();
        }
        back.push(current);
        current = forward.pop();
        update();
        return Optional.of(current);
    }

    private void update() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack;
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward;
    }
}
