package org.briefingdesk.ui.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.briefing.PackSize;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.Choice;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.output.BriefingFormat;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.Debouncer;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The Podklady section without a stage: target choice, options, the preview, writing and cancelling. */
@ResourceLock(Locks.FX_TOOLKIT)
class BriefingsViewModelTest extends StoreFixture {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final Localization czech = Localization.forLanguage("cs");
    private final FakeDesktop desktop = new FakeDesktop();

    private BriefingsViewModel viewModel() {
        return viewModel(sampleStore());
    }

    private BriefingsViewModel viewModel(RecordStore store) {
        return viewModel(store, czech);
    }

    private BriefingsViewModel viewModel(RecordStore store, Localization l10n) {
        BriefingsViewModel vm = new BriefingsViewModel(new BriefingsViewModel.Context(store, l10n,
                new SameThreadTasks(), Debouncer.immediate(), Runnable::run, desktop.desktop(), TODAY, "tester"));
        vm.load();
        return vm;
    }

    @Test
    void aPackOfMoreThanThreeHundredPagesSaysHowManyAndNarrowingMakesItGo() {
        RecordStore store = sampleStore();
        String page = "Věta o azylovém řízení, která se v podkladu opakuje celou stranu. ".repeat(60);
        store.inTransaction(() -> {
            for (int i = 0; i < 330; i++) {
                store.statements().save(TypicalRecords.statement(SampleIds.COOPER, null, page + i));
            }
        });
        BriefingsViewModel vm = viewModel(store);
        vm.prepareFor(RecordKind.PERSON, SampleIds.COOPER);
        assertTrue(vm.pagesProperty().get() > PackSize.LARGE, "pages: " + vm.pagesProperty().get());
        String warning = vm.largeWarningProperty().get();
        assertTrue(warning.contains(czech.number(vm.pagesProperty().get())) && warning.contains("Zužte"), warning);
        vm.options().fromProperty().set("1. 4. 2025"); // the long statements are of 31 March
        assertTrue(vm.pagesProperty().get() < PackSize.LARGE, "pages: " + vm.pagesProperty().get());
        assertEquals("", vm.largeWarningProperty().get());
    }

    @Test
    void aPersonIsFoundByHerCzechAliasWithoutDiacritics() {
        BriefingsViewModel vm = viewModel();
        List<String> suggested = vm.suggest("cooperova").stream().map(Choice::label).toList();
        assertEquals(List.of("Yvette Cooper"), suggested);
        vm.targetTextProperty().set("cooperova");
        assertNull(vm.targetProperty().get(), "a partial name is not yet a target");
        assertEquals("Vyberte z nabídky záznam, který odpovídá „cooperova“.", vm.problemProperty().get(),
                "still choosing: a hint, not an error");
        vm.targetTextProperty().set("Nikdonikde");
        assertTrue(vm.problemProperty().get().contains("mezi záznamy (druh: osoba) není"), vm.problemProperty().get());
        vm.targetTextProperty().set("cooperova");
        vm.completeTarget();
        assertEquals("Yvette Cooper", vm.targetTextProperty().get());
        assertEquals(SampleIds.COOPER.toString(), vm.targetProperty().get().key());
        assertEquals("", vm.problemProperty().get());
    }

    @Test
    void countriesByCzechOrEnglishNameOrCodeAndEventsWithTheirDates() {
        BriefingsViewModel vm = viewModel();
        vm.kindProperty().set(BriefingTarget.Kind.COUNTRY);
        assertTrue(vm.suggest("GB").stream().anyMatch(c -> c.key().equals("GB")));
        assertTrue(vm.suggest("irsko").stream().anyMatch(c -> c.key().equals("IE")));
        assertTrue(vm.suggest("ireland").stream().anyMatch(c -> c.key().equals("IE")));
        vm.kindProperty().set(BriefingTarget.Kind.EVENT);
        assertTrue(vm.suggest("summit").stream()
                .anyMatch(c -> c.label().equals("Border Security Summit (31. 3. 2025)")),
                vm.suggest("summit").toString());
    }

    @Test
    void inEnglishEventsAreSuggestedWithTheEnglishDateAndItsDatesAreRead() {
        BriefingsViewModel vm = viewModel(sampleStore(), Localization.forLanguage("en"));
        vm.kindProperty().set(BriefingTarget.Kind.EVENT);
        assertTrue(vm.suggest("summit").stream()
                        .anyMatch(c -> c.label().equals("Border Security Summit (31 Mar 2025)")),
                vm.suggest("summit").toString());
        vm.prepareFor(RecordKind.EVENT, SampleIds.SUMMIT);
        vm.options().fromProperty().set("1 Mar 2025");
        vm.options().toProperty().set("2025-04-30");
        assertEquals("", vm.problemProperty().get());
        vm.options().fromProperty().set("1 Mars 2025");
        assertEquals("Cannot read the date \"1 Mars 2025\"; write e.g. 31 Mar 2025.", vm.problemProperty().get());
    }

