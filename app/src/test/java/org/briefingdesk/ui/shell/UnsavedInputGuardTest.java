package org.briefingdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.Person;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.forms.FormTestKit;
import org.briefingdesk.ui.forms.RecordFormViewModel;
import org.briefingdesk.ui.forms.person.PersonFormViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The guard without a window: what each answer does to a changed form and to the action waiting on it. */
@ResourceLock(Locks.FX_TOOLKIT)
class UnsavedInputGuardTest extends StoreFixture {
    private final Localization czech = Localization.forLanguage("cs");
    private final FakeDialogs dialogs = new FakeDialogs(false);
    private final List<String> done = new ArrayList<>();
    private FormTestKit kit;
    private PersonFormViewModel form;
    private boolean discarded;
    private UnsavedInputGuard guard;

    @BeforeEach
    void openAForm() {
        kit = new FormTestKit(sampleStore());
        form = new PersonFormViewModel(kit.context(), null);
        guard = new UnsavedInputGuard(() -> discarded ? Optional.empty()
                : Optional.of(new UnsavedInputGuard.OpenForm() {
            @Override
            public RecordFormViewModel<?> viewModel() {
                return form;
            }

            @Override
            public void discard() {
                discarded = true;
            }
        }), dialogs, czech);
    }

    private void type(String given, String family) {
        form.textProperty("givenName").set(given);
        form.textProperty("familyName").set(family);
    }

    private List<String> familyNamesStored() {
        return kit.store.people().findAll().stream().map(Person::familyName).toList();
    }

    @Test
    void withoutAFormOrWithAnUnchangedOneTheActionGoesOnWithoutAQuestion() {
        guard.proceed(UnsavedInputGuard.Purpose.QUIT, () -> done.add("quit"));
        assertEquals(List.of("quit"), done);
        assertTrue(discarded, "the unchanged form is closed");
        assertEquals(List.of(), dialogs.shown);
    }

    @Test
    void zrusitKeepsTheFormAndItsInputAndTheActionDoesNotHappen() {
        type("Jana", "Nováková");
        guard.proceed(UnsavedInputGuard.Purpose.LANGUAGE, () -> done.add("language"));
        assertEquals(List.of("choose: Formulář „Nová osoba“ obsahuje neuložené změny."), dialogs.shown);
        assertEquals(List.of(), done);
        assertFalse(discarded);
        assertEquals("Nováková", form.textProperty("familyName").get());
    }

    @Test
    void zahoditDropsTheFormUnsavedAndTheActionGoesOn() {
        type("Jana", "Nováková");
        dialogs.choice = 1;
        guard.proceed(UnsavedInputGuard.Purpose.QUIT, () -> done.add("quit"));
        assertEquals(List.of("quit"), done);
        assertTrue(discarded);
        assertFalse(familyNamesStored().contains("Nováková"));
    }

    @Test
    void ulozitSavesFirstAndTheActionFollowsOnlyASuccessfulSave() {
        type("Jana", "Nováková");
        dialogs.choice = 0;
        guard.proceed(UnsavedInputGuard.Purpose.OPEN_RECORD, () -> done.add("open"));
        assertEquals(List.of("open"), done);
        assertTrue(familyNamesStored().contains("Nováková"));

        PersonFormViewModel invalid = new PersonFormViewModel(kit.context(), null);
        form = invalid;
        invalid.textProperty("givenName").set("J");
        invalid.textProperty("givenName").set(""); // changed, and without a name
        guard.proceed(UnsavedInputGuard.Purpose.QUIT, () -> done.add("quit"));
        assertEquals(List.of("open"), done, "an invalid form stays, with its sentences shown");
        assertFalse(invalid.errorProperty("familyName").get().isEmpty());
    }

    @Test
    void aFailedSaveKeepsTheFormAndTheAction() {
        type("Jana", "Nováková");
        kit.saveFailure = new IllegalStateException("disk full");
        dialogs.choice = 0;
        guard.proceed(UnsavedInputGuard.Purpose.QUIT, () -> done.add("quit"));
        assertEquals(List.of(), done);
        assertFalse(discarded);
        assertEquals("Nováková", form.textProperty("familyName").get());
    }
}
