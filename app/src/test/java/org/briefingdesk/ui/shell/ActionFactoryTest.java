package org.briefingdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.testutil.Locks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.testfx.api.FxToolkit;

/** One action, three controls that agree: the menu item, the toolbar button and the shortcut line. */
@ResourceLock(Locks.FX_TOOLKIT)
class ActionFactoryTest {
    private final AtomicInteger redone = new AtomicInteger();
    private final SimpleBooleanProperty canRedo = new SimpleBooleanProperty(true);
    private final SimpleStringProperty redoText = new SimpleStringProperty("Redo: editing person Yvette Cooper");
    private final WindowAction redo = WindowAction.of("redo", "ui.menu.redo", redone::incrementAndGet)
            .withKeys("Shortcut+Y", "Shortcut+Shift+Z").withIcon("↷").withText(redoText).enabledWhen(canRedo);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // key names as the desktop writes them come from the toolkit
    }

    @Test
    void theMenuItemHasTheActionsIdKeyLabelAndCondition() {
        MenuItem item = new ActionFactory(Localization.forLanguage("en")).menuItem(redo);
        assertEquals("redoItem", item.getId());
        assertEquals(KeyCombination.valueOf("Shortcut+Y"), item.getAccelerator());
        assertEquals("Redo: editing person Yvette Cooper", item.getText());
        item.fire();
        assertEquals(1, redone.get());
        canRedo.set(false);
        assertTrue(item.isDisable(), "the item follows the action's condition");
    }

    @Test
    void theToolbarButtonShowsTheGlyphAndTheLabelWithItsKeyAsTooltip() {
        Button button = new ActionFactory(Localization.forLanguage("en")).button(redo);
        assertEquals("redoButton", button.getId());
        assertEquals("↷", button.getText());
        String key = KeyCombination.valueOf("Shortcut+Y").getDisplayText();
        assertEquals("Redo: editing person Yvette Cooper (" + key + ")", button.getTooltip().getText());
        redoText.set("Redo");
        assertEquals("Redo (" + key + ")", button.getTooltip().getText(), "the tooltip follows the label");
        canRedo.set(false);
        assertTrue(button.isDisable());
    }

    @Test
    void theShortcutListNamesEveryKeyInTheWindowsLanguage() {
        WindowAction about = WindowAction.of("about", "ui.menu.about", () -> { });
        WindowAction help = WindowAction.of("shortcuts", "ui.menu.shortcuts", () -> { }).withKeys("F1");
        String keys = KeyCombination.valueOf("Shortcut+Y").getDisplayText() + " / "
                + KeyCombination.valueOf("Shortcut+Shift+Z").getDisplayText();
        assertEquals(List.of(new ActionFactory.Shortcut("Redo", keys), new ActionFactory.Shortcut("Keyboard shortcuts",
                "F1")), new ActionFactory(Localization.forLanguage("en")).shortcuts(List.of(redo, about, help)));
        assertEquals(List.of(new ActionFactory.Shortcut("Znovu", keys), new ActionFactory.Shortcut("Klávesové zkratky",
                "F1")), new ActionFactory(Localization.forLanguage("cs")).shortcuts(List.of(redo, about, help)));
    }

    @Test
    void anExtraKeyRunsTheActionOnlyWhenItCanBeUsed() {
        Pane root = new Pane();
        new ActionFactory(Localization.forLanguage("cs")).handleExtraKeys(root, List.of(redo));
        KeyEvent shiftZ = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.Z, true, true, false, false);
        Event.fireEvent(root, shiftZ.copyFor(root, root));
        assertEquals(1, redone.get());
        canRedo.set(false);
        Event.fireEvent(root, shiftZ.copyFor(root, root));
        assertEquals(1, redone.get(), "Ctrl+Shift+Z does nothing while redo is off");
        assertFalse(redo.enabled().get());
    }
}
