package org.briefingdesk.logic.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.StoredRecord;

/**
 * Chooses and orders a briefing pack's content: cover, profile, meeting history, their statements by
 * topic, our statements and commitments, open follow-ups, a timeline of the topics, the sources.
 * Safe to run on a background thread; the {@link BriefingMonitor} sees its progress and may cancel it.
 */
public final class BriefingAssembler {
    private final RecordStore store;

    public BriefingAssembler(RecordStore store) {
        this.store = store;
    }

    public BriefingPack assemble(BriefingTarget target, BriefingOptions options, BriefingMonitor monitor) {
        Localization l10n = new Localization(options.locale());
        monitor.progress(0, l10n.get("briefing.step.collect"));
        SensitivityFilter filter = new SensitivityFilter(options.maxSensitivity());
        RecordLookup lookup = new RecordLookup(store, filter);
        OurSide ours = new OurSide(options.ourCountry(), lookup);
        BriefingScope scope = new BriefingScopeCollector(store, options, filter, lookup, ours, monitor).collect(target);

        monitor.checkpoint();
        monitor.progress(0.5, l10n.get("briefing.step.assemble"));
        PackWording words = new PackWording(l10n, new DisplayFormat(l10n, store.countries()), lookup);
        StatementSections statements = new StatementSections(words);
        List<PackSection> sections = new ArrayList<>();
        sections.add(new ProfileSection(words, ours).build(scope));
        sections.add(new MeetingHistorySection(words, ours).build(scope));
        sections.add(statements.theirs(scope));
        sections.add(statements.ours(scope));
        sections.add(new FollowUpSection(words).build(scope));
        sections.add(new TimelineSection(words).build(scope));
        sections.add(new SourcesSection(words).build(cited(scope)));
        monitor.checkpoint();
        BriefingPack pack = new CoverWriter(words, options).pack(scope, filter, sections);
        monitor.progress(1, l10n.get("briefing.step.assemble"));
        return pack;
    }

    /** Every record whose sources the appendix lists. */
    private static List<StoredRecord> cited(BriefingScope scope) {
        List<StoredRecord> records = new ArrayList<>();
        Optional.ofNullable(scope.subjectOrganisation()).ifPresent(records::add);
        Optional.ofNullable(scope.subjectTopic()).ifPresent(records::add);
        Optional.ofNullable(scope.subjectEvent()).ifPresent(records::add);
        records.addAll(scope.counterparts());
        records.addAll(scope.meetings());
        records.addAll(scope.theirStatements());
        records.addAll(scope.ourStatements());
        scope.commitments().values().forEach(records::addAll);
        records.addAll(scope.reports());
        return records;
    }

    /** The cover: title, target, date, author, sensitivity, what was left out. */
    private static final class CoverWriter {
        private final PackWording words;
        private final BriefingOptions options;

        CoverWriter(PackWording words, BriefingOptions options) {
            this.words = words;
            this.options = options;
        }

        BriefingPack pack(BriefingScope scope, SensitivityFilter filter, List<PackSection> sections) {
            String target = scope.subjectCountry() != null ? words.country(scope.subjectCountry())
                    : scope.targetLabel();
            List<PackBlock.Fact> cover = new ArrayList<>();
            cover.add(new PackBlock.Fact(words.get(scope.target().kind().coverKey()), target));
            cover.add(new PackBlock.Fact(words.get("briefing.cover.prepared"), words.date(options.preparedOn())));
            if (!options.author().isEmpty()) {
                cover.add(new PackBlock.Fact(words.get("briefing.cover.author"), options.author()));
            }
            if (options.from() != null || options.to() != null) {
                cover.add(new PackBlock.Fact(words.get("briefing.cover.period"),
                        (options.from() == null ? "…" : words.date(options.from())) + " – "
                                + (options.to() == null ? "…" : words.date(options.to()))));
            }
            if (!options.topicIds().isEmpty()) {
                cover.add(new PackBlock.Fact(words.get("briefing.cover.topics"), words.topics(options.topicIds())));
            }
            cover.add(new PackBlock.Fact(words.get("briefing.cover.sensitivity"),
                    words.get("briefing.cover.sensitivityValue", words.of(filter.highestAdmitted()),
                            words.of(options.maxSensitivity()))));
            cover.add(new PackBlock.Fact(words.get("briefing.cover.omitted"),
                    words.get("briefing.cover.omittedValue", filter.omittedCount(),
                            words.of(options.maxSensitivity()))));
            Locale locale = options.locale();
            return new BriefingPack(locale, words.get("briefing.title"), target, cover, filter.highestAdmitted(),
                    words.of(filter.highestAdmitted()).toUpperCase(locale), words.get("briefing.page"),
                    options.preparedOn(), options.author(), filter.omittedCount(), sections);
        }
    }
}
