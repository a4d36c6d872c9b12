package org.briefingdesk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.briefingdesk.logic.AppVersion;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.exchange.BundleExport;
import org.briefingdesk.logic.exchange.ExchangeMonitor;
import org.briefingdesk.logic.exchange.ExportScope;
import org.briefingdesk.logic.exchange.Manifest;
import org.briefingdesk.logic.exchange.PopoloWriter;
import org.briefingdesk.logic.exchange.TableData;
import org.briefingdesk.logic.files.OutputTarget;
import org.briefingdesk.logic.search.SearchHit;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.output.TableFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export --format bundle|csv|xlsx|popolo [--type KIND…] [--query Q] [--id ID] [--from D] [--to D]
 * [--max-sensitivity L] [--separator C] --out FILE}: records out of the database, written whole or not at all,
 * never over the database, a backup or a device.
 */
@Command(name = "export")
final class ExportCommand extends AppSubcommand {
    private static final System.Logger LOG = System.getLogger(ExportCommand.class.getName());

    @Option(names = "--format", paramLabel = "bundle|csv|xlsx|popolo", required = true,
            descriptionKey = "cli.export.format")
    private String format;

    @Option(names = {"-t", "--type"}, split = ",", paramLabel = "${bundle:cli.label.kind}",
            descriptionKey = "cli.export.type")
    private List<String> types = new ArrayList<>();

    @Option(names = "--query", paramLabel = "${bundle:cli.label.query}", descriptionKey = "cli.export.query")
    private String query;

    @Option(names = "--id", paramLabel = "${bundle:cli.label.id}", descriptionKey = "cli.export.id")
    private String id;

    @Option(names = "--from", paramLabel = "${bundle:cli.label.date}", descriptionKey = "cli.export.from")
    private String from;

    @Option(names = "--to", paramLabel = "${bundle:cli.label.date}", descriptionKey = "cli.export.to")
    private String to;

    @Option(names = "--max-sensitivity", paramLabel = "${bundle:cli.label.level}",
            descriptionKey = "cli.export.maxSensitivity")
    private String maxSensitivity;

    @Option(names = "--separator", paramLabel = "${bundle:cli.label.character}",
            descriptionKey = "cli.export.separator")
    private String separator = ";";

    @Option(names = "--out", paramLabel = "${bundle:cli.label.file}", required = true,
            descriptionKey = "cli.export.out")
    private Path out;

    @Override
    public Integer call() {
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        ExportScope scope = new ExportScope(query, recordId(), BriefingCommand.date(from), BriefingCommand.date(to),
                SearchCommand.kinds(types), BriefingCommand.sensitivity(maxSensitivity));
        if (scope.from() != null && scope.to() != null && scope.to().isBefore(scope.from())) {
            throw new UserFacingException("cli.export.reversedDates", from, to);
        }
        try (RecordStore store = app.openStore(OpenMode.READ)) {
            long started = System.nanoTime();
            switch (chosen) {
                case "bundle" -> bundle(store, scope);
                case "csv", "xlsx" -> table(store, scope, chosen.equals("csv"));
                case "popolo" -> popolo(store, scope);
                default -> throw new UserFacingException("cli.export.badFormat", format);
            }
            LOG.log(System.Logger.Level.INFO, "export {0} written in {1} ms", chosen,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return ExitCode.OK;
    }

    private void bundle(RecordStore store, ExportScope scope) {
        Manifest[] written = new Manifest[1];
        OutputTarget.check(out, store.location()).write(stream -> written[0] = new BundleExport(store)
                .write(scope, stream, AppVersion.current(), Instant.now(), ExchangeMonitor.NONE));
        Manifest manifest = written[0];
        app.out().println(app.l10n().get("cli.export.written", manifest.total(), out.toAbsolutePath()));
        CountTable.print(manifest.counts(), app.l10n(), app.out());
        if (manifest.omitted() > 0) {
            app.out().println(app.l10n().get("cli.export.omitted", manifest.omitted()));
        }
    }

    private void popolo(RecordStore store, ExportScope scope) {
        long[] written = new long[1];
        OutputTarget.check(out, store.location()).write(stream -> written[0] = PopoloWriter
                .write(store, scope.maxSensitivity(), stream));
        app.out().println(app.l10n().get("cli.export.popoloWritten", written[0], out.toAbsolutePath()));
    }

    /** The search result as the window lists it (kind, title, snippet), for the query or every record of the kinds. */
    private void table(RecordStore store, ExportScope scope, boolean csv) {
        if (separator.length() != 1 || Character.isLetterOrDigit(separator.charAt(0)) || separator.charAt(0) == '"') {
            throw new UserFacingException("cli.export.badSeparator", separator);
        }
        var l10n = app.l10n();
        SearchService search = new SearchService(store.search());
        List<SearchHit> hits = new ArrayList<>();
        String dates = (scope.from() == null ? "" : " od:" + scope.from())
                + (scope.to() == null ? "" : " do:" + scope.to());
        if (scope.query() != null) {
            hits.addAll(search.search(scope.query() + dates, scope.kinds(), Integer.MAX_VALUE).hits());
        } else {
            for (RecordKind kind : RecordKind.values()) {
                if (scope.includes(kind)) {
                    hits.addAll(search.search("type:" + kind.name().toLowerCase(Locale.ROOT) + dates,
                            Integer.MAX_VALUE).hits());
                }
            }
        }
        List<List<Object>> rows = hits.stream().map(h -> List.<Object>of(l10n.of(h.kind()), h.title(),
                h.snippetText())).toList();
        TableData table = new TableData(l10n.get("cli.export.tableName"), List.of(l10n.get("cli.export.column.kind"),
                l10n.get("cli.export.column.title"), l10n.get("cli.export.column.snippet")), rows);
        char chosen = separator.charAt(0);
        OutputTarget.check(out, store.location()).write(stream -> {
            if (csv) {
                TableFiles.csv(table, chosen, stream);
            } else {
                TableFiles.xlsx(table, stream);
            }
        });
        app.out().println(l10n.get("cli.export.tableWritten", rows.size(), out.toAbsolutePath()));
    }

    private UUID recordId() {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("cli.export.badId", id);
        }
    }
}
