package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Role;
import org.briefingdesk.testutil.FxSettle;
import org.junit.jupiter.api.Test;

/**
 * The real window, headless: a person of the press release entered through the form with the keyboard
 * (Ctrl+N, typing, Enter for aliases, Ctrl+S) lands in the database as the sample loader has it, and the
 * FX thread is never blocked by the loads and saves meanwhile.
 */
class RecordFormsTest extends WindowFixture {
    /**
     * The exact check is {@link FxThreadGuard}: no store call on the FX thread. This bound catches the rest
     * (a long computation on the FX thread); it is loose because headless software rendering on two shared
     * CI cores lays out a reloaded table in a few frames, which is drawing, not blocking. Waits for a processor
     * are left out ({@link FxThreadWatch}), so the class runs beside others.
     */
    static final long MAX_FX_GAP_MILLIS = 150;

    /** The organisations the person's role links to; the person is entered through the form. */
    @Override
    void fill(RecordStore opened) {
        opened.people().delete(SampleIds.OCALLAGHAN);
    }

    @Override
    String countsWhenOpen() {
        return "Osoby 2";
    }

    private void type(String fieldId, String text) {
        robot.clickOn(fieldId);
        robot.write(text, 0);
        FxSettle.settle();
    }

    @Test
    void aPersonEnteredThroughTheFormIsStoredAsTheSampleHasHimWithoutBlockingTheFxThread() {
        try (FxThreadWatch watch = new FxThreadWatch()) {
            window.openSection(Section.PEOPLE);
            watch.reset();
            keys(robot, KeyCode.CONTROL, KeyCode.N);
            waitUntil(() -> robot.lookup("#givenName").tryQuery().isPresent());
            waitUntil(() -> robot.lookup("#givenName").query().isFocused());
            robot.write("Jim", 0);
            type("#familyName", "O'Callaghan");
            type("#country", "Irsko");
            keys(robot, KeyCode.TAB); // leaves the suggestions, as a user does
            type("#aliases", "Jim O´Callaghan");
            keys(robot, KeyCode.ENTER);
            robot.write("Jimem O´Callaghanem", 0);
            keys(robot, KeyCode.ENTER);
            robot.clickOn("#rolesAdd");
            FxSettle.settle();
            TextField[] role = onFx(() -> robot.lookup("#rolesRow0").lookup(".text-field").queryAllAs(TextField.class)
                    .toArray(new TextField[0]));
            robot.clickOn(role[0]).write("ministr vnitra", 0);
            // The organisation picked from its suggestions (a Tab while they show would only close them).
            new FormHandle(robot).choose(role[1], "Department of Justice",
                    "Department of Justice, Home Affairs and Migration");
            new FormHandle(robot).type(role[2], "23. 1. 2025");
            keys(robot, KeyCode.TAB);
            FxSettle.settle();
            String errors = onFx(() -> robot.lookup(".field-error").queryAllAs(Label.class).stream()
                    .map(Label::getText).filter(t -> !t.isEmpty()).toList().toString());
            assertTrue(onFx(() -> !robot.lookup("#saveButton").queryAs(Button.class).isDisabled()), errors);
            long openingGap = watch.maxGapMillis();
            // Measured from here: the save, the table and counts reloading afterwards.
            watch.reset();
            keys(robot, KeyCode.CONTROL, KeyCode.S);
            waitUntil(() -> robot.lookup("#formPage").tryQuery().isEmpty());
            waitUntil(() -> window.statusCounts().contains("Osoby 3"));
            waitUntil(() -> window.firstColumn(Section.PEOPLE).contains("Jim O'Callaghan"));
            long gap = watch.maxGapMillis();
            System.getLogger("RecordFormsTest").log(System.Logger.Level.INFO, "max FX thread gap: " + gap
                    + " ms during save and reload (" + watch.maxWallGapMillis() + " ms of wall time); " + openingGap
                    + " ms while the form was built and typed into");
            // Exact: not one store call (load, save, count, search) ran on the FX thread.
            assertEquals(List.of(), guard.callsOnFxThread());
            // Timing: what remains on the FX thread is layout and CSS of the reloaded table, which on a
            // loaded two-core CI machine in software rendering takes a few frames, never a blocking save.
            assertTrue(gap < MAX_FX_GAP_MILLIS, "the FX thread was blocked for " + gap + " ms ("
                    + watch.maxWallGapMillis() + " ms of wall time)");
        }
        Person saved = store.people().findAll().stream().filter(p -> p.familyName().equals("O'Callaghan"))
                .findFirst().orElseThrow();
        assertEquals("Jim", saved.givenName());
        assertEquals("IE", saved.countryCode());
        assertEquals(List.of("Jim O´Callaghan", "Jimem O´Callaghanem"), saved.aliases());
        assertEquals(List.of(new Role("ministr vnitra", SampleIds.DEPARTMENT_OF_JUSTICE_IE, LocalDate.of(2025, 1, 23),
                null)), saved.roles());
    }
}
