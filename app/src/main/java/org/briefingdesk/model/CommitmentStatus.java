package org.briefingdesk.model;

/** The scale used by Czech statement trackers. */
public enum CommitmentStatus {
    OPEN, IN_PROGRESS, FULFILLED, PARTLY_FULFILLED, BROKEN, NOT_PURSUED;

    /** Open and in-progress commitments still need following up. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
