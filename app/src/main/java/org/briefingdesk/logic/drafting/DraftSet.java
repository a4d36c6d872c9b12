package org.briefingdesk.logic.drafting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.briefingdesk.model.RecordKind;

/** Everything drafted from one release, in the order of the kinds and of the text. */
public record DraftSet(ReleaseText release, List<Draft> drafts) {
    public DraftSet {
        drafts = List.copyOf(drafts);
    }

    public List<Draft> of(RecordKind kind) {
        return drafts.stream().filter(d -> d.kind() == kind).toList();
    }

    public Optional<Draft> find(UUID id) {
        return drafts.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
