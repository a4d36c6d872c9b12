package org.briefingdesk.output;

import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingPack;
import org.briefingdesk.logic.briefing.PackSection;
import org.briefingdesk.logic.i18n.Localization;

/**
 * A writer's way through a pack's blocks: a cancellation is noticed at the next block, and progress
 * is reported every hundredth of the blocks, so that a pack of thousands of pages moves visibly.
 */
final class WriteProgress {
    private final BriefingMonitor monitor;
    private final String step;
    private final long total;
    private long done;
    private long nextReport;

    WriteProgress(BriefingPack pack, BriefingMonitor monitor) {
        this.monitor = monitor;
        this.step = new Localization(pack.locale()).get("briefing.step.write");
        this.total = Math.max(1, pack.sections().stream().mapToLong(s -> s.blocks().size()).sum());
    }

    /** Before a section: a cancellation stops here. */
    void section(PackSection section) {
        monitor.checkpoint();
    }

    /** Before a block (or a batch of a large table's rows). */
    void block() {
        monitor.checkpoint();
        if (++done >= nextReport) {
            monitor.progress((double) done / total, step);
            nextReport = done + Math.max(1, total / 100);
        }
    }
}
