package org.briefingdesk.testutil;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;
import org.briefingdesk.model.StatusChange;

/**
 * Builds {@link Commitment}s for tests: {@code aCommitment()} starts from a typical commitment with a new id,
 * {@code from(x)} copies a record to change a few fields; every field has a setter of its own name.
 */
public final class CommitmentBuilder {
    private UUID id;
    private UUID statementId;
    private String text;
    private CommitmentStatus status;
    private LocalDate dueDate;
    private List<StatusChange> history;
    private List<UUID> topicIds;
    private RecordInfo info;

    private CommitmentBuilder(Commitment c) {
        this.id = c.id();
        this.statementId = c.statementId();
        this.text = c.text();
        this.status = c.status();
        this.dueDate = c.dueDate();
        this.history = c.history();
        this.topicIds = c.topicIds();
        this.info = c.info();
    }

    public static CommitmentBuilder aCommitment() {
        return new CommitmentBuilder(TypicalRecords.commitment(null)).id(UUID.randomUUID());
    }

    public static CommitmentBuilder from(Commitment c) {
        return new CommitmentBuilder(c);
    }

    public CommitmentBuilder id(UUID value) {
        this.id = value;
        return this;
    }

    public CommitmentBuilder statementId(UUID value) {
        this.statementId = value;
        return this;
    }

    public CommitmentBuilder text(String value) {
        this.text = value;
        return this;
    }

    public CommitmentBuilder status(CommitmentStatus value) {
        this.status = value;
        return this;
    }

    public CommitmentBuilder dueDate(LocalDate value) {
        this.dueDate = value;
        return this;
    }

    public CommitmentBuilder history(StatusChange... values) {
        this.history = List.of(values);
        return this;
    }

    public CommitmentBuilder history(List<StatusChange> values) {
        this.history = values;
        return this;
    }

    public CommitmentBuilder topicIds(UUID... values) {
        this.topicIds = List.of(values);
        return this;
    }

    public CommitmentBuilder topicIds(List<UUID> values) {
        this.topicIds = values;
        return this;
    }

    public CommitmentBuilder sensitivity(Sensitivity value) {
        this.info = info.withSensitivity(value);
        return this;
    }

    public CommitmentBuilder sources(Source... values) {
        this.info = info.withSources(List.of(values));
        return this;
    }

    /** As if never saved: the store fills in the audit. */
    public CommitmentBuilder unsaved() {
        this.info = info.withAudit(Audit.NEW);
        return this;
    }

    public Commitment build() {
        return new Commitment(id, statementId, text, status, dueDate, history, topicIds, info);
    }
}
