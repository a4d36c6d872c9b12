package org.briefingdesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stats}: how many records of each kind the database holds. */
@Command(name = "stats")
final class StatsCommand extends AppSubcommand {
    private static final System.Logger LOG = System.getLogger(StatsCommand.class.getName());

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Override
    public Integer call() {
        Map<RecordKind, Long> counts;
        String location;
        try (RecordStore store = app.openStore(OpenMode.READ)) {
            counts = store.counts();
            location = store.displayName();
        }
        LOG.log(System.Logger.Level.INFO, "stats: {0}", counts);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("database", location);
            for (RecordKind kind : RecordKind.values()) {
                result.put(KindNames.jsonKey(kind), counts.getOrDefault(kind, 0L));
            }
            result.put("total", total);
            app.out().println(JsonOutput.write(result));
        } else {
            app.out().println(app.l10n().get("cli.stats.header", location));
            CountTable.print(counts, app.l10n(), app.out());
            app.out().println(app.l10n().get("cli.stats.total", String.valueOf(total)));
        }
        return ExitCode.OK;
    }
}
