package org.briefingdesk.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefingdesk.logic.records.VersionComparison;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.forms.person.PersonFormViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A form saved over a version someone else saved after it opened: both versions field by field,
 * the typed values kept until the user chooses, and either choice leaves nothing lost.
 */
@ResourceLock(Locks.FX_TOOLKIT)
@ResourceLock(Locks.TEST_SERVER)
class ServerConflictFormTest {
    private static final String PASSWORD = "heslo-formular";
    private RecordStore mine;
    private RecordStore colleague;
    private FormTestKit kit;
    private Person person;

    @BeforeEach
    void twoDesksOnePerson() {
        ServerAddress admin = TestServer.newDatabase();
        TestServer.opener().init(admin, null).close();
        TestServer.loginRole("kolega", PASSWORD);
        TestServer.opener().grant(admin, null, "kolega", Sensitivity.SENSITIVE, true);
        mine = TestServer.opener().open(admin, null);
        colleague = TestServer.opener().open(TestServer.as(admin, "kolega"), PASSWORD);
        person = mine.people().save(TypicalRecords.person("Vít", "Rakušan"));
        kit = new FormTestKit(mine);
    }

    @AfterEach
    void close() {
        mine.close();
        colleague.close();
    }

    private PersonFormViewModel formEditedAfterTheColleagueSaved() {
        PersonFormViewModel form = new PersonFormViewModel(kit.context(), person);
        colleague.people().save(RecordBuilder.from(person).with(Person::notes, "místopředseda vlády").build());
        form.textProperty("notes").set("ministr vnitra");
        form.save();
        return form;
    }

    @Test
    void bothVersionsAreShownFieldByFieldAndTheTypedValuesStay() {
        PersonFormViewModel form = formEditedAfterTheColleagueSaved();
        RecordFormViewModel.Conflict conflict = form.conflictProperty().get();
        assertNotNull(conflict);
        assertEquals(List.of(new VersionComparison.Row("Poznámky", "ministr vnitra", "místopředseda vlády")),
                conflict.rows());
        assertEquals("kolega", conflict.theirs().audit().updatedBy());
        assertTrue(form.formErrorProperty().get().startsWith("Záznam mezitím uložil(a) kolega"),
                form.formErrorProperty().get());
        assertEquals("ministr vnitra", form.textProperty("notes").get());
        assertNull(form.savedProperty().get());
        assertEquals("místopředseda vlády", mine.people().findById(person.id()).orElseThrow().notes());
    }

    @Test
    void keepingMineSavesItOverTheirsAndUndoPutsTheirsBack() {
        PersonFormViewModel form = formEditedAfterTheColleagueSaved();
        form.keepMine();
        assertNull(form.conflictProperty().get());
        assertNotNull(form.savedProperty().get());
        assertEquals("ministr vnitra", colleague.people().findById(person.id()).orElseThrow().notes());
        kit.undo.undo(e -> {
            throw new AssertionError(e);
        });
        assertEquals("místopředseda vlády", colleague.people().findById(person.id()).orElseThrow().notes(),
                "undo saves the colleague's version back, over the one this desk stored");
    }

    @Test
    void keepingTheirsDropsTheTypedValuesAndLeavesTheirVersion() {
        PersonFormViewModel form = formEditedAfterTheColleagueSaved();
        form.keepTheirs();
        assertEquals("místopředseda vlády", ((Person) form.savedProperty().get()).notes());
        assertEquals("místopředseda vlády", mine.people().findById(person.id()).orElseThrow().notes());
    }
}
