package org.briefingdesk.ui.forms.statement;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.ui.forms.ChipList;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.LinkField;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/** A statement: speaker, event, date, kind, original text and language, translation, topics, sources. */
public final class StatementFormViewModel extends RecordFormViewModel<Statement> {
    private final LinkField speaker;
    private final LinkField event;
    private final StringProperty date;
    private final ObjectProperty<StatementKind> statementKind;
    private final StringProperty language;
    private final StringProperty text;
    private final StringProperty translation;
    private final ChipList topics;

    public StatementFormViewModel(FormContext context, Statement original) {
        super(context, original);
        Statement s = original != null ? original : new Statement(null, null, null, null, "", "cs", "",
                StatementKind.VERBATIM_QUOTE, List.of(), RecordInfo.NEW);
        speaker = link("speakerId", context.choices().people(), s.speakerId());
        event = link("eventId", context.choices().events(), s.eventId());
        date = text("date", shown(s.date()));
        statementKind = value("kind", s.kind());
        language = text("language", s.language());
        text = text("text", s.text());
        translation = text("translation", s.translation());
        topics = chips("topicIds", context.choices().topics(), s.topicIds(), false);
        ready();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.STATEMENT;
    }

    @Override
    protected Statement build(List<Violation> problems) {
        return new Statement(id(), id("speakerId", speaker, problems), date("date", date.get(), problems),
                id("eventId", event, problems), text.get(), language.get(), translation.get(), statementKind.get(),
                ids(topics), info());
    }

    @Override
    public String heading() {
        return isNew() ? l10n.get("ui.form.new.statement") : l10n.get("ui.form.edit", RecordLabels.label(original()));
    }

    public LinkField speaker() {
        return speaker;
    }

    public LinkField event() {
        return event;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public ObjectProperty<StatementKind> statementKindProperty() {
        return statementKind;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty translationProperty() {
        return translation;
    }

    public ChipList topics() {
        return topics;
    }
}
