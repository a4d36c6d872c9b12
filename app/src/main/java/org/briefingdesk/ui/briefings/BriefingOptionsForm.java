package org.briefingdesk.ui.briefings;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.DateParser;
import org.briefingdesk.logic.briefing.BriefingOptions;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.Choice;
import org.briefingdesk.model.Sensitivity;

/**
 * The options as typed: a date range in Czech or ISO dates, topics, the highest sensitivity and the
 * headings' language. {@link #problem} names what is wrong in one sentence; {@link #options} builds them.
 */
final class BriefingOptionsForm {
    private final Localization l10n;
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObservableList<Choice> topics = FXCollections.observableArrayList();
    private final ObjectProperty<Sensitivity> maxSensitivity = new SimpleObjectProperty<>(Sensitivity.SENSITIVE);
    private final BooleanProperty englishHeadings;

    BriefingOptionsForm(Localization l10n) {
        this.l10n = l10n;
        this.englishHeadings = new SimpleBooleanProperty("en".equals(l10n.locale().getLanguage()));
    }

    StringProperty fromProperty() {
        return from;
    }

    StringProperty toProperty() {
        return to;
    }

    ObservableList<Choice> topics() {
        return topics;
    }

    ObjectProperty<Sensitivity> maxSensitivityProperty() {
        return maxSensitivity;
    }

    BooleanProperty englishHeadingsProperty() {
        return englishHeadings;
    }

    /** Everything a change of which changes the pack. */
    Observable[] dependencies() {
        return new Observable[] {from, to, topics, maxSensitivity, englishHeadings};
    }

    /** What is wrong with the options, in one sentence; empty when nothing. */
    Optional<String> problem() {
        Optional<String> date = dateProblem(from.get()).or(() -> dateProblem(to.get()));
        if (date.isPresent()) {
            return date;
        }
        LocalDate start = date(from.get());
        LocalDate end = date(to.get());
        if (start != null && end != null && start.isAfter(end)) {
            return Optional.of(l10n.get("ui.briefings.error.range"));
        }
        return Optional.empty();
    }

    /** The options as the assembler takes them; call only when {@link #problem} is empty. */
    BriefingOptions options(LocalDate today, String author) {
        Set<UUID> topicIds = Set.copyOf(topics.stream().map(Choice::id).toList());
        return BriefingOptions.defaults().withPreparation(today, author).withDates(date(from.get()), date(to.get()))
                .withTopics(topicIds).withMaxSensitivity(maxSensitivity.get())
                .withLocale(englishHeadings.get() ? Localization.ENGLISH : Localization.CZECH);
    }

    private Optional<String> dateProblem(String text) {
        if (text == null || text.isBlank() || DateParser.parse(text).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(l10n.get("ui.briefings.error.date", text.strip()));
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : DateParser.parse(text).orElse(null);
    }
}
