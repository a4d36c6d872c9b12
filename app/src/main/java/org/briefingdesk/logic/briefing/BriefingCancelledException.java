package org.briefingdesk.logic.briefing;

import org.briefingdesk.logic.UserFacingException;

/** The user cancelled the preparation of a pack; no file was written. */
public class BriefingCancelledException extends UserFacingException {
    public BriefingCancelledException() {
        super("briefing.cancelled");
    }
}
