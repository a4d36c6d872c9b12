package org.briefingdesk.logic.store;

import org.briefingdesk.model.Organisation;

public interface OrganisationRepository extends Repository<Organisation> {
}
