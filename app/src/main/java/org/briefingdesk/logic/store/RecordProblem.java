package org.briefingdesk.logic.store;

import org.briefingdesk.model.RecordKind;

/**
 * A record that {@code check} names: its kind, its id ({@code #row} when the stored id itself is not
 * an id), and the field concerned (empty when the whole record is: a search index entry).
 */
public record RecordProblem(RecordKind kind, String id, String field) {
}
