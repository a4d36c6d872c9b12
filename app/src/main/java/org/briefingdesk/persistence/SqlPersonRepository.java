package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.store.PersonRepository;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Role;

final class SqlPersonRepository extends SqlRepository<Person> implements PersonRepository {
    private static final ChildRows.Query<String> ALIASES = new ChildRows.Query<>("person_alias", "person_id",
            "position", r -> r.getString("alias"));
    private static final ChildRows.Query<Role> ROLES = new ChildRows.Query<>("person_role", "person_id", "position",
            r -> new Role(r.getString("title"), Jdbc.uuid(r, "organisation_id"), Jdbc.date(r, "from_date"),
                    Jdbc.date(r, "to_date")));

    SqlPersonRepository(SqlContext context) {
        super(context, "person", RecordKind.PERSON,
                List.of("honorific", "given_name", "family_name", "country_code", "notes"));
    }

    @Override
    public List<Person> findByOrganisation(UUID organisationId) {
        return findWhere("id IN (SELECT person_id FROM person_role WHERE organisation_id = ?)", organisationId);
    }

    @Override
    Object[] values(Person p) {
        return new Object[] {p.honorific(), p.givenName(), p.familyName(), p.countryCode(), p.notes()};
    }

    @Override
    Person map(ResultSet rs, RecordInfo info, ChildRows children) throws SQLException {
        UUID id = Jdbc.uuid(rs, "id");
        List<String> aliases = children.of(ALIASES, id);
        List<Role> roles = children.of(ROLES, id);
        return new Person(id, rs.getString("honorific"), rs.getString("given_name"), rs.getString("family_name"),
                rs.getString("country_code"), rs.getString("notes"), aliases, roles,
                info);
    }

    @Override
    void writeChildren(RowSink rows, Person p) throws SQLException {
        int position = 0;
        for (String alias : p.aliases()) {
            rows.add("INSERT INTO person_alias(person_id, position, alias) VALUES (?, ?, ?)",
                    p.id(), position++, alias);
        }
        position = 0;
        for (Role role : p.roles()) {
            rows.add("INSERT INTO person_role(person_id, position, title, organisation_id, from_date, to_date)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", p.id(), position++, role.title(), role.organisationId(),
                    role.from(), role.to());
        }
    }

    @Override
    void deleteChildren(Connection c, UUID id) throws SQLException {
        Jdbc.update(c, "DELETE FROM person_alias WHERE person_id = ?", id);
        Jdbc.update(c, "DELETE FROM person_role WHERE person_id = ?", id);
    }
}
