package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.store.OrganisationRepository;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.OrganisationKind;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;

final class SqlOrganisationRepository extends SqlRepository<Organisation> implements OrganisationRepository {
    SqlOrganisationRepository(SqlContext context) {
        super(context, "organisation", RecordKind.ORGANISATION,
                List.of("name", "abbreviation", "kind", "country_code", "notes"));
    }

    @Override
    Object[] values(Organisation o) {
        return new Object[] {o.name(), o.abbreviation(), o.kind(), o.countryCode(), o.notes()};
    }

    @Override
    Organisation map(ResultSet rs, RecordInfo info, ChildRows children) throws SQLException {
        return new Organisation(Jdbc.uuid(rs, "id"), rs.getString("name"), rs.getString("abbreviation"),
                Jdbc.enumValue(rs, "kind", OrganisationKind.class), rs.getString("country_code"),
                rs.getString("notes"), info);
    }

    @Override
    void writeChildren(Connection c, Organisation record) {
        // An organisation has no child rows.
    }

    @Override
    void deleteChildren(Connection c, UUID id) {
        // An organisation has no child rows.
    }
}
