package org.briefingdesk.logic.records;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.rules.RecordValidator;
import org.briefingdesk.logic.rules.ValidationException;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.Repository;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * Saving and deleting records the way every screen and command must: the rules checked first,
 * then one transaction, so a refused record leaves the file as it was.
 */
public final class RecordService {
    private final RecordStore store;
    private final RecordValidator validator;
    private final Localization l10n;

    public RecordService(RecordStore store, Localization l10n) {
        this.store = store;
        this.l10n = l10n;
        this.validator = new RecordValidator(store);
    }

    public RecordValidator validator() {
        return validator;
    }

    /** Validates and saves; returns the record as stored. */
    public <T extends StoredRecord> T save(T record) {
        return store.inTransaction(() -> {
            validator.check(record);
            return repository(record).save(record);
        });
    }

    /** Deletes the record with this id, whatever its kind; false when there is none. */
    public boolean delete(UUID id) {
        return store.inTransaction(() -> store.kindOf(id).map(kind -> {
            if (kind == RecordKind.PERSON && !store.statements().findBySpeaker(id).isEmpty()) {
                throw new ValidationException(List.of(new Violation("id", "rule.delete.speaker")));
            }
            return store.repository(kind).delete(id);
        }).orElse(false));
    }

    public Localization l10n() {
        return l10n;
    }

    @SuppressWarnings("unchecked")
    private <T extends StoredRecord> Repository<T> repository(T record) {
        return (Repository<T>) store.repository(record.recordKind());
    }

}
