package org.briefingdesk.bench.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.FollowUp;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.model.StatusChange;
import org.briefingdesk.model.Topic;

/**
 * The benchmark's world: one counterpart with {@value #LINKED} linked records — meetings with our
 * minister, her statements, our statements with commitments, reports with follow-ups — over five years.
 */
final class BriefingBenchData {
    static final int LINKED = 500;
    private static final int MEETINGS = 125;
    private static final int TOPICS = 12;
    private static final Source SOURCE = new Source("Benchmark", "");

    private BriefingBenchData() {
    }

    /** Fills the store and returns the counterpart's id. */
    static UUID create(RecordStore store) {
        UUID counterpart = UUID.randomUUID();
        UUID minister = UUID.randomUUID();
        store.inTransaction(() -> {
            List<UUID> topics = new ArrayList<>();
            for (int i = 0; i < TOPICS; i++) {
                Topic topic = store.topics().save(new Topic(UUID.randomUUID(), "téma č. " + (i + 1), "topic " + (i + 1),
                        null, "", RecordInfo.of(Sensitivity.PUBLIC, List.of(SOURCE))));
                topics.add(topic.id());
            }
            store.people().save(person(counterpart, "Anna", "Partnerová", "GB"));
            store.people().save(person(minister, "Petr", "Ministr", "CZ"));
            LocalDate start = LocalDate.of(2021, 1, 4);
            // Per meeting: the meeting, her statement, our statement, our commitment: 4 x 125 = 500.
            for (int i = 0; i < MEETINGS; i++) {
                LocalDate day = start.plusDays(i * 14L);
                List<UUID> about = List.of(topics.get(i % TOPICS), topics.get((i + 5) % TOPICS));
                Event meeting = store.events().save(new Event(UUID.randomUUID(), EventKind.BILATERAL_MEETING,
                        "Jednání č. " + (i + 1) + " o spolupráci v oblasti migrace", day, day, "Londýn", "GB",
                        null, null,
                        "Ministři hovořili o převaděčství, návratech a výměně informací (" + (i + 1) + ").", null,
                        List.of(new Participation(minister, ParticipationRole.HEAD_OF_DELEGATION, null, "CZ"),
                                new Participation(counterpart, ParticipationRole.HEAD_OF_DELEGATION, null, "GB")),
                        about, "", RecordInfo.of(Sensitivity.PUBLIC, List.of(SOURCE))));
                store.statements().save(statement(counterpart, meeting, about,
                        "Spojené království podpoří společný postup proti převaděčům, bod č. " + (i + 1) + "."));
                Statement ours = store.statements().save(statement(minister, meeting, about,
                        "Česko je připravené přispět ke společnému postupu, bod č. " + (i + 1) + "."));
                store.commitments().save(new Commitment(UUID.randomUUID(), ours.id(),
                        "Předložit návrh spolupráce č. " + (i + 1), CommitmentStatus.IN_PROGRESS, day.plusMonths(3),
                        List.of(new StatusChange(day, CommitmentStatus.OPEN, "vysloveno"),
                                new StatusChange(day.plusDays(7), CommitmentStatus.IN_PROGRESS, "rozpracováno")),
                        about, RecordInfo.of(Sensitivity.PUBLIC, List.of(SOURCE))));
                if (i % 5 == 0) {
                    store.reports().save(new Report(UUID.randomUUID(), meeting.id(), "Zpráva z jednání č. " + (i + 1),
                            "Odbor", day, "Průběh jednání.", "Shoda na užší spolupráci.",
                            List.of(new FollowUp("Připravit podklady k jednání č. " + (i + 2),
                                    day.plusDays(10), false)),
                            about, RecordInfo.of(Sensitivity.PUBLIC, List.of(SOURCE))));
                }
            }
        });
        return counterpart;
    }

    private static Person person(UUID id, String given, String family, String country) {
        return new Person(id, "", given, family, country, "", List.of(),
                List.of(new Role("ministr vnitra", null, LocalDate.of(2020, 1, 1), null)),
                RecordInfo.of(Sensitivity.PUBLIC, List.of(SOURCE)));
    }

    private static Statement statement(UUID speaker, Event meeting, List<UUID> topics, String text) {
        return new Statement(UUID.randomUUID(), speaker, meeting.startDate(), meeting.id(), text, "cs", "",
                StatementKind.VERBATIM_QUOTE, topics, RecordInfo.of(Sensitivity.PUBLIC, List.of(SOURCE)));
    }
}
