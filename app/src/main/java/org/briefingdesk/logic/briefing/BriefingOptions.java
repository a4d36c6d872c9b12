package org.briefingdesk.logic.briefing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.Sensitivity;

/**
 * What goes into a pack and how it reads.
 *
 * @param from           earliest date of events, statements and reports to include (null: no limit)
 * @param to             latest such date (null: no limit)
 * @param topicIds       only records on these topics or their sub-topics (empty: all topics)
 * @param maxSensitivity the highest sensitivity to include; records above it are left out and counted
 * @param locale         the language of headings and labels (Czech or English)
 * @param preparedOn     the date on the cover; roles are given as of the meeting date, which is this
 *                       date unless the target is an event
 * @param author         who prepared it: the OS user
 * @param ourCountry     "our side" in meeting histories and our statements: CZ
 */
public record BriefingOptions(LocalDate from, LocalDate to, Set<UUID> topicIds, Sensitivity maxSensitivity,
                              Locale locale, LocalDate preparedOn, String author, String ourCountry) {
    public static final String CZECH_REPUBLIC = "CZ";

    public BriefingOptions {
        topicIds = topicIds == null ? Set.of() : Set.copyOf(topicIds);
        maxSensitivity = maxSensitivity == null ? Sensitivity.SENSITIVE : maxSensitivity;
        locale = locale == null ? Localization.CZECH : locale;
        preparedOn = Objects.requireNonNull(preparedOn, "preparedOn");
        author = author == null ? "" : author.strip();
        ourCountry = ourCountry == null ? CZECH_REPUBLIC : ourCountry.strip().toUpperCase(Locale.ROOT);
        if (from != null && to != null && from.isAfter(to)) {
            throw new UserFacingException("briefing.error.reversedDates", from, to); // the user's to correct
        }
    }

    /** Everything up to sensitive, in Czech, prepared today by the OS user. */
    public static BriefingOptions defaults() {
        return new BriefingOptions(null, null, Set.of(), Sensitivity.SENSITIVE, Localization.CZECH,
                LocalDate.now(), System.getProperty("user.name", ""), CZECH_REPUBLIC);
    }

    public BriefingOptions withDates(LocalDate newFrom, LocalDate newTo) {
        return new BriefingOptions(newFrom, newTo, topicIds, maxSensitivity, locale, preparedOn, author, ourCountry);
    }

    public BriefingOptions withTopics(Set<UUID> newTopicIds) {
        return new BriefingOptions(from, to, newTopicIds, maxSensitivity, locale, preparedOn, author, ourCountry);
    }

    public BriefingOptions withMaxSensitivity(Sensitivity max) {
        return new BriefingOptions(from, to, topicIds, max, locale, preparedOn, author, ourCountry);
    }

    public BriefingOptions withLocale(Locale newLocale) {
        return new BriefingOptions(from, to, topicIds, maxSensitivity, newLocale, preparedOn, author, ourCountry);
    }

    public BriefingOptions withPreparation(LocalDate date, String by) {
        return new BriefingOptions(from, to, topicIds, maxSensitivity, locale, date, by, ourCountry);
    }

    /** True when the date lies in the chosen range; undated records are always in it. */
    public boolean inRange(LocalDate date) {
        return date == null || ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to)));
    }
}
