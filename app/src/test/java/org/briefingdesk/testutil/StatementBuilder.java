package org.briefingdesk.testutil;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;

/**
 * Builds {@link Statement}s for tests: {@code aStatement()} starts from a typical statement with a new id,
 * {@code from(x)} copies a record to change a few fields; every field has a setter of its own name.
 */
public final class StatementBuilder {
    private UUID id;
    private UUID speakerId;
    private LocalDate date;
    private UUID eventId;
    private String text;
    private String language;
    private String translation;
    private StatementKind kind;
    private List<UUID> topicIds;
    private RecordInfo info;

    private StatementBuilder(Statement s) {
        this.id = s.id();
        this.speakerId = s.speakerId();
        this.date = s.date();
        this.eventId = s.eventId();
        this.text = s.text();
        this.language = s.language();
        this.translation = s.translation();
        this.kind = s.kind();
        this.topicIds = s.topicIds();
        this.info = s.info();
    }

    public static StatementBuilder aStatement() {
        Statement typical = TypicalRecords.statement(null, null, "Chceme co nejdříve schválit novelu.");
        return new StatementBuilder(typical).id(UUID.randomUUID());
    }

    public static StatementBuilder from(Statement s) {
        return new StatementBuilder(s);
    }

    public StatementBuilder id(UUID value) {
        this.id = value;
        return this;
    }

    public StatementBuilder speakerId(UUID value) {
        this.speakerId = value;
        return this;
    }

    public StatementBuilder date(LocalDate value) {
        this.date = value;
        return this;
    }

    public StatementBuilder eventId(UUID value) {
        this.eventId = value;
        return this;
    }

    public StatementBuilder text(String value) {
        this.text = value;
        return this;
    }

    public StatementBuilder language(String value) {
        this.language = value;
        return this;
    }

    public StatementBuilder translation(String value) {
        this.translation = value;
        return this;
    }

    public StatementBuilder kind(StatementKind value) {
        this.kind = value;
        return this;
    }

    public StatementBuilder topicIds(UUID... values) {
        this.topicIds = List.of(values);
        return this;
    }

    public StatementBuilder topicIds(List<UUID> values) {
        this.topicIds = values;
        return this;
    }

    public StatementBuilder sensitivity(Sensitivity value) {
        this.info = info.withSensitivity(value);
        return this;
    }

    public StatementBuilder sources(Source... values) {
        this.info = info.withSources(List.of(values));
        return this;
    }

    /** As if never saved: the store fills in the audit. */
    public StatementBuilder unsaved() {
        this.info = info.withAudit(Audit.NEW);
        return this;
    }

    public Statement build() {
        return new Statement(id, speakerId, date, eventId, text, language, translation, kind, topicIds, info);
    }
}
