package org.briefingdesk.logic.drafting;

import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.logic.edits.RecordCommand;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.StoredRecord;

/**
 * Saves a release's accepted drafts in one transaction, checked by the same rules as a form: all are
 * written or none. Undo takes them all back in one transaction (new records deleted, matched records as
 * they were before), so the whole release is one step of the undo history.
 */
public final class SaveDraftsCommand implements RecordCommand {
    private final RecordService records;
    private final RecordStore store;
    private final List<StoredRecord> toSave;
    private final String releaseTitle;
    private final List<StoredRecord> before = new ArrayList<>();

    public SaveDraftsCommand(RecordService records, RecordStore store, List<StoredRecord> toSave, String releaseTitle) {
        this.records = records;
        this.store = store;
        this.toSave = List.copyOf(toSave);
        this.releaseTitle = releaseTitle;
    }

    @Override
    public void execute() {
        store.inTransaction(() -> {
            before.clear();
            for (StoredRecord record : toSave) {
                before.add(store.findRecord(record.id()).orElse(null));
                records.save(record);
            }
        });
    }

    @Override
    public void undo() {
        store.inTransaction(() -> {
            for (int i = toSave.size() - 1; i >= 0; i--) {
                StoredRecord old = before.get(i);
                if (old == null) {
                    records.delete(toSave.get(i).id());
                } else {
                    records.save(old);
                }
            }
        });
    }

    public int size() {
        return toSave.size();
    }

    @Override
    public String description(Localization l10n) {
        return l10n.get("drafting.undo.save", releaseTitle);
    }
}
