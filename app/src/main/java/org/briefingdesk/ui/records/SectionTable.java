package org.briefingdesk.ui.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.store.RecordPages;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Country;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.StatementSummary;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * The columns of each record section's table and the rows read from the store. Reading rows
 * touches the database: call {@link #rows} off the FX thread.
 */
public final class SectionTable {
    private final RecordKind kind;
    private final List<Column> columns;

    private SectionTable(RecordKind kind, List<Column> columns) {
        this.kind = kind;
        this.columns = List.copyOf(columns);
    }

    public static SectionTable of(RecordKind kind) {
        switch (kind) {
            case EVENT:
                return new SectionTable(kind, List.of(
                        new Column("ui.column.title", 300, 200), new Column("ui.column.kind", 150, 110),
                        new Column("ui.column.from", 120, 100), new Column("ui.column.to", 120, 100),
                        new Column("ui.column.place", 170), new Column("ui.column.parentEvent", 220)));
            case REPORT:
                return new SectionTable(kind, List.of(
                        new Column("ui.column.title", 320), new Column("ui.column.event", 240),
                        new Column("ui.column.date", 120, 100), new Column("ui.column.author", 200)));
            case PERSON:
                return new SectionTable(kind, List.of(
                        new Column("ui.column.name", 200), new Column("ui.column.country", 140),
                        new Column("ui.column.currentRole", 260), new Column("ui.column.aliases", 240)));
            case ORGANISATION:
                return new SectionTable(kind, List.of(
                        new Column("ui.column.naming", 320), new Column("ui.column.abbreviation", 110),
                        new Column("ui.column.kind", 190), new Column("ui.column.country", 150)));
            case STATEMENT:
                return new SectionTable(kind, List.of(
                        new Column("ui.column.speaker", 170), new Column("ui.column.date", 120, 100),
                        new Column("ui.column.kind", 140), new Column("ui.column.text", 480)));
            case COMMITMENT:
                return new SectionTable(kind, List.of(
                        new Column("ui.column.text", 520), new Column("ui.column.status", 140),
                        new Column("ui.column.dueDate", 120, 100)));
            case TOPIC:
                return new SectionTable(kind, List.of(
                        new Column("ui.column.naming", 300), new Column("ui.column.parentTopic", 260)));
            default:
                throw new IllegalArgumentException("no table for " + kind);
        }
    }

    public RecordKind kind() {
        return kind;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The rows, sorted as the table first shows them (by the first column, Czech collation). */
    public List<RecordRow> rows(RecordStore store, Localization l10n) {
        Lookups lookups = new Lookups(store, l10n);
        List<RecordRow> rows = new ArrayList<>();
        switch (kind) {
            case EVENT: {
                List<Event> events = store.events().findAll();
                Map<UUID, Event> byId = index(events);
                for (Event e : events) {
                    Event parent = e.parentId() == null ? null : byId.get(e.parentId());
                    rows.add(row(e, Cell.text(e.title()), Cell.text(l10n.of(e.kind())),
                            Cell.date(e.startDate(), l10n), Cell.date(e.endDate(), l10n),
                            Cell.text(join(", ", e.city(), lookups.country(e.countryCode()))),
                            Cell.text(parent == null ? "" : parent.title())));
                }
                break;
            }
            case REPORT: {
                Map<UUID, Event> events = index(store.events().findAll());
                for (Report r : store.reports().findAll()) {
                    Event event = r.eventId() == null ? null : events.get(r.eventId());
                    rows.add(row(r, Cell.text(r.title()), Cell.text(event == null ? "" : event.title()),
                            Cell.date(r.date(), l10n), Cell.text(r.author())));
                }
                break;
            }
            case PERSON: {
                Map<UUID, Organisation> organisations = index(store.organisations().findAll());
                for (Person p : store.people().findAll()) {
                    rows.add(row(p, Cell.sortedBy(RecordLabels.label(p), p.familyName() + " " + p.givenName()),
                            Cell.text(lookups.country(p.countryCode())),
                            Cell.text(currentRole(p, organisations)),
                            Cell.text(String.join(", ", p.aliases()))));
                }
                break;
            }
            case ORGANISATION:
                for (Organisation o : store.organisations().findAll()) {
                    rows.add(row(o, Cell.text(o.name()), Cell.text(o.abbreviation()), Cell.text(l10n.of(o.kind())),
                            Cell.text(lookups.country(o.countryCode()))));
                }
                break;
            case STATEMENT: {
                Map<UUID, Person> people = index(store.people().findAll());
                for (StatementSummary s : store.statements().summaries()) {
                    Person speaker = s.speakerId() == null ? null : people.get(s.speakerId());
                    rows.add(new RecordRow(s.id(), RecordKind.STATEMENT, List.of(speaker == null ? Cell.EMPTY
                                    : Cell.sortedBy(speaker.fullName(),
                                            speaker.familyName() + " " + speaker.givenName()),
                            Cell.date(s.date(), l10n), Cell.text(l10n.of(s.kind())),
                            Cell.sortedBy(RecordLabels.shorten(s.textStart()), s.textStart()))));
                }
                break;
            }
            case COMMITMENT:
                for (Commitment c : store.commitments().findAll()) {
                    rows.add(row(c, Cell.sortedBy(RecordLabels.shorten(c.text()), c.text()),
                            Cell.text(l10n.of(c.status())),
                            Cell.date(c.dueDate(), l10n)));
                }
                break;
            case TOPIC: {
                List<Topic> topics = store.topics().findAll();
                Map<UUID, Topic> byId = index(topics);
                for (Topic t : topics) {
                    Topic parent = t.parentId() == null ? null : byId.get(t.parentId());
                    rows.add(row(t, Cell.text(topicName(t, l10n)),
                            Cell.text(parent == null ? "" : topicName(parent, l10n))));
                }
                break;
            }
            default:
                throw new IllegalArgumentException("no table for " + kind);
        }
        Comparator<Cell> order = Cell.comparator();
        rows.sort((a, b) -> order.compare(a.cell(0), b.cell(0)));
        return rows;
    }

    /** A row read a window at a time: its values as cells in the user's language. */
    public RecordRow row(RecordPages.Row row, Localization l10n) {
        List<Cell> cells = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Object value = row.value(i);
            if (value instanceof LocalDate date) {
                cells.add(Cell.date(date, l10n));
            } else if (value instanceof Enum<?> constant) {
                cells.add(Cell.text(l10n.of(constant)));
            } else {
                cells.add(value == null ? Cell.EMPTY : Cell.text(value.toString()));
            }
        }
        return new RecordRow(row.id(), kind, cells);
    }

    /** "ministr vnitra, MV" — the role held today, else the latest one. */
    static String currentRole(Person p, Map<UUID, Organisation> organisations) {
        Optional<Role> role = p.roleOn(LocalDate.now());
        if (role.isEmpty()) {
            role = p.roles().stream().max(Comparator.comparing(r -> r.from() == null ? LocalDate.MIN : r.from()));
        }
        return role.map(r -> {
            Organisation o = r.organisationId() == null ? null : organisations.get(r.organisationId());
            String where = o == null ? "" : o.abbreviation().isEmpty() ? o.name() : o.abbreviation();
            return join(", ", r.title(), where);
        }).orElse("");
    }

    static String topicName(Topic t, Localization l10n) {
        return "en".equals(l10n.locale().getLanguage()) && !t.nameEn().isEmpty() ? t.nameEn() : t.name();
    }

    private static RecordRow row(StoredRecord record, Cell... cells) {
        return new RecordRow(record.id(), record.recordKind(), List.of(cells));
    }

    private static <T extends StoredRecord> Map<UUID, T> index(List<T> records) {
        return records.stream().collect(Collectors.toMap(StoredRecord::id, Function.identity(), (a, b) -> a));
    }

    private static String join(String separator, String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining(separator));
    }

    /** Country names in the user's language, read once per load. */
    private static final class Lookups {
        private final RecordStore store;
        private final Localization l10n;
        private Map<String, Country> countries;

        Lookups(RecordStore store, Localization l10n) {
            this.store = store;
            this.l10n = l10n;
        }

        String country(String code) {
            if (code == null) {
                return "";
            }
            if (countries == null) {
                countries = store.countries().findAll().stream()
                        .collect(Collectors.toMap(Country::code, Function.identity(), (a, b) -> a));
            }
            Country country = countries.get(code);
            return country == null ? code : country.name(l10n.locale());
        }
    }
}
