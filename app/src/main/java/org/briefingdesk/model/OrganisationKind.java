package org.briefingdesk.model;

public enum OrganisationKind {
    MINISTRY, GOVERNMENT, AGENCY, INTERNATIONAL_ORGANISATION, PARTY, NGO, OTHER
}
