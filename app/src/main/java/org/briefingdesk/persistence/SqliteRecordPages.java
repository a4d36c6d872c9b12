package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.i18n.CzechCollation;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.store.RecordPages;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.OrganisationKind;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StatementKind;

/**
 * The sections' tables read from the file a window at a time. Each column is one SQL expression for what the
 * table shows and how it sorts: text by {@code cs_key(x), x COLLATE cs} (see {@link SortKeys}), dates with
 * the empty ones last, kinds by their names in the user's language; ties by row. The columns that sort a
 * large table read a sort-key index (migration 6), so the first window of any order costs a few pages.
 */
final class SqliteRecordPages implements RecordPages {
    private static final String PERSON_NAME_KEY = "person_name_key";
    private final Database db;
    /** The sort-key indexes the file has (one opened read-only by an older build may lack them). */
    private volatile Set<String> indexes;

    SqliteRecordPages(Database db) {
        this.db = db;
    }

    private Set<String> indexes() {
        if (indexes == null) {
            indexes = Set.copyOf(db.read(c -> Jdbc.query(c, "SELECT name FROM sqlite_master WHERE type = 'index'",
                    rs -> rs.getString(1))));
        }
        return indexes;
    }

    @Override
    public int count(RecordKind kind) {
        Section section = section(kind, null);
        return db.read(c -> (int) Jdbc.count(c, "SELECT count(*) FROM " + section.table));
    }

    @Override
    public List<Row> page(RecordKind kind, Order order, int offset, int limit, Localization l10n) {
        Section section = section(kind, l10n);
        Col sortBy = section.column(order.column());
        // The window's rows first, by the sort terms alone: the shown columns (joins, sub-queries) are then
        // read for these rows only, not for every row the offset skips.
        String window = "SELECT " + section.alias + ".rowid FROM " + sortBy.from(section, indexes()) + " ORDER BY "
                + String.join(", ", sortBy.terms(section, order.descending(), l10n)) + " LIMIT ? OFFSET ?";
        StringBuilder shown = new StringBuilder("SELECT ").append(section.alias).append(".rowid, ")
                .append(section.alias).append(".id");
        for (Col col : section.columns) {
            shown.append(", ").append(col.shown);
        }
        shown.append(" FROM ").append(section.from).append(" WHERE ").append(section.alias).append(".rowid IN (");
        return db.read(c -> {
            List<Long> rowids = sortBy.byKindIndex(indexes())
                    ? kindWindow(c, section, sortBy, order.descending(), offset, limit, l10n)
                    : Jdbc.query(c, window, rs -> rs.getLong(1), limit, offset);
            if (rowids.isEmpty()) {
                return List.of();
            }
            String sql = shown + Jdbc.placeholders(rowids.size()) + ")";
            Map<Long, Row> byRowid = new HashMap<>();
            for (Read read : Jdbc.query(c, sql, rs -> row(rs, section), rowids.toArray())) {
                byRowid.put(read.rowid(), read.row());
            }
            return rowids.stream().map(byRowid::get).filter(Objects::nonNull).toList();
        });
    }

