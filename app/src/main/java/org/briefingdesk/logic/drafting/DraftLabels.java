package org.briefingdesk.logic.drafting;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Text;
import org.briefingdesk.model.Topic;

/**
 * How a draft is named in the review and on the command line: what it is ("Vít Rakušan — ministr vnitra,
 * Česko"), whether it is new or matches an existing record, and its evidence on one line.
 */
public final class DraftLabels {
    private static final int EVIDENCE_LENGTH = 160;
    private final Localization l10n;
    private final DisplayFormat format;
    private final Map<UUID, StoredRecord> byId;

    public DraftLabels(Localization l10n, DraftSet drafts) {
        this.l10n = l10n;
        this.format = new DisplayFormat(l10n, null);
        this.byId = drafts.drafts().stream().collect(Collectors.toMap(Draft::id, Draft::record, (a, b) -> a));
    }

    /** One line saying what the draft is. */
    public String label(Draft draft) {
        StoredRecord r = draft.record();
        if (r instanceof Person p) {
            String role = p.roles().isEmpty() ? "" : p.roles().get(p.roles().size() - 1).title();
            String country = p.countryCode() == null ? "" : country(p.countryCode());
            String what = String.join(", ", Stream.of(role, country).filter(s -> !s.isEmpty()).toList());
            return RecordLabels.label(p) + (what.isEmpty() ? "" : " — " + what);
        } else if (r instanceof Event e) {
            String place = e.city().isEmpty() ? (e.countryCode() == null ? "" : country(e.countryCode()))
                    : e.city() + (e.countryCode() == null ? "" : " (" + e.countryCode() + ")");
            return l10n.of(e.kind()) + ": " + e.title() + " · " + format.dateRange(e.startDate(), e.endDate())
                    + (place.isEmpty() ? "" : " · " + place);
        } else if (r instanceof Statement s) {
            StoredRecord speaker = s.speakerId() == null ? null : byId.get(s.speakerId());
            return l10n.of(s.kind()) + " · " + (speaker == null ? l10n.get("drafting.label.noSpeaker")
                    : RecordLabels.label(speaker)) + ": " + RecordLabels.shorten(s.text());
        } else if (r instanceof Commitment c) {
            return RecordLabels.shorten(c.text()) + (c.dueDate() == null ? ""
                    : " · " + l10n.get("drafting.label.due", format.date(c.dueDate())));
        } else if (r instanceof Topic t) {
            return t.name();
        }
        return RecordLabels.label(r);
    }

    private String country(String code) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(l10n.locale());
    }

    /** "nový záznam", "nové téma", or "odpovídá existujícímu záznamu Yvette Cooper". */
    public String status(Draft draft) {
        if (!draft.isNew()) {
            return l10n.get("drafting.status.matches", RecordLabels.label(draft.existing()));
        }
        return l10n.get(draft.record() instanceof Topic ? "drafting.status.newTopic" : "drafting.status.new");
    }

    /** The evidence on one line, each span shortened, joined by " … ". */
    public static String evidence(Draft draft, String text) {
        return draft.evidence().stream().map(s -> shorten(Text.oneLine(s.of(text))))
                .collect(Collectors.joining(" … "));
    }

    private static String shorten(String s) {
        return s.length() <= EVIDENCE_LENGTH ? s : s.substring(0, EVIDENCE_LENGTH - 1) + "…";
    }

}
