package org.briefingdesk.testutil;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.FollowUp;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;

/**
 * Builds {@link Report}s for tests: {@code aReport()} starts from a typical report with a new id,
 * {@code from(x)} copies a record to change a few fields; every field has a setter of its own name.
 */
public final class ReportBuilder {
    private UUID id;
    private UUID eventId;
    private String title;
    private String author;
    private LocalDate date;
    private String body;
    private String outcomes;
    private List<FollowUp> followUps;
    private List<UUID> topicIds;
    private RecordInfo info;

    private ReportBuilder(Report r) {
        this.id = r.id();
        this.eventId = r.eventId();
        this.title = r.title();
        this.author = r.author();
        this.date = r.date();
        this.body = r.body();
        this.outcomes = r.outcomes();
        this.followUps = r.followUps();
        this.topicIds = r.topicIds();
        this.info = r.info();
    }

    public static ReportBuilder aReport() {
        return new ReportBuilder(TypicalRecords.report(null)).id(UUID.randomUUID());
    }

    public static ReportBuilder from(Report r) {
        return new ReportBuilder(r);
    }

    public ReportBuilder id(UUID value) {
        this.id = value;
        return this;
    }

    public ReportBuilder eventId(UUID value) {
        this.eventId = value;
        return this;
    }

    public ReportBuilder title(String value) {
        this.title = value;
        return this;
    }

    public ReportBuilder author(String value) {
        this.author = value;
        return this;
    }

    public ReportBuilder date(LocalDate value) {
        this.date = value;
        return this;
    }

    public ReportBuilder body(String value) {
        this.body = value;
        return this;
    }

    public ReportBuilder outcomes(String value) {
        this.outcomes = value;
        return this;
    }

    public ReportBuilder followUps(FollowUp... values) {
        this.followUps = List.of(values);
        return this;
    }

    public ReportBuilder followUps(List<FollowUp> values) {
        this.followUps = values;
        return this;
    }

    public ReportBuilder topicIds(UUID... values) {
        this.topicIds = List.of(values);
        return this;
    }

    public ReportBuilder topicIds(List<UUID> values) {
        this.topicIds = values;
        return this;
    }

    public ReportBuilder sensitivity(Sensitivity value) {
        this.info = info.withSensitivity(value);
        return this;
    }

    public ReportBuilder sources(Source... values) {
        this.info = info.withSources(List.of(values));
        return this;
    }

    /** As if never saved: the store fills in the audit. */
    public ReportBuilder unsaved() {
        this.info = info.withAudit(Audit.NEW);
        return this;
    }

    public Report build() {
        return new Report(id, eventId, title, author, date, body, outcomes, followUps, topicIds, info);
    }
}
