package org.briefingdesk.bench.cli;

import java.nio.file.Path;
import java.util.Map;
import org.briefingdesk.bench.CorpusSize;
import org.briefingdesk.bench.SyntheticCorpus;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.CountTable;
import org.briefingdesk.cli.ExitCode;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench generate --db FILE [--scale N]}: writes the benchmark's synthetic corpus into a file, so
 * that the window can be tried on a large record base. Refuses a file that already holds records.
 */
@Command(name = "generate")
final class BenchGenerateCommand extends BenchSubcommand {
    private static final System.Logger LOG = System.getLogger(BenchGenerateCommand.class.getName());

    @Option(names = "--db", paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.option.db")
    private Path db;

    @Option(names = "--scale", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.scale")
    private double scale = 1.0;

    @Override
    public Integer call() {
        BriefingDeskCommand app = app();
        CorpusSize size = BenchScale.size(scale);
        long started = System.nanoTime();
        Map<RecordKind, Long> written;
        Path location = db == null ? app.database() : db.toAbsolutePath();
        BenchProgress progress = new BenchProgress(app.l10n(), app.err());
        try (RecordStore store = db == null ? app.openStore(OpenMode.CREATE)
                : app.openStoreAt(db, OpenMode.CREATE)) {
            location = store.location();
            if (store.counts().values().stream().anyMatch(n -> n > 0)) {
                throw new UserFacingException("bench.notEmpty", location);
            }
            SyntheticCorpus corpus = new SyntheticCorpus(size);
            written = corpus.writeInto(store, progress);
        } catch (StoreException e) {
            if (!e.key().equals("error.db.diskFull") && !e.key().equals("error.db.full")) {
                throw e;
            }
            // Each batch is its own transaction: the ones reported are in the file, the failing one is not.
            long kept = progress.written().values().stream().mapToLong(Long::longValue).sum();
            throw new UserFacingException(e, "bench.generate.diskFull", location, String.valueOf(kept),
                    e.localizedMessage(app.l10n()));
        }
        long seconds = Math.round((System.nanoTime() - started) / 1e9);
        LOG.log(System.Logger.Level.INFO, "bench corpus written: {0} in {1} s", written, seconds);
        long total = written.values().stream().mapToLong(Long::longValue).sum();
        app.out().println(app.l10n().get("bench.generated", String.valueOf(total), location,
                String.valueOf(seconds)));
        CountTable.print(written, app.l10n(), app.out());
        return ExitCode.OK;
    }
}
