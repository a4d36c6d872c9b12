package org.briefingdesk.model;

/** The kinds of record a user works with; the order is the order of the navigation sections. */
public enum RecordKind {
    EVENT, REPORT, PERSON, ORGANISATION, STATEMENT, COMMITMENT, TOPIC
}
