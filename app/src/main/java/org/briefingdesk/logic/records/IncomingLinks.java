package org.briefingdesk.logic.records;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * Everything that links to a record, found before a deletion: to tell the user what the deletion does
 * to those links, and to put the links back when the deletion is undone. Reads the store: call it off
 * the FX thread.
 */
public final class IncomingLinks {
    private IncomingLinks() {
    }

    public static List<IncomingLink> to(UUID id, RecordStore store) {
        List<IncomingLink> links = new ArrayList<>();
        for (Event e : store.events().findAll()) {
            add(links, e, "parentId", id.equals(e.parentId()), IncomingLink.Effect.CLEARED);
            add(links, e, "organiserId", id.equals(e.organiserId()), IncomingLink.Effect.CLEARED);
            add(links, e, "participants", e.participants().stream().anyMatch(p -> id.equals(p.personId())),
                    IncomingLink.Effect.REMOVED);
            add(links, e, "participants", e.participants().stream()
                    .anyMatch(p -> id.equals(p.onBehalfOfOrganisationId())), IncomingLink.Effect.CLEARED);
            add(links, e, "topicIds", e.topicIds().contains(id), IncomingLink.Effect.REMOVED);
        }
        for (Person p : store.people().findAll()) {
            add(links, p, "roles", p.roles().stream().anyMatch(r -> id.equals(r.organisationId())),
                    IncomingLink.Effect.CLEARED);
        }
        for (Report r : store.reports().findAll()) {
            add(links, r, "eventId", id.equals(r.eventId()), IncomingLink.Effect.CLEARED);
            add(links, r, "topicIds", r.topicIds().contains(id), IncomingLink.Effect.REMOVED);
        }
        for (Statement s : store.statements().findAll()) {
            add(links, s, "speakerId", id.equals(s.speakerId()), IncomingLink.Effect.BLOCKS);
            add(links, s, "eventId", id.equals(s.eventId()), IncomingLink.Effect.CLEARED);
            add(links, s, "topicIds", s.topicIds().contains(id), IncomingLink.Effect.REMOVED);
        }
        for (Commitment c : store.commitments().findAll()) {
            add(links, c, "statementId", id.equals(c.statementId()), IncomingLink.Effect.CLEARED);
            add(links, c, "topicIds", c.topicIds().contains(id), IncomingLink.Effect.REMOVED);
        }
        for (Topic t : store.topics().findAll()) {
            add(links, t, "parentId", id.equals(t.parentId()), IncomingLink.Effect.CLEARED);
        }
        return links;
    }

    private static void add(List<IncomingLink> links, StoredRecord from, String field, boolean linked,
                            IncomingLink.Effect effect) {
        if (linked) {
            links.add(new IncomingLink(from, field, effect));
        }
    }
}
