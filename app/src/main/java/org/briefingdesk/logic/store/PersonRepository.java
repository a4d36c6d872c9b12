package org.briefingdesk.logic.store;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Person;

public interface PersonRepository extends Repository<Person> {
    /** The people with a role at the organisation (an organisation's detail; not every person read). */
    List<Person> findByOrganisation(UUID organisationId);
}
