package org.briefingdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.briefingdesk.logic.DateParser;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingOptions;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.briefing.BriefingTargetResolver;
import org.briefingdesk.logic.briefing.PackSize;
import org.briefingdesk.logic.briefing.PackTooLargeException;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.output.BriefingExporter;
import org.briefingdesk.output.BriefingFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code briefing (--person NAME|ID | --country CODE | --organisation NAME|ID | --topic NAME | --event ID|TITLE)
 * [--from DATE] [--to DATE] [--only-topic NAME]... [--max-sensitivity LEVEL] [--lang cs|en]
 * --format pdf|docx|html --out FILE [--yes]}: a briefing pack written in one go. A pack of more than
 * {@link PackSize#LARGE} pages is written only with {@code --yes}; without it the command says how many
 * pages it would have and how to narrow it.
 */
@Command(name = "briefing")
final class BriefingCommand extends AppSubcommand {
    private static final System.Logger LOG = System.getLogger(BriefingCommand.class.getName());

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    /** Exactly one target. */
    static final class Target {
        @Option(names = "--person", paramLabel = "${bundle:cli.label.nameOrId}", descriptionKey = "cli.briefing.person")
        String person;
        @Option(names = "--country", paramLabel = "${bundle:cli.label.code}", descriptionKey = "cli.briefing.country")
        String country;
        @Option(names = "--organisation", paramLabel = "${bundle:cli.label.titleOrId}",
                descriptionKey = "cli.briefing.organisation")
        String organisation;
        @Option(names = "--topic", paramLabel = "${bundle:cli.label.topic}", descriptionKey = "cli.briefing.topic")
        String topic;
        @Option(names = "--event", paramLabel = "${bundle:cli.label.idOrTitle}", descriptionKey = "cli.briefing.event")
        String event;
    }

    @Option(names = "--from", paramLabel = "${bundle:cli.label.date}", descriptionKey = "cli.briefing.from")
    private String from;

    @Option(names = "--to", paramLabel = "${bundle:cli.label.date}", descriptionKey = "cli.briefing.to")
    private String to;

    @Option(names = "--only-topic", paramLabel = "${bundle:cli.label.topic}",
            descriptionKey = "cli.briefing.onlyTopic")
    private List<String> onlyTopics = List.of();

    @Option(names = "--max-sensitivity", paramLabel = "${bundle:cli.label.level}",
            descriptionKey = "cli.briefing.maxSensitivity")
    private String maxSensitivity;

    @Option(names = "--lang", paramLabel = "cs|en", descriptionKey = "cli.briefing.lang")
    private String language;

    @Option(names = "--format", paramLabel = "pdf|docx|html", required = true, descriptionKey = "cli.briefing.format")
    private String format;

    @Option(names = "--out", paramLabel = "${bundle:cli.label.file}", required = true,
            descriptionKey = "cli.briefing.out")
    private Path out;

    @Option(names = "--yes", descriptionKey = "cli.briefing.yes")
    private boolean yes;

    @Override
    public Integer call() {
        Localization l10n = app.l10n();
        BriefingFormat chosenFormat = BriefingFormat.parse(format)
                .orElseThrow(() -> new UserFacingException("cli.briefing.badFormat", format));
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        Sensitivity max = sensitivity(maxSensitivity);
        Locale packLocale = language == null ? l10n.locale() : Localization.forLanguage(language).locale();
        try (RecordStore store = app.openStore(OpenMode.READ)) {
            BriefingTargetResolver resolver = new BriefingTargetResolver(store, l10n);
            BriefingTarget chosen = target(resolver);
            Set<UUID> topics = onlyTopics.stream().map(name -> resolver.resolve(BriefingTarget.Kind.TOPIC, name).id())
                    .collect(Collectors.toSet());
            BriefingOptions options = BriefingOptions.defaults().withLocale(packLocale).withMaxSensitivity(max)
                    .withTopics(topics).withDates(fromDate, toDate);
            BriefingExporter.Result result;
            try {
                result = new BriefingExporter(store).export(chosen, options, chosenFormat, out, BriefingMonitor.NONE,
                        yes ? Integer.MAX_VALUE : PackSize.LARGE);
            } catch (PackTooLargeException e) {
                throw new UserFacingException(e, "cli.briefing.tooLarge", l10n.number(e.pages()), PackSize.LARGE);
            }
            LOG.log(System.Logger.Level.INFO, "briefing {0} {1} written in {2} ms ({3} bytes, {4} records left out)",
                    chosen.kind(), chosenFormat, result.totalMillis(), result.bytes(), result.pack().omittedRecords());
            app.out().println(l10n.get("cli.briefing.written", result.pack().targetLabel(),
                    result.file().toAbsolutePath(), Math.max(1, (result.bytes() + 512) / 1024), result.totalMillis()));
            if (result.pack().omittedRecords() > 0) {
                app.out().println(l10n.get("cli.briefing.omitted", result.pack().omittedRecords()));
            }
        }
        return ExitCode.OK;
    }

    private BriefingTarget target(BriefingTargetResolver resolver) {
        if (target.person != null) {
            return resolver.resolve(BriefingTarget.Kind.PERSON, target.person);
        } else if (target.country != null) {
            return resolver.resolve(BriefingTarget.Kind.COUNTRY, target.country);
        } else if (target.organisation != null) {
            return resolver.resolve(BriefingTarget.Kind.ORGANISATION, target.organisation);
        } else if (target.topic != null) {
            return resolver.resolve(BriefingTarget.Kind.TOPIC, target.topic);
        }
        return resolver.resolve(BriefingTarget.Kind.EVENT, target.event);
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        return DateParser.parse(text).orElseThrow(() -> new UserFacingException("cli.briefing.badDate", text));
    }

    /** English names, or the Czech ones with or without diacritics. */
    static Sensitivity sensitivity(String text) {
        if (text == null) {
            return Sensitivity.SENSITIVE;
        }
        return SensitivityNames.parse(text)
                .orElseThrow(() -> new UserFacingException("cli.briefing.badSensitivity", text));
    }
}
