package org.briefingdesk.logic.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;

/**
 * The user's decisions on a release's drafts: accept, reject, or edit (which accepts the edited version).
 * What is saved follows the accepted drafts: a rejected person leaves the events' participants and takes
 * their statements (and those statements' commitments) with them; a rejected event leaves its side
 * meetings without a parent and statements without an event.
 */
public final class DraftReview {
    public enum Decision { PENDING, ACCEPTED, REJECTED }

    private final DraftSet drafts;
    private final Map<UUID, Draft> current = new LinkedHashMap<>();
    private final Map<UUID, Decision> decisions = new LinkedHashMap<>();

    public DraftReview(DraftSet drafts) {
        this.drafts = drafts;
        drafts.drafts().forEach(d -> {
            current.put(d.id(), d);
            decisions.put(d.id(), Decision.PENDING);
        });
    }

    public DraftSet drafts() {
        return drafts;
    }

    /** The drafts as they now are (edits included), in the release's order. */
    public List<Draft> all() {
        return List.copyOf(current.values());
    }

    public Draft draft(UUID id) {
        return current.get(id);
    }

    public Decision decision(UUID id) {
        return decisions.get(id);
    }

    public void accept(UUID id) {
        decisions.put(id, Decision.ACCEPTED);
    }

    public void reject(UUID id) {
        decisions.put(id, Decision.REJECTED);
    }

    /** The edited record replaces the draft, which counts as accepted. */
    public void edit(UUID id, StoredRecord edited) {
        current.put(id, current.get(id).withRecord(edited));
        decisions.put(id, Decision.ACCEPTED);
    }

    /** Accepts every draft not yet decided. */
    public void acceptRemaining() {
        decisions.replaceAll((id, d) -> d == Decision.PENDING ? Decision.ACCEPTED : d);
    }

    public boolean anyAccepted() {
        return decisions.containsValue(Decision.ACCEPTED);
    }

    public long count(Decision decision) {
        return decisions.values().stream().filter(decision::equals).count();
    }

    /** Why a draft cannot be saved as it is (it has no speaker, or its speaker or statement was rejected), if so. */
    public Optional<String> blocked(UUID id) {
        StoredRecord record = current.get(id).record();
        if (record instanceof Statement s && (s.speakerId() == null || rejected(s.speakerId()))) {
            return Optional.of("drafting.blocked.speaker");
        }
        if (record instanceof Commitment c && (rejected(c.statementId()) || current.containsKey(c.statementId())
                && blocked(c.statementId()).isPresent())) {
            return Optional.of("drafting.blocked.statement");
        }
        return Optional.empty();
    }

    private boolean rejected(UUID id) {
        return decisions.get(id) == Decision.REJECTED;
    }

    /** Saved only with what it needs: a statement with its speaker accepted, a commitment with its statement. */
    private boolean savable(Draft d, Set<UUID> accepted) {
        if (blocked(d.id()).isPresent()) {
            return false;
        }
        if (d.record() instanceof Statement s) {
            return accepted.contains(s.speakerId());
        }
        if (d.record() instanceof Commitment c) {
            return accepted.contains(c.statementId()) && savable(current.get(c.statementId()), accepted);
        }
        return true;
    }

    private Set<UUID> accepted() {
        return decisions.entrySet().stream().filter(e -> e.getValue() == Decision.ACCEPTED).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /**
     * The records to write, in an order that saves what is referred to first: new topics, people, the
     * event before its side meetings, the report, statements, commitments. Links to drafts not accepted are
     * left out; a matched record the release adds nothing to is not written again.
     */
    public List<StoredRecord> toSave() {
        Set<UUID> accepted = accepted();
        List<StoredRecord> out = new ArrayList<>();
        for (RecordKind kind : List.of(RecordKind.TOPIC, RecordKind.PERSON, RecordKind.EVENT, RecordKind.REPORT,
                RecordKind.STATEMENT, RecordKind.COMMITMENT)) {
            List<Draft> ofKind = current.values().stream().filter(d -> d.kind() == kind && accepted.contains(d.id()))
                    .filter(d -> savable(d, accepted)).toList();
            if (kind == RecordKind.EVENT) {
                ofKind = ofKind.stream().sorted((a, b) -> Boolean.compare(((Event) a.record()).parentId() != null,
                        ((Event) b.record()).parentId() != null)).toList();
            }
            for (Draft d : ofKind) {
                if (d.existing() != null && d.existing().equals(d.record())) {
                    continue;
                }
                out.add(linked(d.record(), accepted));
            }
        }
        return out;
    }

    private static StoredRecord linked(StoredRecord record, Set<UUID> accepted) {
        if (record instanceof Event e) {
            return new Event(e.id(), e.kind(), e.title(), e.startDate(), e.endDate(), e.city(), e.countryCode(),
                    e.organiserId(), e.participatingCountries(), e.summary(),
                    e.parentId() != null && accepted.contains(e.parentId()) ? e.parentId() : null,
                    e.participants().stream().filter(p -> accepted.contains(p.personId())).toList(),
                    keep(e.topicIds(), accepted), e.notes(), e.info());
        } else if (record instanceof Report r) {
            return new Report(r.id(), r.eventId() != null && accepted.contains(r.eventId()) ? r.eventId() : null,
                    r.title(), r.author(), r.date(), r.body(), r.outcomes(), r.followUps(),
                    keep(r.topicIds(), accepted), r.info());
        } else if (record instanceof Statement s) {
            return new Statement(s.id(), s.speakerId(), s.date(),
                    s.eventId() != null && accepted.contains(s.eventId()) ? s.eventId() : null, s.text(), s.language(),
                    s.translation(), s.kind(), keep(s.topicIds(), accepted), s.info());
        } else if (record instanceof Commitment c) {
            return new Commitment(c.id(), c.statementId(), c.text(), c.status(), c.dueDate(), c.history(),
                    keep(c.topicIds(), accepted), c.info());
        }
        return record;
    }

    private static List<UUID> keep(List<UUID> ids, Set<UUID> accepted) {
        return ids.stream().filter(accepted::contains).toList();
    }
}