    @Test
    void aRecordFromItsDetailViewBecomesTheTargetAndThePreviewFollows() {
        BriefingsViewModel vm = viewModel();
        vm.prepareFor(RecordKind.EVENT, SampleIds.SUMMIT);
        assertEquals(BriefingTarget.Kind.EVENT, vm.kindProperty().get());
        assertEquals(SampleIds.SUMMIT.toString(), vm.targetProperty().get().key());
        assertNotNull(vm.previewProperty().get());
        assertEquals("Border Security Summit", vm.previewProperty().get().targetLabel());
        vm.prepareFor(RecordKind.PERSON, SampleIds.COOPER);
        assertEquals("Yvette Cooper", vm.previewProperty().get().targetLabel());
        assertTrue(BriefingsViewModel.targetKind(RecordKind.STATEMENT).isEmpty());
    }

    @Test
    void datesAreCheckedAsTypedAndARangeMustNotRunBackwards() {
        BriefingsViewModel vm = viewModel();
        vm.prepareFor(RecordKind.PERSON, SampleIds.COOPER);
        vm.options().fromProperty().set("31. 13. 2025");
        assertTrue(vm.problemProperty().get().contains("31. 13. 2025"), vm.problemProperty().get());
        assertFalse(vm.canGenerateProperty().get());
        assertNull(vm.previewProperty().get());
        vm.options().fromProperty().set("1. dubna 2025");
        vm.options().toProperty().set("31. 3. 2025");
        assertEquals(czech.get("ui.briefings.error.range"), vm.problemProperty().get());
        vm.options().toProperty().set("2025-12-31");
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.canGenerateProperty().get());
        assertNotNull(vm.previewProperty().get());
    }

    @Test
    void aPdfIsWrittenWhereTheChooserSaysWithTheDefaultNameSuggested() throws Exception {
        BriefingsViewModel vm = viewModel();
        vm.prepareFor(RecordKind.PERSON, SampleIds.COOPER);
        Path out = folder.resolve("out/cooper.pdf");
        Files.createDirectories(out.getParent());
        desktop.answer = out;
        vm.generate();
        assertEquals("Podklad - Yvette Cooper - 2026-11-28.pdf", desktop.suggested.get(0).getFileName().toString());
        assertEquals("", vm.errorProperty().get());
        assertTrue(Files.exists(out));
        long size = Files.size(out);
        assertTrue(size > 5_000 && size < 1_000_000, "size " + size);
        assertEquals(out, vm.writtenProperty().get().file());
        assertEquals(1.0, vm.progressProperty().get(), 1e-9);
        assertFalse(vm.runningProperty().get());
        vm.openFile();
        vm.openFolder();
        assertEquals(List.of(out, out.toAbsolutePath().getParent()), desktop.opened);
    }

    @Test
    void theChosenFormatAndLanguageAreWritten() throws Exception {
        BriefingsViewModel vm = viewModel();
        vm.prepareFor(RecordKind.PERSON, SampleIds.COOPER);
        vm.formatProperty().set(BriefingFormat.HTML);
        vm.options().englishHeadingsProperty().set(true);
        desktop.answer = folder.resolve("cooper.html");
        vm.generate();
        String html = Files.readString(desktop.answer);
        assertTrue(html.contains("Yvette Cooper") && html.contains("Briefing"), html.substring(0, 300));
    }

    @Test
    void cancellingLeavesNoFile() {
        BriefingsViewModel vm = viewModel();
        vm.prepareFor(RecordKind.PERSON, SampleIds.COOPER);
        Path out = folder.resolve("cancelled.pdf");
        desktop.answer = out;
        vm.progressProperty().addListener((obs, old, progress) -> {
            if (progress.doubleValue() > 0.2) {
                vm.cancel();
            }
        });
        vm.generate();
        assertFalse(Files.exists(out));
        assertNull(vm.writtenProperty().get());
        assertEquals(czech.get("briefing.cancelled"), vm.errorProperty().get());
    }

    @Test
    void nothingIsWrittenWhenTheChooserIsCancelled() {
        BriefingsViewModel vm = viewModel();
        vm.prepareFor(RecordKind.PERSON, SampleIds.COOPER);
        desktop.answer = null;
        vm.generate();
        assertNull(vm.writtenProperty().get());
        assertFalse(vm.runningProperty().get());
    }
}
