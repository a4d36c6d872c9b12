package org.briefingdesk.logic.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.briefingdesk.logic.rules.RecordValidator;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * Loads the sample: the Border Security Summit press release (London, 31 March 2025) as records.
 * The records have fixed ids, so loading again replaces them rather than adding copies.
 */
public final class SampleDataLoader {

    /** Loads (or reloads) every sample record in one transaction, and says how many of each kind. */
    public SampleLoadSummary load(RecordStore store) {
        List<StoredRecord> records = records();
        RecordValidator validator = new RecordValidator(store);
        // The same rules as a form's save; a broken sample record rolls the whole load back.
        store.inTransaction(() -> records.forEach(record -> {
            validator.check(record);
            save(store, record);
        }));
        Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
        records.forEach(record -> counts.merge(record.recordKind(), 1, Integer::sum));
        return new SampleLoadSummary(counts);
    }

    /** True when the sample's summit is already in the store. */
    public boolean isLoaded(RecordStore store) {
        return store.events().findById(SampleIds.SUMMIT).isPresent();
    }

    /** Every sample record, in an order that saves what is referred to before what refers to it. */
    static List<StoredRecord> records() {
        List<StoredRecord> records = new ArrayList<>();
        records.addAll(SampleActors.organisations());
        records.addAll(SampleTopics.all());
        records.addAll(SampleActors.people());
        records.addAll(SampleSummit.events());
        records.add(SampleSummit.report());
        records.add(SampleSummit.statement());
        records.add(SampleSummit.commitment());
        return List.copyOf(records);
    }

    private static void save(RecordStore store, StoredRecord record) {
        if (record instanceof Organisation o) {
            store.organisations().save(o);
        } else if (record instanceof Topic t) {
            store.topics().save(t);
        } else if (record instanceof Person p) {
            store.people().save(p);
        } else if (record instanceof Event e) {
            store.events().save(e);
        } else if (record instanceof Report r) {
            store.reports().save(r);
        } else if (record instanceof Statement s) {
            store.statements().save(s);
        } else if (record instanceof Commitment c) {
            store.commitments().save(c);
        }
    }
}
