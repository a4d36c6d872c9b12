package org.briefingdesk.model;

/** How widely a record may be shared. Classified information does not belong in Briefing Desk at all. */
public enum Sensitivity {
    PUBLIC, INTERNAL, SENSITIVE;

    /** True when this level is no higher than {@code max}. */
    public boolean atMost(Sensitivity max) {
        return compareTo(max) <= 0;
    }
}
