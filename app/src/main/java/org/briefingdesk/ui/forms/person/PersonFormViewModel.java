package org.briefingdesk.ui.forms.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.records.DuplicateFinder;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Role;
import org.briefingdesk.ui.forms.ChipList;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.LinkField;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/** A person: name parts, honorific, country, aliases, roles over time, notes. */
public final class PersonFormViewModel extends RecordFormViewModel<Person> {
    private final StringProperty honorific;
    private final StringProperty givenName;
    private final StringProperty familyName;
    private final LinkField country;
    private final ChipList aliases;
    private final ObservableList<RoleRow> roles = rows("roles");
    private final StringProperty notes;

    public PersonFormViewModel(FormContext context, Person original) {
        super(context, original);
        Person p = original != null ? original : new Person(null, "", "", "", null, "", List.of(), List.of(),
                RecordInfo.NEW);
        honorific = text("honorific", p.honorific());
        givenName = text("givenName", p.givenName());
        familyName = text("familyName", p.familyName());
        country = link("countryCode", context.choices().countries(), p.countryCode());
        aliases = chips("aliases", List.of(), p.aliases(), true);
        notes = text("notes", p.notes());
        for (Role r : p.roles()) {
            roles.add(new RoleRow(context.choices().organisations(), r.title(),
                    r.organisationId() == null ? null : r.organisationId().toString(),
                    shown(r.from()), shown(r.to())));
        }
        ready();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.PERSON;
    }

    @Override
    protected Person build(List<Violation> problems) {
        List<Role> roleList = readRows("roles", roles, row -> {
            List<Violation> rowProblems = new ArrayList<>();
            LocalDate from = date("roles", row.fromProperty().get(), rowProblems);
            LocalDate to = date("roles", row.toProperty().get(), rowProblems);
            String organisation = key("roles", row.organisation(), rowProblems);
            boolean blank = row.titleProperty().get().isBlank() && organisation == null && from == null && to == null;
            if (!rowProblems.isEmpty()) {
                return new Row<>(null, rowProblems.get(0).message(l10n));
            }
            if (from != null && to != null && to.isBefore(from)) {
                return new Row<>(null, l10n.get("rule.role.dates", row.titleProperty().get().strip()));
            }
            return new Row<>(blank ? null : new Role(row.titleProperty().get(),
                    organisation == null ? null : UUID.fromString(organisation), from, to), null);
        }, problems);
        return new Person(id(), honorific.get(), givenName.get(), familyName.get(),
                key("countryCode", country, problems), notes.get(), aliases.keys(), roleList,
                info());
    }

    @Override
    protected void afterValidation(Person record) {
        List<Person> same = isNew() ? DuplicateFinder.people(record, context.people()) : List.of();
        duplicate.set(same.isEmpty() ? null : same.get(0));
    }

    @Override
    protected boolean confirmSave() {
        Person existing = (Person) duplicate.get();
        return existing == null || context.dialogs().confirm(l10n.get("ui.form.duplicate.title"),
                l10n.get("ui.form.duplicate.person", RecordLabels.label(existing)), l10n.get("ui.form.duplicate.text"));
    }

    public void addRole() {
        roles.add(new RoleRow(context.choices().organisations(), "", null, "", ""));
    }

    @Override
    public String heading() {
        return isNew() ? l10n.get("ui.form.new.person") : l10n.get("ui.form.edit", RecordLabels.label(original()));
    }

    public StringProperty honorificProperty() {
        return honorific;
    }

    public StringProperty givenNameProperty() {
        return givenName;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public LinkField country() {
        return country;
    }

    public ChipList aliases() {
        return aliases;
    }

    public ObservableList<RoleRow> roles() {
        return roles;
    }

    public StringProperty notesProperty() {
        return notes;
    }

}
