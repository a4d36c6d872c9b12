package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.briefingdesk.logic.records.Instants;
import org.briefingdesk.logic.store.RecordProblem;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.OrganisationKind;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.StatementKind;

/**
 * The typed values of the record tables (dates, times, ids, kinds, JSON) and which stored values do
 * not read as their type: another tool may have written {@code start_date='2025-02-30'} or
 * {@code sources='{broken'}. Reading such a record does not fail: the field is read as empty (a
 * sensitivity as the most restrictive), the log names table, record and field — never the value —
 * and {@code check} and the record's detail name the field as invalid.
 */
final class StoredValues {
    private static final System.Logger LOG = System.getLogger(StoredValues.class.getName());

    /** A typed column of a record table or of one of its child tables. */
    private record Column(RecordKind kind, String table, String owner, String column, String component,
                          Predicate<Object> valid) {
    }

    private static final Predicate<Object> DATE = text(v -> parses(() -> LocalDate.parse(v)));
    private static final Predicate<Object> INSTANT = text(v -> parses(() -> Instants.parse(v)));
    private static final Predicate<Object> ID = text(StoredValues::isUuid);
    private static final Predicate<Object> SOURCES = text(v -> parses(() -> SourcesJson.parse(v)));
    private static final Predicate<Object> SENSITIVITY = enumOf(Sensitivity.class);
    private static final Predicate<Object> INTEGER = v -> v instanceof Integer || v instanceof Long;

    private static final List<Column> COLUMNS = columns();

    private StoredValues() {
    }

