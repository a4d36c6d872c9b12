package org.briefingdesk.logic.records;

/** A labelled value of a record, both already in the user's language. Values may span lines. */
public record DetailField(String label, String value) {
}
