package org.briefingdesk.logic.exchange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * The records a record refers to by id, each with the field it is named in and the kind it must be: what an
 * export takes along so that the bundle stands on its own, and what an import checks before writing anything.
 */
public final class RecordReferences {
    /** One reference: the field, and the id of a record of {@code kind}. */
    public record Reference(String field, RecordKind kind, UUID id) {
    }

    /** The kinds whose records may refer to a record of their own kind (a parent topic or event). */
    public static final Set<RecordKind> SELF_REFERRING = Set.copyOf(EnumSet.of(RecordKind.TOPIC, RecordKind.EVENT));

    private RecordReferences() {
    }

    public static List<Reference> of(StoredRecord record) {
        List<Reference> out = new ArrayList<>();
        if (record instanceof Topic t) {
            add(out, "parent", RecordKind.TOPIC, t.parentId());
        } else if (record instanceof Person p) {
            for (Role role : p.roles()) {
                add(out, "roles.organisation", RecordKind.ORGANISATION, role.organisationId());
            }
        } else if (record instanceof Event e) {
            add(out, "organiser", RecordKind.ORGANISATION, e.organiserId());
            add(out, "parent", RecordKind.EVENT, e.parentId());
            for (Participation p : e.participants()) {
                add(out, "participants.person", RecordKind.PERSON, p.personId());
                add(out, "participants.onBehalfOfOrganisation", RecordKind.ORGANISATION, p.onBehalfOfOrganisationId());
            }
            topics(out, e.topicIds());
        } else if (record instanceof Report r) {
            add(out, "event", RecordKind.EVENT, r.eventId());
            topics(out, r.topicIds());
        } else if (record instanceof Statement s) {
            add(out, "speaker", RecordKind.PERSON, s.speakerId());
            add(out, "event", RecordKind.EVENT, s.eventId());
            topics(out, s.topicIds());
        } else if (record instanceof Commitment c) {
            add(out, "statement", RecordKind.STATEMENT, c.statementId());
            topics(out, c.topicIds());
        }
        return out;
    }

    private static void topics(List<Reference> out, List<UUID> ids) {
        ids.forEach(id -> add(out, "topics", RecordKind.TOPIC, id));
    }

    private static void add(List<Reference> out, String field, RecordKind kind, UUID id) {
        if (id != null) {
            out.add(new Reference(field, kind, id));
        }
    }
}
