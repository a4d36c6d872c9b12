package org.briefingdesk.logic.briefing;

import org.briefingdesk.logic.UserFacingException;

/** A pack would have more pages than the caller allows without asking: it was not written. */
public class PackTooLargeException extends UserFacingException {
    private final int pages;

    public PackTooLargeException(int pages) {
        super("briefing.error.tooLarge", pages);
        this.pages = pages;
    }

    /** About how many pages it would have ({@link PackSize}). */
    public int pages() {
        return pages;
    }
}