    /**
     * A window in the order of a kind column, read kind by kind through its index: the kinds are few, so their
     * counts say in which kinds the window falls, and each kind's rows are read in row order. A million rows are
     * never sorted for it.
     */
    private static List<Long> kindWindow(Connection c, Section section, Col sortBy, boolean descending, int offset,
                                         int limit, Localization l10n) throws SQLException {
        String from = section.table + " " + section.alias + " INDEXED BY " + sortBy.index;
        Map<String, Long> counts = new HashMap<>();
        for (Object[] group : Jdbc.query(c, "SELECT " + sortBy.sorted + ", count(*) FROM " + from + " GROUP BY "
                + sortBy.sorted, rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
            counts.put((String) group[0], (Long) group[1]);
        }
        List<Enum<?>> kinds = new ArrayList<>(sortBy.ranked(l10n));
        if (descending) {
            Collections.reverse(kinds);
        }
        String rows = "SELECT " + section.alias + ".rowid FROM " + from + " WHERE " + sortBy.sorted + " = ? ORDER BY "
                + section.alias + ".rowid" + (descending ? " DESC" : "") + " LIMIT ? OFFSET ?";
        List<Long> rowids = new ArrayList<>();
        long skip = offset;
        for (Enum<?> kind : kinds) {
            long inKind = counts.getOrDefault(kind.name(), 0L);
            if (skip >= inKind) {
                skip -= inKind;
                continue;
            }
            rowids.addAll(Jdbc.query(c, rows, rs -> rs.getLong(1), kind.name(), limit - rowids.size(), skip));
            skip = 0;
            if (rowids.size() >= limit) {
                break;
            }
        }
        return rowids;
    }

    @Override
    public int position(RecordKind kind, Order order, UUID id, Localization l10n) {
        Section section = section(kind, l10n);
        Col sortBy = section.column(order.column());
        List<String> terms = sortBy.terms(section, false, l10n);
        String from = sortBy.from(section, indexes());
        return db.read(c -> {
            List<Object[]> found = Jdbc.query(c, "SELECT " + String.join(", ", terms) + " FROM " + from
                    + " WHERE " + section.alias + ".id = ?", rs -> values(rs, terms.size()), id);
            if (found.isEmpty()) {
                return -1;
            }
            Object[] key = found.get(0);
            String before = order.descending() ? " > ?" : " < ?";
            // the first term alone reads the sort-key index; its ties are few and compared term by term
            long ahead = Jdbc.count(c, "SELECT count(*) FROM " + from + " WHERE " + terms.get(0) + before, key[0]);
            List<String> tied = new ArrayList<>();
            List<Object> params = new ArrayList<>(List.of(key[0]));
            for (int i = 1; i < terms.size(); i++) {
                StringBuilder clause = new StringBuilder("(");
                for (int j = 1; j < i; j++) {
                    clause.append(terms.get(j)).append(" = ? AND ");
                    params.add(key[j]);
                }
                clause.append(terms.get(i)).append(before).append(')');
                params.add(key[i]);
                tied.add(clause.toString());
            }
            long tiedAhead = Jdbc.count(c, "SELECT count(*) FROM " + from + " WHERE " + terms.get(0) + " = ? AND ("
                    + String.join(" OR ", tied) + ")", params.toArray());
            return (int) (ahead + tiedAhead);
        });
    }

    private static Object[] values(ResultSet rs, int count) throws SQLException {
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = rs.getObject(i + 1);
        }
        return values;
    }

    private static Read row(ResultSet rs, Section section) throws SQLException {
        List<Object> values = new ArrayList<>(section.columns.size());
        for (int i = 0; i < section.columns.size(); i++) {
            values.add(section.columns.get(i).read(rs.getString(i + 3)));
        }
        return new Read(rs.getLong(1), new Row(UUID.fromString(rs.getString(2)), values));
    }

    private record Read(long rowid, Row row) {
    }

    /** How a column's value reads and sorts. */
    private enum Shape { TEXT, LONG_TEXT, DATE, KIND }

