package org.briefingdesk.logic.edits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.IncomingLink;
import org.briefingdesk.logic.records.IncomingLinks;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.StoredRecord;

/**
 * Deletes a record. Before it does, it keeps the record and every record linking to it, so that undo
 * can re-create the record and put those links back, in one transaction.
 */
public final class DeleteRecordCommand implements RecordCommand {
    private final RecordService records;
    private final RecordStore store;
    private final StoredRecord record;
    private final List<StoredRecord> linking = new ArrayList<>();

    public DeleteRecordCommand(RecordService records, RecordStore store, StoredRecord record) {
        this.records = records;
        this.store = store;
        this.record = record;
    }

    @Override
    public void execute() {
        store.inTransaction(() -> {
            Map<UUID, StoredRecord> byId = new LinkedHashMap<>();
            for (IncomingLink link : IncomingLinks.to(record.id(), store)) {
                byId.put(link.from().id(), link.from());
            }
            linking.clear();
            linking.addAll(byId.values());
            records.delete(record.id());
        });
    }

    /** Re-creates the record, then saves the records that linked to it as they were (those still there). */
    @Override
    public void undo() {
        store.inTransaction(() -> {
            records.save(record);
            for (StoredRecord from : linking) {
                if (store.kindOf(from.id()).isPresent()) {
                    records.save(from);
                }
            }
        });
    }

    public StoredRecord record() {
        return record;
    }

    @Override
    public String description(Localization l10n) {
        return CommandNames.delete(l10n, record);
    }
}
