package org.briefingdesk.logic.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * The rules that keep records sane, checked before every save. Rules that need other records
 * (parents, speakers) read them from the store.
 */
public final class RecordValidator {
    /** Long enough for any real name or title; a body may hold a whole report. */
    public static final int MAX_SHORT_TEXT = 500;
    public static final int MAX_LONG_TEXT = 200_000;
    private static final Set<String> LONG_FIELDS = Set.of("summary", "body", "outcomes", "text", "translation",
            "notes", "description");

    private final RecordStore store;

    public RecordValidator(RecordStore store) {
        this.store = store;
    }

    /**
     * The rules that need no other record, for checking a form as the user types on the FX thread;
     * the rules that read the store (parents, speakers, cycles) run again at save time.
     */
    public static RecordValidator withoutStore() {
        return new RecordValidator(null);
    }

    /** Every rule the record breaks; empty when it may be saved. */
    public List<Violation> violations(StoredRecord record) {
        List<Violation> out = new ArrayList<>();
        checkText(record, out);
        if (record instanceof Person p) {
            checkPerson(p, out);
        } else if (record instanceof Event e) {
            checkEvent(e, out);
        } else if (record instanceof Organisation o) {
            require(o.name(), "name", "rule.required.name", out);
        } else if (record instanceof Report r) {
            require(r.title(), "title", "rule.required.title", out);
        } else if (record instanceof Statement s) {
            checkStatement(s, out);
        } else if (record instanceof Commitment c) {
            checkCommitment(c, out);
        } else if (record instanceof Topic t) {
            checkTopic(t, out);
        }
        return out;
    }

    /** Throws when the record breaks a rule. */
    public void check(StoredRecord record) {
        List<Violation> found = violations(record);
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }

    private static void require(String value, String field, String key, List<Violation> out) {
        if (value.isBlank()) {
            out.add(new Violation(field, key));
        }
    }

    private void checkPerson(Person p, List<Violation> out) {
        if (p.givenName().isBlank() && p.familyName().isBlank()) {
            out.add(new Violation("familyName", "rule.person.name"));
        }
        for (Role role : p.roles()) {
            if (role.from() != null && role.to() != null && role.to().isBefore(role.from())) {
                out.add(new Violation("roles", "rule.role.dates", role.title()));
            }
        }
    }

    private void checkEvent(Event e, List<Violation> out) {
        require(e.title(), "title", "rule.required.title", out);
        if (e.startDate() != null && e.endDate() != null && e.endDate().isBefore(e.startDate())) {
            out.add(new Violation("endDate", "rule.event.endBeforeStart"));
        }
        if (e.participatingCountries() != null && e.participatingCountries() < 0) {
            out.add(new Violation("participatingCountries", "rule.event.countries"));
        }
        if (e.parentId() == null || store == null) {
            return;
        }
        if (createsCycle(e.id(), e.parentId(), id -> store.events().findById(id).map(Event::parentId))) {
            out.add(new Violation("parentId", "rule.event.parentCycle"));
            return;
        }
        Optional<Event> parent = store.events().findById(e.parentId());
        if (parent.isEmpty()) {
            out.add(new Violation("parentId", "rule.missingLink"));
        } else if (!within(e.startDate(), parent.get()) || !within(e.endDate(), parent.get())) {
            out.add(new Violation("startDate", "rule.event.outsideParent", parent.get().title()));
        }
    }

    /** True when the date lies within the parent's dates (open ends allow anything on that side). */
    private static boolean within(LocalDate date, Event parent) {
        if (date == null) {
            return true;
        }
        LocalDate end = parent.endDate() != null ? parent.endDate() : parent.startDate();
        return (parent.startDate() == null || !date.isBefore(parent.startDate()))
                && (end == null || !date.isAfter(end));
    }

    private void checkStatement(Statement s, List<Violation> out) {
        if (s.speakerId() == null) {
            out.add(new Violation("speakerId", "rule.statement.speaker"));
        } else if (store != null && store.people().findById(s.speakerId()).isEmpty()) {
            out.add(new Violation("speakerId", "rule.missingLink"));
        }
        require(s.text(), "text", "rule.required.text", out);
    }

    private void checkCommitment(Commitment c, List<Violation> out) {
        require(c.text(), "text", "rule.required.text", out);
        if (c.status() == null) {
            out.add(new Violation("status", "rule.commitment.status"));
        }
    }

    private void checkTopic(Topic t, List<Violation> out) {
        require(t.name(), "name", "rule.required.name", out);
        if (t.parentId() != null && store != null
                && createsCycle(t.id(), t.parentId(), id -> store.topics().findById(id).map(Topic::parentId))) {
            out.add(new Violation("parentId", "rule.topic.parentCycle"));
        }
    }

    /** Walks up from {@code parent}: reaching {@code self} (or looping) means a cycle. */
    static boolean createsCycle(UUID self, UUID parent, Function<UUID, Optional<UUID>> parentOf) {
        Set<UUID> seen = new HashSet<>();
        UUID current = parent;
        while (current != null) {
            if (current.equals(self) || !seen.add(current)) {
                return true;
            }
            current = parentOf.apply(current).orElse(null);
        }
        return false;
    }

    /** Text fields: bounded length and no control characters (tabs and line breaks are text). */
    private static void checkText(StoredRecord record, List<Violation> out) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = read(component, record);
            String field = component.getName();
            if (value instanceof String s) {
                checkOne(field, s, LONG_FIELDS.contains(field) ? MAX_LONG_TEXT : MAX_SHORT_TEXT, out);
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof String s) {
                        checkOne(field, s, MAX_SHORT_TEXT, out);
                    } else if (item instanceof Role role) {
                        checkOne(field, role.title(), MAX_SHORT_TEXT, out);
                    }
                }
            }
        }
    }

    private static void checkOne(String field, String value, int max, List<Violation> out) {
        if (value.length() > max) {
            out.add(new Violation(field, "rule.text.tooLong", max));
        } else if (value.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\t' && ch != '\r')) {
            out.add(new Violation(field, "rule.text.control"));
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
