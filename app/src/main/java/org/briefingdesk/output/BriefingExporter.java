package org.briefingdesk.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.briefing.BriefingAssembler;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingOptions;
import org.briefingdesk.logic.briefing.BriefingPack;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.briefing.PackBlock;
import org.briefingdesk.logic.briefing.PackSection;
import org.briefingdesk.logic.briefing.PackSize;
import org.briefingdesk.logic.briefing.PackTooLargeException;
import org.briefingdesk.logic.files.OutputTarget;
import org.briefingdesk.logic.files.UnfinishedWrites;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Sensitivity;

/**
 * One action from a target to a file: assemble the pack, write it in a format, atomically. The
 * window runs {@link #export} in a background task (its monitor maps onto the task's progress and
 * cancel); its preview is the assembled pack laid out as JavaFX nodes (ui/briefings/PackNodes), which
 * also print through the system's printer dialog.
 */
public final class BriefingExporter {
    private static final double ASSEMBLY_SHARE = 0.6;

    private final RecordStore store;

    public BriefingExporter(RecordStore store) {
        this.store = store;
    }

    /** What was written, and how long each part took. */
    public record Result(BriefingPack pack, Path file, long bytes, long assemblyNanos, long writeNanos) {
        public long totalMillis() {
            return (assemblyNanos + writeNanos) / 1_000_000;
        }
    }

    /**
     * @throws UserFacingException for a target that is not there or too sensitive, a file that may not or
     *                             cannot be written ({@link OutputTarget}), or a cancellation
     *                             ({@code BriefingCancelledException})
     */
    public Result export(BriefingTarget target, BriefingOptions options, BriefingFormat format, Path out,
                         BriefingMonitor monitor) {
        return export(target, options, format, out, monitor, Integer.MAX_VALUE);
    }

    /**
     * As {@link #export(BriefingTarget, BriefingOptions, BriefingFormat, Path, BriefingMonitor)}, but a
     * pack of more than {@code maxPages} pages ({@link PackSize}) is not written.
     *
     * @throws PackTooLargeException naming the pages, when the pack would have more; nothing is written
     */
    public Result export(BriefingTarget target, BriefingOptions options, BriefingFormat format, Path out,
                         BriefingMonitor monitor, int maxPages) {
        OutputTarget file = OutputTarget.check(out, store.location()); // before minutes of work, not after
        long started = System.nanoTime();
        BriefingPack pack = new BriefingAssembler(store).assemble(target, options, scaled(monitor, 0, ASSEMBLY_SHARE));
        if (maxPages < Integer.MAX_VALUE) {
            int pages = PackSize.pages(pack);
            if (pages > maxPages) {
                throw new PackTooLargeException(pages);
            }
        }
        long start = System.nanoTime();
        Localization l10n = new Localization(options.locale());
        monitor.progress(ASSEMBLY_SHARE, l10n.get("briefing.step.write"));
        BriefingMonitor writing = scaled(monitor, ASSEMBLY_SHARE, 1 - ASSEMBLY_SHARE);
        long bytes = file.write(stream -> format.writer().write(pack, stream, writing));
        monitor.progress(1, l10n.get("briefing.step.write"));
        return new Result(pack, file.path(), bytes, start - started, System.nanoTime() - start);
    }

    /**
     * Writes a small pack of every kind of block in each format to nowhere. A fresh process needs
     * seconds to load the PDF and Word libraries and the font; the window does this in the background
     * when the briefings page opens, so that the user's first pack takes the time of a warm one.
     */
    public static void warmUp(Locale locale) {
        BriefingPack sample = new BriefingPack(locale, "Podklad", "Ukázka", List.of(new PackBlock.Fact("a", "b")),
                Sensitivity.PUBLIC, "VEŘEJNÉ", "Strana {0} z {1}", LocalDate.now(),
                "", 0, List.of(new PackSection("Oddíl", List.of(new PackBlock.Subheading("Pododdíl"),
                        new PackBlock.Paragraph("Úvod", "Text s ř, ě a ů."),
                        new PackBlock.Quote("Citace", true, "„", "Kdo"),
                        new PackBlock.Bullets(List.of("jedna", "dvě")),
                        new PackBlock.Facts(List.of(new PackBlock.Fact("klíč", "hodnota"))),
                        new PackBlock.Table(List.of("A", "B"), List.of(List.of("1", "2")), List.of(1, 1)),
                        new PackBlock.Note("Poznámka")))));
        for (BriefingFormat format : BriefingFormat.values()) {
            try {
                format.writer().write(sample, OutputStream.nullOutputStream(), BriefingMonitor.NONE);
            } catch (IOException | RuntimeException e) {
                // Only a head start: the real write reports its own failure.
            }
        }
    }

    /** The monitor of a part of the run: its 0..1 becomes {@code offset .. offset + share} of the whole. */
    static BriefingMonitor scaled(BriefingMonitor whole, double offset, double share) {
        return new BriefingMonitor() {
            @Override
            public void progress(double fraction, String step) {
                whole.progress(offset + share * Math.max(0, Math.min(1, fraction)), step);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled() || UnfinishedWrites.stopping(); // the process is ending (SIGTERM)
            }
        };
    }
}
