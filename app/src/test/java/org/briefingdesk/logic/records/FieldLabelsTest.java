package org.briefingdesk.logic.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change history in the detail pane names who, when and which fields changed, in the user's words. */
class FieldLabelsTest {
    private RecordStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private ChangeEntry lastChangeOfCooperAfterAnEdit(Path folder) {
        store = TestStores.createSample(folder);
        Person cooper = store.people().findById(SampleIds.COOPER).orElseThrow();
        new RecordService(store, Localization.forLanguage("cs")).save(RecordBuilder.from(cooper)
                .with(Person::givenName, "Yvette").with(Person::familyName, "Cooperová")
                .withAll(Person::aliases, "Ivette Cooperová").build());
        List<ChangeEntry> history = new RecordDetailService(store, Localization.forLanguage("cs"))
                .describe(SampleIds.COOPER).orElseThrow().history();
        assertEquals(2, history.size(), "created by the sample, then edited");
        return history.get(1);
    }

    @Test
    void anEditNamesItsFieldsInCzech(@TempDir Path folder) {
        ChangeEntry edit = lastChangeOfCooperAfterAnEdit(folder);
        assertEquals(ChangeEntry.Action.UPDATE, edit.action());
        assertEquals(TestStores.USER, edit.changedBy());
        assertEquals(TestStores.NOW, edit.changedAt());
        assertEquals(List.of("příjmení", "jiné podoby jména"),
                FieldLabels.changed(Localization.forLanguage("cs"), edit));
    }

    @Test
    void andInEnglish(@TempDir Path folder) {
        ChangeEntry edit = lastChangeOfCooperAfterAnEdit(folder);
        assertEquals(List.of("family name", "aliases"), FieldLabels.changed(Localization.forLanguage("en"), edit));
    }

    @Test
    void theHistoryNeverListsTheId(@TempDir Path folder) {
        store = TestStores.create(folder);
        Person saved = new RecordService(store, Localization.forLanguage("cs"))
                .save(RecordBuilder.aPerson().with(Person::givenName, "Jana").with(Person::familyName, "Nováková")
                .build());
        ChangeEntry created = store.history().findByRecord(saved.id()).get(0);
        assertEquals(ChangeEntry.Action.CREATE, created.action());
        assertFalse(created.changedFields().contains("id"), created.changedFields().toString());

        // A file written by an earlier build recorded the id among a new record's fields.
        ChangeEntry older = new ChangeEntry(1, saved.id(), RecordKind.PERSON, ChangeEntry.Action.CREATE,
                TestStores.NOW, "root", List.of("id", "givenName", "familyName"));
        assertEquals(List.of("jméno", "příjmení"), FieldLabels.changed(Localization.forLanguage("cs"), older));
    }

    @Test
    void aFieldTheBundlesDoNotKnowKeepsItsOwnName() {
        assertEquals("jméno", FieldLabels.label(Localization.forLanguage("cs"), RecordKind.PERSON, "givenName"));
        assertEquals("shoeSize", FieldLabels.label(Localization.forLanguage("cs"), RecordKind.PERSON, "shoeSize"));
    }
}
