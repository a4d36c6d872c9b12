package org.briefingdesk.testutil;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;
import org.briefingdesk.model.Topic;

/**
 * Builds {@link Topic}s for tests: {@code aTopic()} starts from a typical topic with a new id,
 * {@code from(x)} copies a record to change a few fields; every field has a setter of its own name.
 */
public final class TopicBuilder {
    private UUID id;
    private String name;
    private String nameEn;
    private UUID parentId;
    private String description;
    private RecordInfo info;

    private TopicBuilder(Topic t) {
        this.id = t.id();
        this.name = t.name();
        this.nameEn = t.nameEn();
        this.parentId = t.parentId();
        this.description = t.description();
        this.info = t.info();
    }

    public static TopicBuilder aTopic() {
        return new TopicBuilder(TypicalRecords.topic("migrace", null)).id(UUID.randomUUID());
    }

    public static TopicBuilder from(Topic t) {
        return new TopicBuilder(t);
    }

    public TopicBuilder id(UUID value) {
        this.id = value;
        return this;
    }

    public TopicBuilder name(String value) {
        this.name = value;
        return this;
    }

    public TopicBuilder nameEn(String value) {
        this.nameEn = value;
        return this;
    }

    public TopicBuilder parentId(UUID value) {
        this.parentId = value;
        return this;
    }

    public TopicBuilder description(String value) {
        this.description = value;
        return this;
    }

    public TopicBuilder sensitivity(Sensitivity value) {
        this.info = info.withSensitivity(value);
        return this;
    }

    public TopicBuilder sources(Source... values) {
        this.info = info.withSources(List.of(values));
        return this;
    }

    /** As if never saved: the store fills in the audit. */
    public TopicBuilder unsaved() {
        this.info = info.withAudit(Audit.NEW);
        return this;
    }

    public Topic build() {
        return new Topic(id, name, nameEn, parentId, description, info);
    }
}
