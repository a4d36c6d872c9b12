package org.briefingdesk.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.briefingdesk.logic.rules.RecordValidator;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatusChange;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.forms.commitment.CommitmentFormViewModel;
import org.briefingdesk.ui.forms.event.EventFormViewModel;
import org.briefingdesk.ui.forms.organisation.OrganisationFormViewModel;
import org.briefingdesk.ui.forms.person.PersonFormViewModel;
import org.briefingdesk.ui.forms.person.RoleRow;
import org.briefingdesk.ui.forms.report.FollowUpRow;
import org.briefingdesk.ui.forms.report.ReportFormViewModel;
import org.briefingdesk.ui.forms.statement.StatementFormViewModel;
import org.briefingdesk.ui.forms.topic.TopicFormViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Every validation rule of the forms, on the ViewModels (no stage), with the sentence the user reads. */
@ResourceLock(Locks.FX_TOOLKIT)
class FormValidationTest extends StoreFixture {
    private FormTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new FormTestKit(sampleStore());
    }

    private EventFormViewModel newEvent() {
        return new EventFormViewModel(kit.context(), null);
    }

    @Test
    void aNewFormShowsNoSentenceUntilEditedButCannotBeSavedEmpty() {
        EventFormViewModel form = newEvent();
        assertFalse(form.validProperty().get());
        assertEquals("", form.errorProperty("title").get());
        form.save();
        assertEquals("Vyplňte název.", form.errorProperty("title").get(), "an attempt to save shows every sentence");
    }

    @Test
    void titleIsRequiredAndSentenceShowsAsYouType() {
        EventFormViewModel form = newEvent();
        form.textProperty("title").set("x");
        form.textProperty("title").set("  ");
        assertEquals("Vyplňte název.", form.errorProperty("title").get());
        form.textProperty("title").set("Border Security Summit");
        assertEquals("", form.errorProperty("title").get());
        assertTrue(form.validProperty().get());
    }

    @Test
    void datesAcceptCzechFormsAndIsoAndNameUnreadableOnes() {
        EventFormViewModel form = newEvent();
        form.textProperty("title").set("Summit");
        for (String date : List.of("31. 3. 2025", "31.03.2025", "31. března 2025", "2025-03-31")) {
            form.textProperty("startDate").set(date);
            assertEquals("", form.errorProperty("startDate").get(), date);
        }
        form.textProperty("startDate").set("31. 2. 2025");
        assertTrue(form.errorProperty("startDate").get().startsWith("Datum „31. 2. 2025“ nelze přečíst"));
        assertFalse(form.validProperty().get());
    }

    @Test
    void inEnglishDateFieldsShowTheEnglishDatesOfTheDetailAndReadThemBack() {
        FormTestKit english = new FormTestKit(kit.store, "en");
        Event summit = english.store.events().findById(SampleIds.SUMMIT).orElseThrow();
        EventFormViewModel form = new EventFormViewModel(english.context(), summit);
        assertEquals("31 Mar 2025", form.textProperty("startDate").get());
        for (String date : List.of("31 Mar 2025", "31 March 2025", "2025-03-31", "30 Sep 2025")) {
            form.textProperty("startDate").set(date);
            assertEquals("", form.errorProperty("startDate").get(), date);
        }
        form.textProperty("startDate").set("31 Mars 2025");
        assertEquals("The date \"31 Mars 2025\" cannot be read; enter it as 31 Mar 2025, 31 March 2025 or 2025-03-31.",
                form.errorProperty("startDate").get());
        ReportFormViewModel report = new ReportFormViewModel(english.context(),
                english.store.reports().findById(SampleIds.SUMMIT_REPORT).orElseThrow());
        assertEquals("31 Mar 2025", report.textProperty("date").get());

        assertEquals("31. 3. 2025", new EventFormViewModel(kit.context(), summit).textProperty("startDate").get(),
                "Czech stays as it is");
    }

    @Test
    void anImpossibleYearIsRefusedAtTheFieldAndNotReadAsAnotherYear() {
        EventFormViewModel form = newEvent();
        form.textProperty("title").set("Summit");
        for (String date : List.of("1. 1. 0000", "0001-01-01", "31. 12. 1899", "1. 1. 2101", "1. 1. 9999")) {
            form.textProperty("startDate").set(date);
            assertEquals("Datum „" + date + "“ má nemožný rok; zadejte rok mezi 1900 a 2100.",
                    form.errorProperty("startDate").get(), date);
            assertFalse(form.validProperty().get(), date);
        }
    }

    @Test
    void aDateMoreThanFiftyYearsFromTodayIsAskedAboutBeforeSaving() {
        EventFormViewModel form = newEvent();
        form.textProperty("title").set("Summit o archivech");
        form.textProperty("startDate").set("1. 1. 1950");
        kit.answer = false;
        form.save();
        assertEquals(List.of("Datum 1. 1. 1950 je od dneška víc než 50 let daleko."), kit.dialogs);
        assertNull(form.savedProperty().get(), "kept for a correction");
        kit.answer = true;
        form.save();
        assertNotNull(form.savedProperty().get());

        EventFormViewModel near = newEvent();
        near.textProperty("title").set("Summit");
        near.textProperty("startDate").set(LocalDate.now().minusYears(49).toString());
        kit.dialogs.clear();
        near.save();
        assertEquals(List.of(), kit.dialogs, "a date within fifty years is not asked about");
        assertNotNull(near.savedProperty().get());
    }

    @Test
    void anEndBeforeTheStartIsRefusedAtTheEnd() {
        EventFormViewModel form = newEvent();
        form.textProperty("title").set("Summit");
        form.textProperty("startDate").set("31. 3. 2025");
        form.textProperty("endDate").set("30. 3. 2025");
        assertEquals("Akce končí dřív, než začíná.", form.errorProperty("endDate").get());
    }

    @Test
    void countriesMustBeAWholeNumberAndNotNegative() {
        EventFormViewModel form = newEvent();
        form.textProperty("title").set("Summit");
        form.textProperty("participatingCountries").set("čtyřicet");
        assertEquals("„čtyřicet“ není celé číslo.", form.errorProperty("participatingCountries").get());
        form.textProperty("participatingCountries").set("-1");
        assertEquals("Počet zemí nemůže být záporný.", form.errorProperty("participatingCountries").get());
        form.textProperty("participatingCountries").set("40");
        assertTrue(form.validProperty().get());
    }

    @Test
    void aLinkMustNameAKnownRecordAndCompletesWithoutDiacritics() {
        EventFormViewModel form = newEvent();
        form.textProperty("title").set("Summit");
        form.linkField("organiserId").textProperty().set("Ministerstvo zahraničí Narnie");
        assertEquals("„Ministerstvo zahraničí Narnie“ v databázi není; vyberte záznam z nabídky.",
                form.errorProperty("organiserId").get());
        form.linkField("organiserId").textProperty().set("home off");
        form.linkField("organiserId").completeUnique();
        assertEquals("Home Office", form.linkField("organiserId").textProperty().get());
        assertEquals("", form.errorProperty("organiserId").get());
        LinkField country = form.linkField("countryCode");
        assertEquals(1, country.suggest("spojene kral").size(), "countries by Czech name without diacritics");
        assertEquals("GB", country.suggest("United Kingdom").get(0).key(), "and by English name");
        assertEquals("GB", country.suggest("gb").stream().filter(c -> c.key().equals("GB")).findFirst()
                .orElseThrow().key(), "and by code");
    }

    @Test
    void peopleAreSuggestedByAliasIgnoringDiacritics() {
        StatementFormViewModel form = new StatementFormViewModel(kit.context(), null);
        assertEquals("Yvette Cooper", form.linkField("speakerId").suggest("cooperova").get(0).label());
        assertEquals("Vít Rakušan", form.linkField("speakerId").suggest("rakusan").get(0).label());
    }

    @Test
    void aStatementNeedsASpeakerAndText() {
        StatementFormViewModel form = new StatementFormViewModel(kit.context(), null);
        form.save();
        assertEquals("Výrok musí mít mluvčího.", form.errorProperty("speakerId").get());
        assertEquals("Vyplňte text.", form.errorProperty("text").get());
    }

    @Test
    void aPersonNeedsANameAndRolesEndAfterTheyStart() {
        PersonFormViewModel form = new PersonFormViewModel(kit.context(), null);
        form.save();
        assertEquals("Osoba musí mít jméno nebo příjmení.", form.errorProperty("familyName").get());
        form.textProperty("familyName").set("Rakušan");
        form.addRole();
        RoleRow role = form.<RoleRow>rowList("roles").get(0);
        role.titleProperty().set("ministr vnitra");
        role.fromProperty().set("17. 12. 2021");
        role.toProperty().set("1. 1. 2020");
        assertEquals("Funkce „ministr vnitra“ končí dřív, než začíná.", role.errorProperty().get());
        assertFalse(form.validProperty().get());
        role.toProperty().set("");
        assertTrue(form.validProperty().get());
    }

    @Test
    void textFarLongerThanAnyRealFieldAndControlCharactersAreRefusedAtTheField() {
        OrganisationFormViewModel form = new OrganisationFormViewModel(kit.context(), null);
        form.textProperty("name").set("x".repeat(RecordValidator.MAX_SHORT_TEXT + 1));
        assertEquals("Text je delší než 500 znaků.", form.errorProperty("name").get());
        form.textProperty("name").set("Home\u0007Office");
        assertEquals("Text obsahuje neplatné řídicí znaky.", form.errorProperty("name").get());
    }

    @Test
    void aTopicNeedsANameAndCannotBeItsOwnParent() {
        TopicFormViewModel form = new TopicFormViewModel(kit.context(), kit.store.topics()
                .findById(SampleIds.of("topic:migration")).orElseThrow());
        form.textProperty("name").set("");
        assertEquals("Vyplňte název.", form.errorProperty("name").get());
        assertTrue(form.linkField("parentId").suggest("migrace").stream()
                        .noneMatch(c -> c.key().equals(form.id().toString())),
                "a topic is not offered as its own parent");
    }

    @Test
    void aParentThatWouldMakeACycleIsRefusedAtSaveAtTheFieldAndNothingIsSaved() {
        Event summit = kit.store.events().findById(SampleIds.SUMMIT).orElseThrow();
        EventFormViewModel form = new EventFormViewModel(kit.context(), summit);
        form.linkField("parentId").textProperty().set("Bilaterální jednání s Irskem: Vít Rakušan – Jim O'Callaghan");
        assertTrue(form.validProperty().get(), "the cycle needs the database: it is checked on saving");
        form.save();
        assertEquals("Akce nemůže být nadřazená sama sobě (ani přes jiné akce).", form.errorProperty("parentId").get());
        assertEquals("Akce nemůže být nadřazená sama sobě (ani přes jiné akce).", form.formErrorProperty().get());
        assertNull(kit.store.events().findById(SampleIds.SUMMIT).orElseThrow().parentId(), "nothing saved");
        assertNull(form.savedProperty().get());
    }

    @Test
    void aCommitmentStatusChangeIsAppendedWithItsDateNeverOverwritten() {
        Commitment before = kit.store.commitments().findById(SampleIds.MIGRATION_LAW_COMMITMENT).orElseThrow();
        CommitmentFormViewModel form = new CommitmentFormViewModel(kit.context(), before, LocalDate.of(2025, 6, 1));
        form.valueProperty("status").set(CommitmentStatus.IN_PROGRESS);
        form.textProperty("statusNote").set("Novela ve vládě.");
        form.save();
        Commitment after = kit.store.commitments().findById(SampleIds.MIGRATION_LAW_COMMITMENT).orElseThrow();
        assertEquals(CommitmentStatus.IN_PROGRESS, after.status());
        assertEquals(List.of(before.history().get(0),
                new StatusChange(LocalDate.of(2025, 6, 1), CommitmentStatus.IN_PROGRESS, "Novela ve vládě.")),
                after.history());
        form.textProperty("statusDate").set("");
        assertEquals("Zadejte datum změny stavu.", form.errorProperty("statusDate").get());
    }

    @Test
    void aReportFollowUpNeedsAnActionAndAReadableDate() {
        ReportFormViewModel form = new ReportFormViewModel(kit.context(), null);
        form.textProperty("title").set("Zpráva");
        form.addFollowUp();
        FollowUpRow followUp = form.<FollowUpRow>rowList("followUps").get(0);
        followUp.dueDateProperty().set("zítra");
        assertTrue(followUp.errorProperty().get().startsWith("Datum „zítra“"));
        assertEquals("Opravte označený řádek.", form.errorProperty("followUps").get());
        followUp.dueDateProperty().set("30. 6. 2025");
        assertEquals("Vyplňte, co je třeba udělat.", followUp.errorProperty().get());
    }

    @Test
    void aNewPersonWithAKnownAliasIsFlaggedAndSavedOnlyWhenConfirmed() {
        PersonFormViewModel form = new PersonFormViewModel(kit.context(), null);
        form.textProperty("givenName").set("Ivette");
        form.textProperty("familyName").set("Cooperova");
        assertNotNull(form.duplicateProperty().get());
        assertEquals(SampleIds.COOPER, form.duplicateProperty().get().id());
        kit.answer = false;
        form.save();
        assertNull(form.savedProperty().get());
        assertEquals(3, kit.store.people().count());
        assertTrue(kit.dialogs.get(0).contains("Yvette Cooper"), kit.dialogs.toString());
    }

    @Test
    void aSaveThatFailsKeepsTheInput() {
        Statement statement = kit.store.statements().findById(SampleIds.RAKUSAN_STATEMENT).orElseThrow();
        StatementFormViewModel form = new StatementFormViewModel(kit.context(), statement);
        kit.saveFailure = new StoreException("error.db.full", "briefing-desk.db");
        form.textProperty("text").set("Nový text");
        form.save();
        assertEquals("Na disku není místo; změna se do souboru briefing-desk.db neuložila.",
                form.formErrorProperty().get());
        assertEquals("Nový text", form.textProperty("text").get());
        assertNull(form.savedProperty().get());
    }

    @Test
    void escAsksOnlyWhenSomethingWasTyped() {
        PersonFormViewModel form = new PersonFormViewModel(kit.context(), null);
        assertTrue(form.confirmCancel());
        assertTrue(kit.dialogs.isEmpty());
        form.textProperty("givenName").set("Jim");
        kit.answer = false;
        assertFalse(form.confirmCancel());
        assertEquals(1, kit.dialogs.size());
    }
}