    /**
     * One column: the expression shown, the one sorted by (the same unless a name shows as "Vít Rakušan" and
     * sorts as "Rakušan Vít"), the index that serves its order and the tables it needs.
     */
    private record Col(Shape shape, String shown, String sorted, String index, String from,
                       Class<? extends Enum<?>> kinds) {
        static Col text(String shown) {
            return new Col(Shape.TEXT, shown, shown, null, null, null);
        }

        static Col indexed(Shape shape, String shown, String sorted, String index) {
            return new Col(shape, shown, sorted, index, null, null);
        }

        static Col date(String shown) {
            return new Col(Shape.DATE, shown, shown, null, null, null);
        }

        static Col kind(String shown, Class<? extends Enum<?>> kinds) {
            return new Col(Shape.KIND, shown, shown, null, null, kinds);
        }

        /** The tables to read in this column's order: its index named, so the planner cannot sort instead. */
        String from(Section section, Set<String> indexes) {
            if (from != null) {
                return indexes.contains(PERSON_NAME_KEY) ? from : section.from;
            }
            if (shape == Shape.KIND) {
                return section.from; // read kind by kind (see kindWindow), or sorted where the index is missing
            }
            String main = section.table + " " + section.alias;
            return index == null || !indexes.contains(index) ? section.from
                    : section.from.replaceFirst("^" + main, main + " INDEXED BY " + index);
        }

        List<String> terms(Section section, boolean descending, Localization l10n) {
            String direction = descending ? " DESC" : "";
            List<String> terms = new ArrayList<>();
            switch (shape) {
                case TEXT, LONG_TEXT -> {
                    terms.add("cs_key(" + sorted + ")");
                    terms.add(sorted + " COLLATE cs");
                }
                case DATE -> terms.add("ifnull(" + sorted + ", '~')");
                case KIND -> terms.add(rank(l10n));
                default -> throw new IllegalStateException("no order for " + shape);
            }
            terms.add(section.alias + ".rowid");
            return terms.stream().map(t -> t + direction).toList();
        }

        /** True for a kind column whose index the file has: read kind by kind. */
        boolean byKindIndex(Set<String> indexes) {
            return shape == Shape.KIND && index != null && indexes.contains(index);
        }

        /** The kinds in the order of their names in the user's language (Czech collation, as the table sorted). */
        List<Enum<?>> ranked(Localization l10n) {
            Comparator<String> czech = CzechCollation.comparator();
            List<Enum<?>> constants = new ArrayList<>(Arrays.asList(kinds.getEnumConstants()));
            constants.sort((a, b) -> czech.compare(l10n.of(a), l10n.of(b)));
            return constants;
        }

        /** The kinds numbered in that order, for a sort or a comparison in SQL. */
        private String rank(Localization l10n) {
            List<Enum<?>> constants = ranked(l10n);
            StringBuilder sql = new StringBuilder("CASE ").append(sorted);
            for (int i = 0; i < constants.size(); i++) {
                sql.append(" WHEN '").append(constants.get(i).name()).append("' THEN ").append(i);
            }
            return sql.append(" END").toString();
        }

        Object read(String value) {
            if (value == null) {
                return null;
            }
            switch (shape) {
                case LONG_TEXT:
                    return RecordLabels.shorten(value);
                case DATE:
                    return LocalDate.parse(value);
                case KIND:
                    for (Enum<?> constant : kinds.getEnumConstants()) {
                        if (constant.name().equals(value)) {
                            return constant;
                        }
                    }
                    return null;
                default:
                    return value;
            }
        }
    }

    /** A section's main table, its alias, the joins its columns read, and the columns in the table's order. */
    private record Section(String table, String alias, String from, List<Col> columns) {
        Col column(int index) {
            return columns.get(Math.max(0, Math.min(index, columns.size() - 1)));
        }
    }