    private static List<Column> columns() {
        List<Column> all = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            String table = RecordTables.TABLES.get(kind);
            all.add(new Column(kind, table, "id", "id", "id", ID));
            all.add(new Column(kind, table, "id", "sensitivity", "sensitivity", SENSITIVITY));
            all.add(new Column(kind, table, "id", "sources", "sources", SOURCES));
            all.add(new Column(kind, table, "id", "created_at", "audit", INSTANT));
            all.add(new Column(kind, table, "id", "updated_at", "audit", INSTANT));
        }
        main(all, RecordKind.ORGANISATION, "kind", "kind", enumOf(OrganisationKind.class));
        child(all, RecordKind.PERSON, "person_role", "person_id", "organisation_id", "roles", ID);
        child(all, RecordKind.PERSON, "person_role", "person_id", "from_date", "roles", DATE);
        child(all, RecordKind.PERSON, "person_role", "person_id", "to_date", "roles", DATE);
        main(all, RecordKind.TOPIC, "parent_id", "parentId", ID);
        main(all, RecordKind.EVENT, "kind", "kind", enumOf(EventKind.class));
        main(all, RecordKind.EVENT, "start_date", "startDate", DATE);
        main(all, RecordKind.EVENT, "end_date", "endDate", DATE);
        main(all, RecordKind.EVENT, "organiser_id", "organiserId", ID);
        main(all, RecordKind.EVENT, "participating_countries", "participatingCountries", INTEGER);
        main(all, RecordKind.EVENT, "parent_id", "parentId", ID);
        child(all, RecordKind.EVENT, "participation", "event_id", "person_id", "participants", ID);
        child(all, RecordKind.EVENT, "participation", "event_id", "role", "participants",
                enumOf(ParticipationRole.class));
        child(all, RecordKind.EVENT, "participation", "event_id", "on_behalf_of_organisation", "participants", ID);
        child(all, RecordKind.EVENT, "event_topic", "event_id", "topic_id", "topicIds", ID);
        main(all, RecordKind.REPORT, "event_id", "eventId", ID);
        main(all, RecordKind.REPORT, "report_date", "date", DATE);
        child(all, RecordKind.REPORT, "report_follow_up", "report_id", "due_date", "followUps", DATE);
        child(all, RecordKind.REPORT, "report_topic", "report_id", "topic_id", "topicIds", ID);
        main(all, RecordKind.STATEMENT, "speaker_id", "speakerId", ID);
        main(all, RecordKind.STATEMENT, "statement_date", "date", DATE);
        main(all, RecordKind.STATEMENT, "event_id", "eventId", ID);
        main(all, RecordKind.STATEMENT, "kind", "kind", enumOf(StatementKind.class));
        child(all, RecordKind.STATEMENT, "statement_topic", "statement_id", "topic_id", "topicIds", ID);
        main(all, RecordKind.COMMITMENT, "statement_id", "statementId", ID);
        main(all, RecordKind.COMMITMENT, "status", "status", enumOf(CommitmentStatus.class));
        main(all, RecordKind.COMMITMENT, "due_date", "dueDate", DATE);
        child(all, RecordKind.COMMITMENT, "commitment_status", "commitment_id", "change_date", "history", DATE);
        child(all, RecordKind.COMMITMENT, "commitment_status", "commitment_id", "status", "history",
                enumOf(CommitmentStatus.class));
        child(all, RecordKind.COMMITMENT, "commitment_topic", "commitment_id", "topic_id", "topicIds", ID);
        return List.copyOf(all);
    }

    private static void main(List<Column> all, RecordKind kind, String column, String component,
                             Predicate<Object> valid) {
        all.add(new Column(kind, RecordTables.TABLES.get(kind), "id", column, component, valid));
    }

    private static void child(List<Column> all, RecordKind kind, String table, String owner, String column,
                              String component, Predicate<Object> valid) {
        all.add(new Column(kind, table, owner, column, component, valid));
    }

    /**
     * Every record with a stored value that does not read, by kind, id and field; a record whose own id
     * is not an id is named by its row number ({@code #12}).
     */
    static List<RecordProblem> scan(Connection c) throws SQLException {
        Set<RecordProblem> problems = new LinkedHashSet<>();
        for (Column col : COLUMNS) {
            String sql = "SELECT " + col.owner() + ", " + col.column() + ", rowid FROM " + col.table()
                    + " WHERE " + col.column() + " IS NOT NULL";
            Jdbc.query(c, sql, rs -> {
                if (!col.valid().test(rs.getObject(2))) {
                    String owner = rs.getString(1);
                    problems.add(new RecordProblem(col.kind(), isUuid(owner) ? owner : "#" + rs.getLong(3),
                            col.component()));
                }
                return null;
            });
        }
        return List.copyOf(problems);
    }

    /** The fields of one record whose stored values do not read (record components, in table order). */
    static List<String> invalidFields(Connection c, RecordKind kind, UUID id) throws SQLException {
        Set<String> fields = new LinkedHashSet<>();
        for (Column col : COLUMNS) {
            if (col.kind() != kind || col.column().equals("id")) {
                continue;
            }
            String sql = "SELECT " + col.column() + " FROM " + col.table() + " WHERE " + col.owner() + " = ?"
                    + " AND " + col.column() + " IS NOT NULL";
            for (Object value : Jdbc.query(c, sql, rs -> rs.getObject(1), id)) {
                if (!col.valid().test(value)) {
                    fields.add(col.component());
                }
            }
        }
        return List.copyOf(fields);
    }

    /**
     * Logs that a stored value could not be read: table, column and the row's record — never the
     * value, which may be anything the record holds.
     */
    static void reportUnreadable(ResultSet rs, String column) {
        String table = "?";
        String record = "?";
        try {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnName(i);
                if (name.equalsIgnoreCase(column)) {
                    table = meta.getTableName(i);
                }
                if (record.equals("?") && (name.equals("id") || name.endsWith("_id")) && isUuid(rs.getString(i))) {
                    record = rs.getString(i);
                }
            }
        } catch (SQLException e) {
            // the line below is still worth logging
        }
        LOG.log(System.Logger.Level.WARNING, "stored value not readable, read as empty: table {0}, column {1},"
                + " record {2}", table, column, record);
    }

    static boolean isUuid(String text) {
        return text != null && text.length() == 36 && parses(() -> UUID.fromString(text));
    }

    private static Predicate<Object> text(Predicate<String> valid) {
        return v -> v instanceof String text && valid.test(text);
    }

    private static <E extends Enum<E>> Predicate<Object> enumOf(Class<E> type) {
        return text(v -> parses(() -> Enum.valueOf(type, v)));
    }

    private static boolean parses(Callable<?> parse) {
        try {
            parse.call();
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
