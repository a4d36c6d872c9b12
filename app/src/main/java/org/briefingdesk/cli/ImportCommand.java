package org.briefingdesk.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.exchange.AppliedImport;
import org.briefingdesk.logic.exchange.ExchangeMonitor;
import org.briefingdesk.logic.exchange.ImportApplier;
import org.briefingdesk.logic.exchange.ImportFormat;
import org.briefingdesk.logic.exchange.MergeCategory;
import org.briefingdesk.logic.exchange.MergeDecisions;
import org.briefingdesk.logic.exchange.MergePlan;
import org.briefingdesk.logic.exchange.ParticipantImport;
import org.briefingdesk.logic.exchange.RecordImport;
import org.briefingdesk.logic.exchange.TableReader;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.FieldLabels;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.model.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE [--format bundle|popolo] [--dry-run] [--on-conflict ask|ours|theirs|both] [--json]}: a merge,
 * never a blind overwrite. The preview comes first; conflicts and probable duplicates are settled by
 * {@code --on-conflict}, or asked one by one on a terminal; without either, they are listed and nothing is written.
 */
@Command(name = "import")
final class ImportCommand extends AppSubcommand {
    private static final System.Logger LOG = System.getLogger(ImportCommand.class.getName());

    @Parameters(index = "0", paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.import.file")
    private Path file;

    @Option(names = "--format", paramLabel = "bundle|popolo", descriptionKey = "cli.import.format")
    private String format;

    @Mixin
    private MergeOptions merge;

    @Option(names = "--event", paramLabel = "${bundle:cli.label.id}", descriptionKey = "cli.import.event")
    private String event;

    @Option(names = "--role", paramLabel = "${bundle:cli.label.role}", descriptionKey = "cli.import.role")
    private String role = "participant";

    @Override
    public Integer call() {
        Localization l10n = app.l10n();
        String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".xlsx")) {
            return participants(l10n);
        }
        ImportFormat chosen = (format == null ? ImportFormat.of(file) : ImportFormat.named(format))
                .orElseThrow(() -> new UserFacingException("cli.import.badFormat", format == null ? file : format));
        MergeDecisions.Policy policy = policy(merge.onConflict);
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("exchange.error.missing", file);
        }
        // Like sample, an import may start a new database; the file to import is checked first.
        try (RecordStore store = app.openStore(OpenMode.CREATE)) {
            RecordImport importer = new RecordImport(store);
            long started = System.nanoTime();
            MergePlan plan = importer.preview(file, chosen, ExchangeMonitor.NONE);
            LOG.log(System.Logger.Level.INFO, "import preview of {0} records in {1} ms", plan.total(),
                    (System.nanoTime() - started) / 1_000_000);
            return settle(app, importer, plan, policy, merge.dryRun, merge.json);
        }
    }

    /**
     * After the preview: prints it ({@code dryRun}), or writes the plan as {@code policy} decides (null: asks on a
     * terminal, else lists what awaits a decision and writes nothing); the same for an import and a push.
     */
    static int settle(BriefingDeskCommand app, RecordImport importer, MergePlan plan, MergeDecisions.Policy policy,
                      boolean dryRun, boolean json) {
        Localization l10n = app.l10n();
        if (dryRun) {
            print(app, json, plan, null);
            return ExitCode.OK;
        }
        MergeDecisions decisions;
        if (policy != null) {
            decisions = new MergeDecisions(policy);
        } else if (!plan.needsDecisions()) {
            decisions = new MergeDecisions(MergeDecisions.Policy.OURS);
        } else if (System.console() != null && !json) {
            decisions = ask(plan, System.console(), l10n);
        } else {
            print(app, json, plan, null);
            app.err().println(l10n.get("cli.import.undecided", plan.conflicts().size(), plan.duplicates().size()));
            return ExitCode.USER_ERROR;
        }
        AppliedImport applied = importer.apply(plan, decisions, ExchangeMonitor.NONE);
        print(app, json, plan, applied);
        return ExitCode.OK;
    }

    /**
     * A delegation list: columns from its headings, each row matched by the duplicate guard; a matched row is the
     * person here with {@code --on-conflict ours}, a new person with {@code both}; without either the matches are
     * listed and nothing is written.
     */
    private int participants(Localization l10n) {
        MergeDecisions.Policy policy = policy(merge.onConflict);
        ParticipationRole participation = participationRole(role);
        TableReader.Rows rows = TableReader.read(file);
        if (rows.noteKey() != null) {
            app.err().println(l10n.get(rows.noteKey()));
        }
        try (RecordStore store = app.openStore(OpenMode.CREATE)) {
            UUID eventId = event == null ? null : eventId(store);
            String name = String.valueOf(file.getFileName());
            List<ParticipantImport.Row> preview = ParticipantImport.preview(store, name, rows,
                    ParticipantImport.guess(rows.headings()));
            Map<Integer, UUID> chosen = new LinkedHashMap<>();
            long matched = preview.stream().filter(r -> !r.matches().isEmpty()).count();
            for (ParticipantImport.Row row : preview) {
                if (!row.matches().isEmpty()) {
                    app.out().println(l10n.get("cli.import.rowMatch", row.line(), row.person().fullName(),
                            row.matches().get(0).fullName(), row.matches().get(0).id()));
                    if (policy == MergeDecisions.Policy.OURS || policy == MergeDecisions.Policy.THEIRS) {
                        chosen.put(row.line(), row.matches().get(0).id());
                    }
                }
            }
            if (merge.dryRun || (matched > 0 && policy == null)) {
                app.out().println(l10n.get("cli.import.rows", preview.size(), matched));
                if (!merge.dryRun) {
                    app.err().println(l10n.get("cli.import.undecided", 0, matched));
                    return ExitCode.USER_ERROR;
                }
                return ExitCode.OK;
            }
            AppliedImport applied = new ImportApplier(store).apply(ParticipantImport.changes(store, preview, chosen,
                    eventId, participation), ExchangeMonitor.NONE);
            app.out().println(l10n.get("cli.import.written", applied.created(), applied.replaced()));
        }
        return ExitCode.OK;
    }

    private UUID eventId(RecordStore store) {
        try {
            UUID id = UUID.fromString(event.strip());
            return store.events().findById(id).map(e -> id)
                    .orElseThrow(() -> new UserFacingException("exchange.error.noEvent", event));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("cli.export.badId", event);
        }
    }

    private static ParticipationRole participationRole(String name) {
        for (ParticipationRole r : ParticipationRole.values()) {
            if (r.name().equalsIgnoreCase(name.strip().replace('-', '_').replace(' ', '_'))) {
                return r;
            }
        }
        throw new UserFacingException("cli.import.badRole", name);
    }

    static MergeDecisions.Policy policy(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "ask" -> null;
            case "ours" -> MergeDecisions.Policy.OURS;
            case "theirs" -> MergeDecisions.Policy.THEIRS;
            case "both" -> MergeDecisions.Policy.BOTH;
            default -> throw new UserFacingException("cli.import.badPolicy", name);
        };
    }

    /** One question per conflict and per probable duplicate: o(urs), t(heirs), b(oth). */
    private static MergeDecisions ask(MergePlan plan, Console console, Localization l10n) {
        MergeDecisions decisions = new MergeDecisions(MergeDecisions.Policy.OURS);
        for (MergePlan.Conflict conflict : plan.conflicts()) {
            String answer = console.readLine("%s ", l10n.get("cli.import.askConflict",
                    RecordLabels.label(conflict.ours()), fields(conflict, l10n)));
            MergeDecisions.Policy chosen = answer(answer, l10n);
            decisions.resolve(conflict.ours().id(), switch (chosen) {
                case OURS -> MergeDecisions.Resolution.ours();
                case THEIRS -> MergeDecisions.Resolution.fields(Set.copyOf(conflict.fields()));
                case BOTH -> MergeDecisions.Resolution.both();
            });
        }
        for (MergePlan.Duplicate duplicate : plan.duplicates()) {
            String answer = console.readLine("%s ", l10n.get("cli.import.askDuplicate",
                    RecordLabels.label(duplicate.theirs()), RecordLabels.label(duplicate.candidates().get(0))));
            MergeDecisions.Policy chosen = answer(answer, l10n);
            decisions.merge(duplicate.theirs().id(), chosen == MergeDecisions.Policy.BOTH
                    ? MergeDecisions.Merge.apart()
                    : new MergeDecisions.Merge(duplicate.candidates().get(0).id(),
                            chosen == MergeDecisions.Policy.THEIRS));
        }
        return decisions;
    }

    /** The first letter of the answer, as the question offers them; anything else keeps ours. */
    private static MergeDecisions.Policy answer(String line, Localization l10n) {
        String a = line == null || line.isBlank() ? "" : line.strip().substring(0, 1).toLowerCase(Locale.ROOT);
        if (a.equals(l10n.get("cli.import.key.theirs"))) {
            return MergeDecisions.Policy.THEIRS;
        }
        return a.equals(l10n.get("cli.import.key.both")) ? MergeDecisions.Policy.BOTH : MergeDecisions.Policy.OURS;
    }

    private static String fields(MergePlan.Conflict conflict, Localization l10n) {
        return String.join(", ", conflict.fields().stream()
                .map(f -> FieldLabels.label(l10n, conflict.ours().recordKind(), f)).toList());
    }

    private static void print(BriefingDeskCommand app, boolean json, MergePlan plan, AppliedImport applied) {
        Localization l10n = app.l10n();
        if (json) {
            app.out().println(JsonOutput.write(jsonOf(plan, applied)));
            return;
        }
        app.out().println(l10n.get(applied == null ? "cli.import.preview" : "cli.import.done", plan.source()));
        for (RecordKind kind : RecordKind.values()) {
            List<String> parts = new ArrayList<>();
            for (MergeCategory category : MergeCategory.values()) {
                long n = plan.count(kind, category);
                if (n > 0) {
                    parts.add(l10n.get(categoryKey(category), n));
                }
            }
            if (!parts.isEmpty()) {
                app.out().println("  " + KindNames.plural(kind, l10n) + ": " + String.join(", ", parts));
            }
        }
        for (MergePlan.Conflict conflict : plan.conflicts()) {
            app.out().println(l10n.get("cli.import.conflict", l10n.of(conflict.ours().recordKind()),
                    RecordLabels.label(conflict.ours()), conflict.ours().id(), fields(conflict, l10n)));
        }
        for (MergePlan.Duplicate duplicate : plan.duplicates()) {
            app.out().println(l10n.get("cli.import.duplicate", l10n.of(duplicate.theirs().recordKind()),
                    RecordLabels.label(duplicate.theirs()), duplicate.theirs().id(),
                    RecordLabels.label(duplicate.candidates().get(0)), duplicate.candidates().get(0).id()));
        }
        if (applied != null) {
            app.out().println(l10n.get("cli.import.written", applied.created(), applied.replaced()));
        }
    }

    private static Map<String, Object> jsonOf(MergePlan plan, AppliedImport applied) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", plan.source());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            Map<String, Long> byCategory = new LinkedHashMap<>();
            for (MergeCategory category : MergeCategory.values()) {
                byCategory.put(jsonName(category), plan.count(kind, category));
            }
            counts.put(KindNames.jsonKey(kind), byCategory);
        }
        out.put("counts", counts);
        out.put("conflicts", plan.conflicts().stream().map(c -> Map.of("id", c.ours().id().toString(),
                "kind", KindNames.jsonKey(c.ours().recordKind()), "fields", c.fields())).toList());
        out.put("duplicates", plan.duplicates().stream().map(d -> Map.of("id", d.theirs().id().toString(),
                "kind", KindNames.jsonKey(d.theirs().recordKind()),
                "candidates", d.candidates().stream().map(c -> c.id().toString()).toList())).toList());
        out.put("written", applied == null ? null : Map.of("created", applied.created(), "replaced",
                applied.replaced()));
        return out;
    }

    static String categoryKey(MergeCategory category) {
        return switch (category) {
            case NEW -> "cli.import.category.new";
            case SAME -> "cli.import.category.same";
            case CHANGED_THERE -> "cli.import.category.changedThere";
            case CHANGED_HERE -> "cli.import.category.changedHere";
            case CHANGED_BOTH -> "cli.import.category.changedBoth";
            case DUPLICATE -> "cli.import.category.duplicate";
        };
    }

    /** "changedThere" for CHANGED_THERE: the JSON's own names, never translated. */
    private static String jsonName(MergeCategory category) {
        String[] words = category.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
