package org.briefingdesk.testutil;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.FollowUp;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.OrganisationKind;
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

/** Small hand-made records for tests, after the sample press release; each call makes new ids. */
public final class TypicalRecords {
    public static final LocalDate SUMMIT_DAY = LocalDate.of(2025, 3, 31);

    private TypicalRecords() {
    }

    public static Organisation homeOffice() {
        return new Organisation(UUID.randomUUID(), "Home Office", "HO", OrganisationKind.MINISTRY, "GB", "",
                RecordInfo.NEW);
    }

    public static Person cooper(UUID organisationId) {
        return new Person(UUID.randomUUID(), "", "Yvette", "Cooper", "GB", "Ministryně vnitra Spojeného království",
                List.of("Ivette Cooperová", "Cooperová"),
                List.of(new Role("ministryně vnitra", organisationId, LocalDate.of(2024, 7, 5), null)),
                RecordInfo.of(Sensitivity.PUBLIC, List.of(new Source("Tisková zpráva MV ČR", ""))));
    }

    public static Person person(String given, String family) {
        return new Person(UUID.randomUUID(), "", given, family, "CZ", "", List.of(), List.of(), RecordInfo.NEW);
    }

    public static Topic topic(String name, UUID parentId) {
        return new Topic(UUID.randomUUID(), name, "", parentId, "", RecordInfo.NEW);
    }

    public static Event summit(UUID organiserId, List<UUID> topics) {
        return new Event(UUID.randomUUID(), EventKind.SUMMIT, "Border Security Summit", SUMMIT_DAY, SUMMIT_DAY,
                "Londýn", "GB", organiserId, 40, "Summit o ochraně hranic.", null, List.of(), topics, "",
                RecordInfo.of(Sensitivity.PUBLIC, List.of(new Source("Tisková zpráva", "https://example.invalid/tz"))));
    }

    public static Event sideMeeting(Event parent, UUID... people) {
        return new Event(UUID.randomUUID(), EventKind.BILATERAL_MEETING, "Jednání na okraj summitu",
                parent.startDate(), parent.endDate(), "Londýn", "GB", null, null, "", parent.id(),
                Arrays.stream(people)
                        .map(p -> new Participation(p, ParticipationRole.HEAD_OF_DELEGATION, null, "CZ")).toList(),
                List.of(), "", RecordInfo.of(Sensitivity.INTERNAL, List.of()));
    }

    public static Statement statement(UUID speakerId, UUID eventId, String text) {
        return new Statement(UUID.randomUUID(), speakerId, SUMMIT_DAY, eventId, text, "cs", "",
                StatementKind.VERBATIM_QUOTE, List.of(), RecordInfo.NEW);
    }

    public static Report report(UUID eventId) {
        return new Report(UUID.randomUUID(), eventId, "Zpráva ze summitu o ochraně hranic",
                "Odbor bezpečnostní politiky",
                SUMMIT_DAY.plusDays(1), "Summitu se zúčastnilo 40 zemí.", "Shoda na společném postupu.",
                List.of(new FollowUp("Připravit podklady pro vládu", SUMMIT_DAY.plusDays(30), false)), List.of(),
                RecordInfo.of(Sensitivity.INTERNAL, List.of()));
    }

    public static Commitment commitment(UUID statementId) {
        return new Commitment(UUID.randomUUID(), statementId, "Schválit novelu migrační legislativy co nejdříve.",
                CommitmentStatus.OPEN, null, List.of(new StatusChange(SUMMIT_DAY, CommitmentStatus.OPEN, "")),
                List.of(), RecordInfo.NEW);
    }
}
