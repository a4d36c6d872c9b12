package org.briefingdesk.logic.records;

import org.briefingdesk.model.StoredRecord;

/**
 * A record that links to another one through a field, and what deleting the other one does to it.
 *
 * @param from the linking record as stored now
 * @param field the component of {@code from} that holds the link ("parentId", "participants", "topicIds"…)
 */
public record IncomingLink(StoredRecord from, String field, Effect effect) {
    /** What the schema does to the link when the linked record is deleted. */
    public enum Effect {
        /** The link row goes (participations, topic tags: ON DELETE CASCADE). */
        REMOVED,
        /** The field is emptied (parent, event, organiser, organisation: ON DELETE SET NULL). */
        CLEARED,
        /** The deletion is refused (a statement's speaker: ON DELETE RESTRICT). */
        BLOCKS
    }
}
