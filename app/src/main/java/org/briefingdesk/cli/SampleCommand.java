package org.briefingdesk.cli;

import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.sample.SampleLoadSummary;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import picocli.CommandLine.Command;

/** {@code sample}: loads the sample press release; again, it refreshes the same records, no copies. */
@Command(name = "sample")
final class SampleCommand extends AppSubcommand {
    private static final System.Logger LOG = System.getLogger(SampleCommand.class.getName());

    @Override
    public Integer call() {
        SampleDataLoader loader = new SampleDataLoader();
        try (RecordStore store = app.openStore(OpenMode.CREATE)) {
            boolean wasLoaded = loader.isLoaded(store);
            SampleLoadSummary summary = loader.load(store);
            LOG.log(System.Logger.Level.INFO, "sample loaded ({0} records, reload: {1})", summary.total(), wasLoaded);
            app.out().println(app.l10n().get(wasLoaded ? "cli.sample.reloaded" : "cli.sample.loaded",
                    String.valueOf(summary.total()), store.displayName()));
            CountTable.print(summary.counts(), app.l10n(), app.out());
        }
        return ExitCode.OK;
    }
}
