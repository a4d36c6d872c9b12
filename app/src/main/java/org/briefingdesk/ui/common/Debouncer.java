package org.briefingdesk.ui.common;

/** Runs the latest of quickly repeated requests once they pause: typing triggers one search, not ten. */
@FunctionalInterface
public interface Debouncer {
    /** Schedules {@code action}, replacing one scheduled before that has not run yet. */
    void schedule(Runnable action);

    /** For ViewModel tests: runs at once. */
    static Debouncer immediate() {
        return Runnable::run;
    }
}
