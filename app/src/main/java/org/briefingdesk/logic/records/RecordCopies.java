package org.briefingdesk.logic.records;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * Copies of a record with one thing changed: its audit (as stored by a batch write), or its ids (a record
 * imported under the id of the duplicate it was merged with, or kept beside its conflicting version).
 */
public final class RecordCopies {
    private RecordCopies() {
    }

    /** The record with this audit. */
    public static StoredRecord withAudit(StoredRecord record, Audit audit) {
        return copy(record, UnaryOperator.identity(), audit);
    }

    /** The record with every id in it (its own and those it refers to) passed through {@code ids}. */
    public static StoredRecord withIds(StoredRecord record, UnaryOperator<UUID> ids) {
        return copy(record, id -> id == null ? null : ids.apply(id), record.audit());
    }

    private static List<UUID> all(List<UUID> ids, UnaryOperator<UUID> map) {
        return ids.stream().map(map).distinct().toList();
    }

    private static StoredRecord copy(StoredRecord record, UnaryOperator<UUID> m, Audit audit) {
        if (record instanceof Event e) {
            List<Participation> participants = e.participants().stream().map(p -> new Participation(
                    m.apply(p.personId()), p.role(), m.apply(p.onBehalfOfOrganisationId()), p.onBehalfOfCountryCode()))
                    .toList();
            return new Event(m.apply(e.id()), e.kind(), e.title(), e.startDate(), e.endDate(), e.city(),
                    e.countryCode(), m.apply(e.organiserId()), e.participatingCountries(), e.summary(),
                    m.apply(e.parentId()), participants, all(e.topicIds(), m), e.notes(), e.info().withAudit(audit));
        } else if (record instanceof Person p) {
            List<Role> roles = p.roles().stream()
                    .map(r -> new Role(r.title(), m.apply(r.organisationId()), r.from(), r.to())).toList();
            return new Person(m.apply(p.id()), p.honorific(), p.givenName(), p.familyName(), p.countryCode(),
                    p.notes(), p.aliases(), roles, p.info().withAudit(audit));
        } else if (record instanceof Organisation o) {
            return new Organisation(m.apply(o.id()), o.name(), o.abbreviation(), o.kind(), o.countryCode(), o.notes(),
                    o.info().withAudit(audit));
        } else if (record instanceof Report r) {
            return new Report(m.apply(r.id()), m.apply(r.eventId()), r.title(), r.author(), r.date(), r.body(),
                    r.outcomes(), r.followUps(), all(r.topicIds(), m), r.info().withAudit(audit));
        } else if (record instanceof Statement s) {
            return new Statement(m.apply(s.id()), m.apply(s.speakerId()), s.date(), m.apply(s.eventId()), s.text(),
                    s.language(), s.translation(), s.kind(), all(s.topicIds(), m),
                    s.info().withAudit(audit));
        } else if (record instanceof Commitment c) {
            return new Commitment(m.apply(c.id()), m.apply(c.statementId()), c.text(), c.status(), c.dueDate(),
                    c.history(), all(c.topicIds(), m), c.info().withAudit(audit));
        } else if (record instanceof Topic t) {
            return new Topic(m.apply(t.id()), t.name(), t.nameEn(), m.apply(t.parentId()), t.description(),
                    t.info().withAudit(audit));
        }
        throw new IllegalArgumentException("unknown record " + record);
    }
}
