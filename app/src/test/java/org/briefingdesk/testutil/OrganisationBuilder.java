package org.briefingdesk.testutil;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.OrganisationKind;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;

/**
 * Builds {@link Organisation}s for tests: {@code anOrganisation()} starts from the Home Office with a new id,
 * {@code from(x)} copies a record to change a few fields; every field has a setter of its own name.
 */
public final class OrganisationBuilder {
    private UUID id;
    private String name;
    private String abbreviation;
    private OrganisationKind kind;
    private String countryCode;
    private String notes;
    private RecordInfo info;

    private OrganisationBuilder(Organisation o) {
        this.id = o.id();
        this.name = o.name();
        this.abbreviation = o.abbreviation();
        this.kind = o.kind();
        this.countryCode = o.countryCode();
        this.notes = o.notes();
        this.info = o.info();
    }

    public static OrganisationBuilder anOrganisation() {
        return new OrganisationBuilder(TypicalRecords.homeOffice()).id(UUID.randomUUID());
    }

    public static OrganisationBuilder from(Organisation o) {
        return new OrganisationBuilder(o);
    }

    public OrganisationBuilder id(UUID value) {
        this.id = value;
        return this;
    }

    public OrganisationBuilder name(String value) {
        this.name = value;
        return this;
    }

    public OrganisationBuilder abbreviation(String value) {
        this.abbreviation = value;
        return this;
    }

    public OrganisationBuilder kind(OrganisationKind value) {
        this.kind = value;
        return this;
    }

    public OrganisationBuilder countryCode(String value) {
        this.countryCode = value;
        return this;
    }

    public OrganisationBuilder notes(String value) {
        this.notes = value;
        return this;
    }

    public OrganisationBuilder sensitivity(Sensitivity value) {
        this.info = info.withSensitivity(value);
        return this;
    }

    public OrganisationBuilder sources(Source... values) {
        this.info = info.withSources(List.of(values));
        return this;
    }

    /** As if never saved: the store fills in the audit. */
    public OrganisationBuilder unsaved() {
        this.info = info.withAudit(Audit.NEW);
        return this;
    }

    public Organisation build() {
        return new Organisation(id, name, abbreviation, kind, countryCode, notes, info);
    }
}
