package org.briefingdesk.logic.store;

import org.briefingdesk.model.Person;

public interface PersonRepository extends Repository<Person> {
}
