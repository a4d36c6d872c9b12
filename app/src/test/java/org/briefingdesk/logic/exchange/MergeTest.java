package org.briefingdesk.logic.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.StoreFixture;
import org.junit.jupiter.api.Test;

/**
 * Two desks that exchanged the sample, then both worked on it: the second bundle is a three-way merge with
 * records changed on one side, on the other, on both, and a probable duplicate; applied, then undone as one step.
 */
class MergeTest extends StoreFixture {
    private static final Localization CS = Localization.forLanguage("cs");

    private RecordStore ours;
    private RecordStore theirs;

    private void twoDesksThatExchanged() throws Exception {
        theirs = newStore(TestStores.tickingOpener());
        new SampleDataLoader().load(theirs);
        ours = newStore(TestStores.tickingOpener());
        Path first = folder.resolve("first.bdesk");
        BundleFiles.export(theirs, first);
        RecordImport importer = new RecordImport(ours);
        importer.apply(importer.preview(first, ImportFormat.BUNDLE, ExchangeMonitor.NONE),
                new MergeDecisions(MergeDecisions.Policy.OURS), ExchangeMonitor.NONE);
    }

    private static Person person(RecordStore store, String family) {
        return store.people().findAll().stream().filter(p -> p.familyName().equals(family)).findFirst().orElseThrow();
    }

    private static Topic withDescription(Topic t, String description, String nameEn) {
        return new Topic(t.id(), t.name(), nameEn, t.parentId(), description, t.info());
    }

    @Test
    void changesOnEachSideOnBothAndAProbableDuplicateArePlannedAppliedAndUndone() throws Exception {
        twoDesksThatExchanged();
        RecordService here = new RecordService(ours, CS);
        RecordService there = new RecordService(theirs, CS);
        // Changed here only: a note on Rakušan.
        Person rakusan = person(ours, "Rakušan");
        here.save(new Person(rakusan.id(), rakusan.honorific(), rakusan.givenName(), rakusan.familyName(),
                rakusan.countryCode(), "Poznámka z našeho stolu.", rakusan.aliases(), rakusan.roles(),
                rakusan.info()));
        // Changed there only: the summit's summary.
        Event summit = theirs.events().findAll().stream().filter(e -> e.parentId() == null).findFirst().orElseThrow();
        there.save(new Event(summit.id(), summit.kind(), summit.title(), summit.startDate(), summit.endDate(),
                summit.city(), summit.countryCode(), summit.organiserId(), summit.participatingCountries(),
                "Shrnutí doplněné kolegyní.", summit.parentId(), summit.participants(), summit.topicIds(),
                summit.notes(), summit.info()));
        // Changed on both: a topic's description here, its description and English name there.
        Topic topic = ours.topics().findAll().get(0);
        here.save(withDescription(topic, "Náš popis.", topic.nameEn()));
        Topic theirTopic = theirs.topics().findById(topic.id()).orElseThrow();
        there.save(withDescription(theirTopic, "Jejich popis.", "Their name"));
        // A probable duplicate: the same person entered on both desks, with and without diacritics.
        here.save(TypicalRecords.person("Marie", "Novakova"));
        Person marie = there.save(TypicalRecords.person("Marie", "Nováková"));
        Map<UUID, StoredRecord> before = everything(ours);

        Path second = folder.resolve("second.bdesk");
        BundleFiles.export(theirs, second);
        RecordImport importer = new RecordImport(ours);
        MergePlan plan = importer.preview(second, ImportFormat.BUNDLE, ExchangeMonitor.NONE);

        assertEquals(1, plan.count(RecordKind.PERSON, MergeCategory.CHANGED_HERE));
        assertEquals(1, plan.count(RecordKind.EVENT, MergeCategory.CHANGED_THERE));
        assertEquals(1, plan.count(RecordKind.TOPIC, MergeCategory.CHANGED_BOTH));
        assertEquals(1, plan.count(RecordKind.PERSON, MergeCategory.DUPLICATE));
        assertEquals(0, plan.count(MergeCategory.NEW));
        assertEquals(plan.total() - 4, plan.count(MergeCategory.SAME));
        MergePlan.Conflict conflict = plan.conflicts().get(0);
        assertEquals(topic.id(), conflict.ours().id());
        assertEquals(List.of("nameEn", "description"), conflict.fields());
        assertEquals(marie.id(), plan.duplicates().get(0).theirs().id());
        assertEquals(before, everything(ours), "the preview wrote nothing");

        MergeDecisions decisions = new MergeDecisions(MergeDecisions.Policy.OURS)
                .resolve(topic.id(), MergeDecisions.Resolution.fields(Set.of("nameEn")))
                .merge(marie.id(), new MergeDecisions.Merge(person(ours, "Novakova").id(), false));
        AppliedImport applied = importer.apply(plan, decisions, ExchangeMonitor.NONE);

        Topic merged = ours.topics().findById(topic.id()).orElseThrow();
        assertEquals("Náš popis.", merged.description());
        assertEquals("Their name", merged.nameEn());
        assertEquals("Shrnutí doplněné kolegyní.", ours.events().findById(summit.id()).orElseThrow().summary());
        assertEquals("Poznámka z našeho stolu.", ours.people().findById(rakusan.id()).orElseThrow().notes());
        Person ourMarie = person(ours, "Novakova");
        assertTrue(ourMarie.aliases().contains("Marie Nováková"), ourMarie.aliases().toString());
        assertEquals(before.size(), everything(ours).size(), "the duplicate was merged, not added");
        // The next import of the same bundle knows the duplicate and its decisions: nothing left to decide.
        MergePlan again = importer.preview(second, ImportFormat.BUNDLE, ExchangeMonitor.NONE);
        assertEquals(List.of(), again.duplicates());
        assertEquals(1, again.count(RecordKind.TOPIC, MergeCategory.CHANGED_HERE));

        applied.undo();
        assertEquals(before, everything(ours), "undone as one step");
        assertEquals(1, importer.preview(second, ImportFormat.BUNDLE, ExchangeMonitor.NONE)
                .count(RecordKind.PERSON, MergeCategory.DUPLICATE));
    }

    @Test
    void keepingBothAddsTheirVersionBesideOursAndTheirsReplacesOurs() throws Exception {
        twoDesksThatExchanged();
        Topic topic = ours.topics().findAll().get(0);
        new RecordService(ours, CS).save(withDescription(topic, "Náš popis.", topic.nameEn()));
        new RecordService(theirs, CS).save(withDescription(theirs.topics().findById(topic.id()).orElseThrow(),
                "Jejich popis.", topic.nameEn()));
        Path second = folder.resolve("second.bdesk");
        BundleFiles.export(theirs, second);
        RecordImport importer = new RecordImport(ours);

        importer.apply(importer.preview(second, ImportFormat.BUNDLE, ExchangeMonitor.NONE),
                new MergeDecisions(MergeDecisions.Policy.BOTH), ExchangeMonitor.NONE);

        List<String> descriptions = ours.topics().findAll().stream().filter(t -> t.name().equals(topic.name()))
                .map(Topic::description).sorted().toList();
        assertEquals(List.of("Jejich popis.", "Náš popis."), descriptions);
    }

    private static Map<UUID, StoredRecord> everything(RecordStore store) {
        Map<UUID, StoredRecord> all = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            store.repository(kind).findAll().forEach(r -> all.put(r.id(), r));
        }
        return all;
    }
}
