package org.briefingdesk.logic.store;

/**
 * What a file at a database location is, found out without changing it: whether it is there, ours,
 * empty, another program's, newer than this build, or damaged. Opening, checking and restoring decide
 * from this one answer.
 *
 * @param schemaVersion the schema version of a file of ours (0 otherwise)
 */
public record FileIdentity(Kind kind, int schemaVersion) {
    public enum Kind {
        /** Nothing there. */
        MISSING,
        /** A folder, a device or anything else that is not a regular file. */
        NOT_A_FILE,
        /** There, but this user may not read it. */
        UNREADABLE,
        /** Zero bytes (and no committed data in a {@code -wal} beside it). */
        EMPTY,
        /** Not a SQLite database at all. */
        NOT_SQLITE,
        /** A SQLite database with nothing in it yet. */
        EMPTY_SQLITE,
        /** Another program's SQLite database. */
        FOREIGN,
        /** A Briefing Desk database this build can open. */
        OURS,
        /** A Briefing Desk database written by a newer build. */
        NEWER,
        /** A SQLite file that SQLite cannot read as a database any more. */
        DAMAGED
    }

    public static FileIdentity of(Kind kind) {
        return new FileIdentity(kind, 0);
    }

    /** Empty in one way or another: nothing of anyone's in it. */
    public boolean empty() {
        return kind == Kind.EMPTY || kind == Kind.EMPTY_SQLITE;
    }

    /**
     * A file that holds no Briefing Desk data where one is expected: beside backups of a database of
     * that name, it is that database, damaged.
     */
    public boolean unusableContent() {
        return empty() || kind == Kind.NOT_SQLITE || kind == Kind.FOREIGN || kind == Kind.DAMAGED;
    }
}
