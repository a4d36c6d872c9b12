package org.briefingdesk.logic.edits;

import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.model.StoredRecord;

/** Creates a record (before is null) or replaces it with a new version; undo deletes it or puts the old version back. */
public final class SaveRecordCommand implements RecordCommand {
    private final RecordService records;
    private final StoredRecord before;
    private final StoredRecord after;
    private StoredRecord saved;

    public SaveRecordCommand(RecordService records, StoredRecord before, StoredRecord after) {
        this.records = records;
        this.before = before;
        this.after = after;
    }

    @Override
    public void execute() {
        saved = records.save(after);
    }

    @Override
    public void undo() {
        if (before == null) {
            records.delete(after.id());
        } else {
            records.save(before);
        }
    }

    /** The record as stored by the last execute (null before). */
    public StoredRecord saved() {
        return saved;
    }

    @Override
    public String description(Localization l10n) {
        return before == null ? CommandNames.create(l10n, after) : CommandNames.edit(l10n, after);
    }
}
