package org.briefingdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefingdesk.ui.common.DialogService;

/** Answers confirmations with a fixed answer and records what was shown. */
final class FakeDialogs implements DialogService {
    final List<String> shown = new ArrayList<>();
    private final boolean answer;
    /** The answer {@link #choose} gives: an index, or -1 for the last (cancelling) one. */
    int choice = -1;

    FakeDialogs(boolean answer) {
        this.answer = answer;
    }

    @Override
    public boolean confirm(String title, String header, String message) {
        shown.add("confirm: " + title);
        return answer;
    }

    @Override
    public int choose(String title, String header, String message, List<String> answers) {
        shown.add("choose: " + header);
        return choice < 0 ? answers.size() - 1 : choice;
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
    public Optional<String> askText(String title, String header, String initialValue) {
        shown.add("ask: " + title);
        return answer ? Optional.of(initialValue) : Optional.empty();
    }
}
