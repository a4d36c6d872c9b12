package org.briefingdesk.persistence;

/** What the repositories need to run: the database, who writes and when, and what shared writing adds. */
record SqlContext(SqlDatabase db, AuditContext audit, SharedWrites shared) {
}
