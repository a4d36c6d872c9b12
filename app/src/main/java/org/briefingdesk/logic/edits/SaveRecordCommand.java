package org.briefingdesk.logic.edits;

import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.records.RecordVersions;
import org.briefingdesk.model.StoredRecord;

/**
 * Creates a record (before is null) or replaces it with a new version; undo deletes it or puts the old
 * version back. Undo and redo each save over the version the command itself stored last, so that a
 * team server takes them as changes of that version, and refuses them if someone else changed it since.
 */
public final class SaveRecordCommand implements RecordCommand {
    private final RecordService records;
    private final StoredRecord before;
    private final StoredRecord after;
    private StoredRecord saved;
    /** The version this command stored last (by execute or undo); null before the first execute. */
    private StoredRecord current;

    public SaveRecordCommand(RecordService records, StoredRecord before, StoredRecord after) {
        this.records = records;
        this.before = before;
        this.after = after;
    }

    @Override
    public void execute() {
        saved = records.save(current == null ? after : RecordVersions.over(after, current));
        current = saved;
    }

    @Override
    public void undo() {
        if (before == null) {
            records.delete(after.id());
            current = null;
        } else {
            current = records.save(RecordVersions.over(before, saved));
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
