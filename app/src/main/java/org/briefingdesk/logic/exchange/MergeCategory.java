package org.briefingdesk.logic.exchange;

/** What an incoming record is to this database, as the merge preview counts it. */
public enum MergeCategory {
    /** No record here has its id, and none is a probable duplicate: it is added. */
    NEW,
    /** The record here is the same (who saved it, and when, aside). */
    SAME,
    /** Changed only in the file since the two last met: the file's version is taken. */
    CHANGED_THERE,
    /** Changed only here: ours is kept. */
    CHANGED_HERE,
    /** Changed on both sides: the user decides, field by field. */
    CHANGED_BOTH,
    /** A record here with another id that the duplicate guard matches: merged or kept apart, as the user says. */
    DUPLICATE
}
