package org.briefingdesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.drafting.Draft;
import org.briefingdesk.logic.drafting.DraftLabels;
import org.briefingdesk.logic.drafting.DraftSet;
import org.briefingdesk.logic.drafting.Drafter;
import org.briefingdesk.logic.drafting.ReleaseFiles;
import org.briefingdesk.logic.drafting.ReleaseText;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code draft FILE|- [--json] [--lang cs]}: the drafting assistant without a window. Prints the drafts of a
 * press release by kind, each new or matching an existing record, with its evidence; saves nothing (the
 * window's review does). The release is matched against the database when it exists.
 */
@Command(name = "draft")
final class DraftCommand extends AppSubcommand {
    private static final System.Logger LOG = System.getLogger(DraftCommand.class.getName());

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    // The release's language; only Czech is drafted. The same option chooses the messages' language.
    @Option(names = "--lang", paramLabel = "cs", descriptionKey = "cli.draft.lang")
    private String language = "cs";

    @Parameters(index = "0", paramLabel = "${bundle:cli.label.file}|-", descriptionKey = "cli.draft.file")
    private String file;

    @Override
    public Integer call() {
        if (!"cs".equalsIgnoreCase(language.strip())) {
            throw new UserFacingException("drafting.error.notCzech");
        }
        ReleaseText release = file.equals("-") ? ReleaseFiles.read(standardInput(), "") : ReleaseFiles.read(path());
        Drafter.Context context = Drafter.Context.EMPTY;
        if (Files.exists(app.database())) {
            try (RecordStore store = app.openStore(OpenMode.READ)) {
                context = new Drafter.Context(store.people().findAll(), store.topics().findAll(),
                        store.organisations().findAll());
            }
        }
        DraftSet drafts = new Drafter().draft(release, context, LocalDate.now());
        LOG.log(System.Logger.Level.INFO, "drafted {0} records", drafts.drafts().size());
        DraftLabels labels = new DraftLabels(app.l10n(), drafts);
        if (json) {
            app.out().println(JsonOutput.write(json(drafts, labels)));
        } else {
            print(drafts, labels);
        }
        return ExitCode.OK;
    }

    private Path path() {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new UserFacingException("cli.draft.noFile", file);
        }
        return path;
    }

    private static byte[] standardInput() {
        try {
            return System.in.readNBytes((int) ReleaseFiles.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(DraftSet drafts, DraftLabels labels) {
        String text = drafts.release().text();
        for (RecordKind kind : List.of(RecordKind.REPORT, RecordKind.EVENT, RecordKind.PERSON, RecordKind.STATEMENT,
                RecordKind.COMMITMENT, RecordKind.TOPIC)) {
            List<Draft> ofKind = drafts.of(kind);
            if (ofKind.isEmpty()) {
                continue;
            }
            app.out().println(app.l10n().get("cli.draft.kind", app.l10n().of(kind), ofKind.size()));
            for (Draft d : ofKind) {
                app.out().println(app.l10n().get("cli.draft.line", labels.label(d), labels.status(d)));
                app.out().println(app.l10n().get("cli.draft.evidence", DraftLabels.evidence(d, text)));
            }
        }
        app.out().println(app.l10n().get("cli.draft.nothingSaved"));
    }

    private static Map<String, Object> json(DraftSet drafts, DraftLabels labels) {
        String text = drafts.release().text();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Draft d : drafts.drafts()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("kind", KindNames.jsonKey(d.kind()));
            one.put("label", labels.label(d));
            one.put("new", d.isNew());
            one.put("matches", d.isNew() ? null : d.existing().id());
            one.put("record", d.record());
            one.put("evidence", d.evidence().stream().map(s -> Map.of("start", s.start(), "end", s.end(),
                    "text", s.of(text))).toList());
            list.add(one);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("source", drafts.release().sourceName());
        result.put("drafts", list);
        return result;
    }
}
