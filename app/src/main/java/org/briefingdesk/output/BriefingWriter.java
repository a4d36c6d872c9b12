package org.briefingdesk.output;

import java.io.IOException;
import java.io.OutputStream;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingPack;

/** Lays a pack out in one file format. Checks the monitor between sections, so a run can be cancelled. */
public interface BriefingWriter {
    void write(BriefingPack pack, OutputStream out, BriefingMonitor monitor) throws IOException;
}
