package org.briefingdesk.testutil;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;

/**
 * Builds {@link Person}s for tests: {@code aPerson()} starts from a typical person with a new id,
 * {@code from(x)} copies a record to change a few fields; every field has a setter of its own name.
 */
public final class PersonBuilder {
    private UUID id;
    private String honorific;
    private String givenName;
    private String familyName;
    private String countryCode;
    private String notes;
    private List<String> aliases;
    private List<Role> roles;
    private RecordInfo info;

    private PersonBuilder(Person p) {
        this.id = p.id();
        this.honorific = p.honorific();
        this.givenName = p.givenName();
        this.familyName = p.familyName();
        this.countryCode = p.countryCode();
        this.notes = p.notes();
        this.aliases = p.aliases();
        this.roles = p.roles();
        this.info = p.info();
    }

    public static PersonBuilder aPerson() {
        return new PersonBuilder(TypicalRecords.person("Vít", "Rakušan")).id(UUID.randomUUID());
    }

    public static PersonBuilder from(Person p) {
        return new PersonBuilder(p);
    }

    public PersonBuilder id(UUID value) {
        this.id = value;
        return this;
    }

    public PersonBuilder honorific(String value) {
        this.honorific = value;
        return this;
    }

    public PersonBuilder givenName(String value) {
        this.givenName = value;
        return this;
    }

    public PersonBuilder familyName(String value) {
        this.familyName = value;
        return this;
    }

    public PersonBuilder countryCode(String value) {
        this.countryCode = value;
        return this;
    }

    public PersonBuilder notes(String value) {
        this.notes = value;
        return this;
    }

    public PersonBuilder aliases(String... values) {
        this.aliases = List.of(values);
        return this;
    }

    public PersonBuilder aliases(List<String> values) {
        this.aliases = values;
        return this;
    }

    public PersonBuilder roles(Role... values) {
        this.roles = List.of(values);
        return this;
    }

    public PersonBuilder roles(List<Role> values) {
        this.roles = values;
        return this;
    }

    public PersonBuilder named(String given, String family) {
        return givenName(given).familyName(family);
    }

    public PersonBuilder sensitivity(Sensitivity value) {
        this.info = info.withSensitivity(value);
        return this;
    }

    public PersonBuilder sources(Source... values) {
        this.info = info.withSources(List.of(values));
        return this;
    }

    /** As if never saved: the store fills in the audit. */
    public PersonBuilder unsaved() {
        this.info = info.withAudit(Audit.NEW);
        return this;
    }

    public Person build() {
        return new Person(id, honorific, givenName, familyName, countryCode, notes, aliases, roles, info);
    }
}
