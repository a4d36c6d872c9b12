package org.briefingdesk.ui.common;

/**
 * "Latest request wins" for a kind of background task: the rows of a section, the record in the detail
 * pane, the results of what was typed. Each run takes a ticket; only the newest ticket's outcome counts,
 * so a slow earlier answer never overwrites a later one. Used on the FX thread only.
 */
public final class LatestOnly {
    /** One run's claim to deliver its outcome. */
    public interface Ticket {
        Ticket ALWAYS = () -> true;

        boolean current();
    }

    private long newest;

    /** A ticket for a new run; every earlier one stops being current. */
    public Ticket next() {
        long mine = ++newest;
        return () -> mine == newest;
    }

    /** Drops the outcome of every run started so far (nothing is to be shown any more). */
    public void supersede() {
        newest++;
    }
}
