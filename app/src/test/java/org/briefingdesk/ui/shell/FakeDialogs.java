package org.briefingdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.ui.common.DialogService;

/** Answers confirmations with a fixed answer and records what was shown. */
final class FakeDialogs implements DialogService {
    final List<String> shown = new ArrayList<>();
    private final boolean answer;

    FakeDialogs(boolean answer) {
        this.answer = answer;
    }

    @Override
    public boolean confirm(String title, String header, String message) {
        shown.add("confirm: " + title);
        return answer;
    }

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + message);
    }

    @Override
    public void showInformation(String title, String header, String message) {
        shown.add("info: " + message);
    }

    /** Answers text questions with the initial value (when agreeing) or cancels. */
    @Override
    public java.util.Optional<String> askText(String title, String header, String initialValue) {
        shown.add("ask: " + title);
        return answer ? java.util.Optional.of(initialValue) : java.util.Optional.empty();
    }
}
