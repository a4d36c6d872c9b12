package org.briefingdesk.ui.common;

import java.util.UUID;
import org.briefingdesk.model.RecordKind;

/**
 * Where a link, a search hit, an overview entry or a saved form takes the user: the window shows the
 * record in its section (the workspace keeps the back/forward history of it).
 */
@FunctionalInterface
public interface Navigator {
    /** Shows the record with this id in its section; with id null, just the section. */
    void open(RecordKind kind, UUID id);
}
