package org.briefingdesk.model;

/** The kinds of record a user works with; the order is the order of the navigation sections. */
public enum RecordKind {
    EVENT(Event.class, "events"), REPORT(Report.class, "reports"), PERSON(Person.class, "people"),
    ORGANISATION(Organisation.class, "organisations"), STATEMENT(Statement.class, "statements"),
    COMMITMENT(Commitment.class, "commitments"), TOPIC(Topic.class, "topics");

    private static final RecordKind[] ALL = values();
    private final Class<? extends StoredRecord> type;
    private final String plural;

    RecordKind(Class<? extends StoredRecord> type, String plural) {
        this.type = type;
        this.plural = plural;
    }

    /** The kind's records in English ("people"): the names of files' arrays and JSON keys, never translated. */
    public String plural() {
        return plural;
    }

    /** The kind of a record class. */
    public static RecordKind of(Class<?> recordClass) {
        for (RecordKind kind : ALL) {
            if (kind.type == recordClass) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a record kind: " + recordClass);
    }
}
