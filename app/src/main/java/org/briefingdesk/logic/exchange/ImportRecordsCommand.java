package org.briefingdesk.logic.exchange;

import org.briefingdesk.logic.edits.RecordCommand;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordStore;

/**
 * A whole import as one undoable step of the window ("Zpět: import souboru sample.bdesk"): executing applies the
 * plan as decided (after a verified backup, in one transaction), undoing deletes what it added and writes back what
 * it replaced, redoing applies it again.
 */
public final class ImportRecordsCommand implements RecordCommand {
    private final RecordStore store;
    private final MergePlan plan;
    private final MergeDecisions decisions;
    private final ExchangeMonitor monitor;
    private AppliedImport applied;

    public ImportRecordsCommand(RecordStore store, MergePlan plan, MergeDecisions decisions, ExchangeMonitor monitor) {
        this.store = store;
        this.plan = plan;
        this.decisions = decisions;
        this.monitor = monitor;
    }

    @Override
    public void execute() {
        applied = new RecordImport(store).apply(plan, decisions, monitor);
    }

    @Override
    public void undo() {
        if (applied != null) {
            applied.undo();
        }
    }

    @Override
    public void redo() {
        applied = new RecordImport(store).apply(plan, decisions, ExchangeMonitor.NONE);
    }

    /** What the last execute wrote (null before). */
    public AppliedImport applied() {
        return applied;
    }

    @Override
    public String description(Localization l10n) {
        return l10n.get("ui.undo.import", plan.source());
    }
}
