package org.briefingdesk.ui.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.briefingdesk.ui.forms.FormTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The review's rules on a real store: matches shown, links following decisions, edits, the guard on closing. */
@ResourceLock(Locks.FX_TOOLKIT)
class DraftingViewModelTest extends StoreFixture {
    private final Localization czech = Localization.forLanguage("cs");
    /** Its dialogs record what they showed; they refuse unless a test says otherwise. */
    private FormTestKit kit;

    private DraftingViewModel viewModel(RecordStore store) {
        kit = new FormTestKit(store);
        kit.answer = false;
        return new DraftingViewModel(store, new RecordService(store, czech), czech, new SameThreadTasks(),
                kit.dialogService(), kit.undo);
    }

    private static String seed() throws IOException {
        try (InputStream in = DraftingViewModelTest.class
                .getResourceAsStream("/sample/border-security-summit-2025.cs.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static DraftingViewModel.Row row(DraftingViewModel vm, RecordKind kind, String labelPart) {
        return vm.rows().stream().filter(r -> r.draft().kind() == kind && r.label().contains(labelPart)).findFirst()
                .orElseThrow(() -> new AssertionError(labelPart + " not among " + vm.rows()));
    }

    @Test
    void peopleOfTheRecordsAreShownAsMatches() throws IOException {
        DraftingViewModel vm = viewModel(sampleStore());
        vm.inputProperty().set(seed());
        vm.draftInput();
        assertEquals("odpovídá existujícímu záznamu Yvette Cooper",
                row(vm, RecordKind.PERSON, "Yvette Cooper").status());
        assertTrue(vm.summaryProperty().get().startsWith("Návrhů: "));
        assertFalse(vm.evidence().isEmpty(), "the first draft's evidence is shown");
    }

    @Test
    void aRejectedPersonLeavesTheMeetingAndEditsAreSaved() throws IOException {
        RecordStore store = newStore();
        DraftingViewModel vm = viewModel(store);
        vm.inputProperty().set(seed());
        vm.draftInput();
        vm.select(row(vm, RecordKind.PERSON, "O'Callaghan"));
        vm.reject();
        DraftingViewModel.Row rakusan = row(vm, RecordKind.PERSON, "Rakušan");
        Person edited = (Person) rakusan.draft().record();
        vm.select(rakusan);
        vm.applyEdit(new Person(edited.id(), "Mgr.", edited.givenName(), edited.familyName(), edited.countryCode(),
                "", List.of(), edited.roles(), edited.info()));
        vm.acceptRemaining();
        vm.save((kind, id) -> kit.dialogs.add("opened " + kind));
        assertTrue(kit.dialogs.contains("opened REPORT"), kit.dialogs.toString());
        assertEquals(2, store.people().count(), "O'Callaghan rejected");
        assertEquals("Mgr.", store.people().findAll().stream().filter(p -> p.familyName().equals("Rakušan"))
                .findFirst().orElseThrow().honorific());
        Event ireland = store.events().findAll().stream().filter(e -> e.title().contains("Irsk")).findFirst()
                .orElseThrow();
        assertEquals(1, ireland.participants().size(), "only the minister is left at the Irish meeting");
        assertEquals(1, store.statements().count());
        assertEquals(2, store.commitments().count());
    }

    @Test
    void closingAsksBeforeDroppingAcceptedDrafts() throws IOException {
        DraftingViewModel vm = viewModel(newStore());
        vm.inputProperty().set(seed());
        vm.draftInput();
        assertTrue(vm.confirmClose(), "nothing accepted: closes without asking");
        assertEquals(List.of(), kit.dialogs);
        vm.acceptRemaining();
        kit.answer = false;
        assertFalse(vm.confirmClose());
        assertEquals(1, kit.dialogs.size());
    }

    @Test
    void badInputIsOneSentenceAndNoReview() {
        RecordStore store = newStore();
        DraftingViewModel vm = viewModel(store);
        vm.inputProperty().set("  ");
        vm.draftInput();
        assertEquals(czech.get("drafting.error.empty"), vm.errorProperty().get());
        assertNull(vm.reviewProperty().get());
        assertEquals(0, store.counts().values().stream().mapToLong(Long::longValue).sum());
    }
}
