package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.ui.settings.UserIdentity;
import org.briefingdesk.ui.settings.UserSettings;
import org.junit.jupiter.api.Test;

/**
 * The first start on an empty file: Nastavení asks once for the name, proposing the operating system's; closed
 * without a change the proposal is kept (not asked again); then the sample is offered.
 */
class FirstStartWindowTest extends WindowFixture {
    private final UserSettings settings = UserSettings.inMemory(null);
    private final DialogHandle dialog = new DialogHandle(robot);

    @Override
    WindowSetup setup() {
        return WindowSetup.inMemory(preference).withSettings(settings);
    }

    /** Holds the file's opening until the test runs: the handle made before it closes stray dialogs. */
    private final CountDownLatch opening = new CountDownLatch(1);

    @Override
    boolean startsWithSample() {
        return false; // a first start
    }

    @Override
    void fill(RecordStore opened) {
        try {
            opening.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    String countsWhenOpen() {
        return ""; // the test starts before the file is open
    }

    @Test
    void theNameIsAskedOnceThenTheSampleIsOffered() {
        opening.countDown();
        dialog.waitFor("Vítejte");
        String proposed = onFx(() -> robot.lookup("#settingsName").queryAs(TextField.class).getText());
        assertEquals(UserIdentity.fromOperatingSystem().name(), proposed);
        dialog.answer("Zrušit");
        assertEquals(Optional.of(new UserIdentity(proposed, "")), settings.identity(), "kept: not asked again");

        dialog.waitFor("prázdná");
        dialog.answer("Ne");
        assertTrue(onFx(() -> robot.lookup("#settingsName").tryQuery().isEmpty()));
    }
}
