package org.briefingdesk.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/**
 * Stands between the open form and whatever would take it away: quitting, closing the window, a change
 * of language, a search hit opened from the form. A form with unsaved input asks Uložit / Zahodit /
 * Zrušit; the action goes on only once nothing typed would be lost, and Zrušit keeps the form as it was.
 * A form that is being saved is waited for. No nodes here.
 */
final class UnsavedInputGuard {
    /** Why the form would go: each has its own sentence in the question. */
    enum Purpose {
        QUIT("ui.unsaved.quit"), LANGUAGE("ui.unsaved.language"), OPEN_RECORD("ui.unsaved.open"),
        OPEN_FILE("ui.unsaved.file"), SETTINGS("ui.unsaved.settings");

        private final String key;

        Purpose(String key) {
            this.key = key;
        }
    }

    /** The open form as the guard needs it: its fields, and closing it without another question. */
    interface OpenForm {
        RecordFormViewModel<?> viewModel();

        void discard();
    }

    private static final int SAVE = 0;
    private static final int DISCARD = 1;

    private final Supplier<Optional<OpenForm>> form;
    private final DialogService dialogs;
    private final Localization l10n;

    UnsavedInputGuard(Supplier<Optional<OpenForm>> form, DialogService dialogs, Localization l10n) {
        this.form = form;
        this.dialogs = dialogs;
        this.l10n = l10n;
    }

    /**
     * Runs {@code then} once no typed input would be lost: at once without a form or with an unchanged one
     * (which is closed), after a successful save, or after the user chose to discard. Never when the user
     * keeps the form or its save fails (the form then says why).
     */
    void proceed(Purpose purpose, Runnable then) {
        Optional<OpenForm> open = form.get();
        if (open.isEmpty()) {
            then.run();
            return;
        }
        RecordFormViewModel<?> viewModel = open.get().viewModel();
        if (viewModel.busyProperty().get()) {
            // Ctrl+S then at once Ctrl+Q: the save decides whether there is anything left to ask about.
            whenIdle(viewModel, () -> proceed(purpose, then));
            return;
        }
        if (!viewModel.dirtyProperty().get()) {
            open.get().discard();
            then.run();
            return;
        }
        int answer = dialogs.choose(l10n.get("ui.unsaved.title"), l10n.get("ui.unsaved.header", viewModel.heading()),
                l10n.get(purpose.key), List.of(l10n.get("ui.unsaved.save"), l10n.get("ui.unsaved.discard"),
                        l10n.get("ui.unsaved.keep")));
        if (answer == SAVE) {
            viewModel.save();
            if (viewModel.savedProperty().get() != null) {
                then.run();
            } else if (viewModel.busyProperty().get()) {
                whenIdle(viewModel, () -> {
                    if (viewModel.savedProperty().get() != null) {
                        then.run();
                    }
                });
            }
            // Neither saved nor saving: the form is invalid and now shows every field's sentence; it stays.
        } else if (answer == DISCARD) {
            open.get().discard();
            then.run();
        }
    }

    private static void whenIdle(RecordFormViewModel<?> viewModel, Runnable then) {
        viewModel.busyProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> busy, Boolean was, Boolean now) {
                if (!now) {
                    busy.removeListener(this);
                    then.run();
                }
            }
        });
    }
}