    private static Section section(RecordKind kind, Localization l10n) {
        boolean english = l10n != null && "en".equals(l10n.locale().getLanguage());
        String country = english ? "c.name_en" : "c.name_cs";
        switch (kind) {
            case EVENT:
                return new Section("event", "e", "event e LEFT JOIN country c ON c.code = e.country_code"
                        + " LEFT JOIN event pe ON pe.id = e.parent_id", List.of(
                        Col.indexed(Shape.TEXT, "e.title", "e.title", "event_title_key"),
                        Col.kind("e.kind", EventKind.class),
                        new Col(Shape.DATE, "e.start_date", "e.start_date", "event_start_key", null, null),
                        Col.date("e.end_date"),
                        Col.text(joined("e.city", "ifnull(" + country + ", '')")),
                        Col.text("ifnull(pe.title, '')")));
            case REPORT:
                return new Section("report", "r", "report r LEFT JOIN event ev ON ev.id = r.event_id", List.of(
                        Col.indexed(Shape.TEXT, "r.title", "r.title", "report_title_key"),
                        Col.text("ifnull(ev.title, '')"),
                        Col.date("r.report_date"),
                        Col.text("r.author")));
            case PERSON:
                return new Section("person", "p", "person p LEFT JOIN country c ON c.code = p.country_code", List.of(
                        Col.indexed(Shape.TEXT, "CASE WHEN p.honorific = '' THEN '' ELSE p.honorific || ' ' END"
                                + " || trim(p.given_name || ' ' || p.family_name)",
                                "p.family_name || ' ' || p.given_name", "person_name_key"),
                        Col.text("ifnull(" + country + ", '')"),
                        Col.text(currentRole()),
                        Col.text("ifnull((SELECT group_concat(alias, ', ') FROM (SELECT alias FROM person_alias a"
                                + " WHERE a.person_id = p.id ORDER BY a.position)), '')")));
            case ORGANISATION:
                return new Section("organisation", "o", "organisation o LEFT JOIN country c ON c.code = o.country_code",
                        List.of(Col.indexed(Shape.TEXT, "o.name", "o.name", "organisation_name_key"),
                                Col.text("o.abbreviation"),
                                Col.kind("o.kind", OrganisationKind.class),
                                Col.text("ifnull(" + country + ", '')")));
            case STATEMENT:
                return new Section("statement", "s", "statement s JOIN person p ON p.id = s.speaker_id", List.of(
                        new Col(Shape.TEXT, "trim(p.given_name || ' ' || p.family_name)",
                                "p.family_name || ' ' || p.given_name", null,
                                // the speakers in name order, each one's statements through the speaker index
                                "person p INDEXED BY " + PERSON_NAME_KEY
                                        + " CROSS JOIN statement s ON s.speaker_id = p.id",
                                null),
                        new Col(Shape.DATE, "s.statement_date", "s.statement_date", "statement_date_key", null, null),
                        new Col(Shape.KIND, "s.kind", "s.kind", "statement_kind_key", null, StatementKind.class),
                        Col.indexed(Shape.LONG_TEXT, "substr(s.text, 1, 400)", "s.text", "statement_text_key")));
            case COMMITMENT:
                return new Section("commitment", "m", "commitment m", List.of(
                        Col.indexed(Shape.LONG_TEXT, "substr(m.text, 1, 400)", "m.text", "commitment_text_key"),
                        Col.kind("m.status", CommitmentStatus.class),
                        Col.date("m.due_date")));
            case TOPIC:
                return new Section("topic", "t", "topic t LEFT JOIN topic pt ON pt.id = t.parent_id", List.of(
                        Col.text(topicName("t", english)),
                        Col.text("CASE WHEN pt.id IS NULL THEN '' ELSE " + topicName("pt", english) + " END")));
            default:
                throw new IllegalArgumentException("no table for " + kind);
        }
    }

    /** "Brusel, Belgie": the two parts with a comma, a blank one left out. */
    private static String joined(String first, String second) {
        return "CASE WHEN trim(" + first + ") = '' THEN " + second + " WHEN trim(" + second + ") = '' THEN " + first
                + " ELSE " + first + " || ', ' || " + second + " END";
    }

    private static String topicName(String alias, boolean english) {
        return english ? "CASE WHEN " + alias + ".name_en <> '' THEN " + alias + ".name_en ELSE " + alias + ".name END"
                : alias + ".name";
    }

    /** "ministr vnitra, MV": the role held today (the latest-starting of those), else the latest one. */
    private static String currentRole() {
        String today = "'" + LocalDate.now() + "'";
        String where = "CASE WHEN o.id IS NULL THEN '' WHEN o.abbreviation = '' THEN o.name ELSE o.abbreviation END";
        return "ifnull((SELECT " + joined("r.title", where) + " FROM person_role r"
                + " LEFT JOIN organisation o ON o.id = r.organisation_id WHERE r.person_id = p.id"
                + " ORDER BY (ifnull(r.from_date, '') <= " + today + " AND ifnull(r.to_date, '9999') >= " + today
                + ") DESC, ifnull(r.from_date, '') DESC, r.position LIMIT 1), '')";
    }
}
