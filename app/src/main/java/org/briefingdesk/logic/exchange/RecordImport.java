package org.briefingdesk.logic.exchange;

import java.nio.file.Path;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * An import in two steps: the preview reads the whole file and plans the merge (nothing written, any bad input
 * refused with one sentence), then the user's decisions are applied in one transaction after a verified backup.
 */
public final class RecordImport {
    private final RecordStore store;

    public RecordImport(RecordStore store) {
        this.store = store;
    }

    public MergePlan preview(Path file, ImportFormat format, ExchangeMonitor monitor) {
        String name = String.valueOf(file.getFileName());
        MergePlanner planner = new MergePlanner(store, name);
        switch (format) {
            case BUNDLE -> BundleReader.read(file, planner, monitor);
            case POPOLO -> PopoloReader.read(file, planner, monitor);
        }
        return planner.plan();
    }

    /**
     * The preview of copying every record of another store into this one (a desk's file pushed to its team server),
     * kind by kind and by id as a bundle holds them: the same merge, conflicts and duplicates as a bundle of the
     * whole file.
     */
    public MergePlan preview(RecordStore source, String name, ExchangeMonitor monitor) {
        MergePlanner planner = new MergePlanner(store, name);
        for (RecordKind kind : BundleFormat.ORDER) {
            monitor.checkCancelled();
            for (StoredRecord record : source.repository(kind).inIdOrder()) {
                planner.accept(record);
            }
            planner.kindDone(kind);
        }
        return planner.plan();
    }

    public AppliedImport apply(MergePlan plan, MergeDecisions decisions, ExchangeMonitor monitor) {
        ImportApplier applier = new ImportApplier(store);
        return applier.apply(applier.changes(plan, decisions), monitor);
    }
}
