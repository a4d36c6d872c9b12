package org.briefingdesk.ui.forms.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.records.DuplicateFinder;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Role;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/** A person: name parts, honorific, country, aliases, roles over time, notes. */
public final class PersonFormViewModel extends RecordFormViewModel<Person> {
    private final ObservableList<RoleRow> roles = rows("roles");

    public PersonFormViewModel(FormContext context, Person original) {
        super(context, original, "ui.form.new.person");
        Person p = original != null ? original : new Person(null, "", "", "", null, "", List.of(), List.of(),
                RecordInfo.NEW);
        fieldsOf(p, Map.of("countryCode", context.choices().countries()));
        for (Role r : p.roles()) {
            roles.add(new RoleRow(context.choices().organisations(), r.title(),
                    r.organisationId() == null ? null : r.organisationId().toString(),
                    shown(r.from()), shown(r.to())));
        }
        warnOfDuplicates(record -> DuplicateFinder.people(record, context.people()), "ui.form.duplicate.person");
        ready();
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
        return fromFields(problems, Map.of("roles", roleList));
    }

    public void addRole() {
        roles.add(new RoleRow(context.choices().organisations(), "", null, "", ""));
    }
}
