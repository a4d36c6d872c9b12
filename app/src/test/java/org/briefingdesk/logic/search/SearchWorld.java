package org.briefingdesk.logic.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.model.StatusChange;
import org.briefingdesk.model.Topic;
import org.briefingdesk.testutil.RecordBuilder;

/** The press release's world, written for search tests, plus one older event in Vienna. */
final class SearchWorld {
    static final LocalDate DAY = LocalDate.of(2025, 3, 31);
    final Topic migration;
    final Topic smuggling;
    final Topic borders;
    final Person rakusan;
    final Person cooper;
    final Person ocallaghan;
    final Event summit;
    final Event irishMeeting;
    final Event britishMeeting;
    final Event viennaConference;
    final Report report;
    final Statement statement;
    final Commitment commitment;

    SearchWorld(RecordStore store) {
        migration = store.topics().save(topic("migrace", "migration", null));
        smuggling = store.topics().save(topic("převaděčství", "people smuggling", migration.id()));
        borders = store.topics().save(topic("ochrana hranic", "border protection", null));
        rakusan = store.people().save(person("Vít", "Rakušan", "CZ", List.of()));
        cooper = store.people().save(person("Yvette", "Cooper", "GB", List.of("Ivette Cooperová", "Cooperová")));
        ocallaghan = store.people().save(person("Jim", "O’Callaghan", "IE", List.of("Jim O´Callaghan")));
        summit = store.events().save(event(EventKind.SUMMIT, "Border Security Summit", DAY, "Londýn", "GB", null,
                "Zástupci 40 zemí včetně Česka jednali v Londýně na summitu o ochraně hranic a o spolupráci na"
                        + " inovativních řešeních migrace.",
                List.of(rakusan.id()), List.of(migration.id(), borders.id())));
        irishMeeting = store.events().save(event(EventKind.BILATERAL_MEETING, "Jednání s irským ministrem",
                DAY, "Londýn", "GB", summit.id(),
                "Ministr se setkal s irským ministrem vnitra Jimem O´Callaghanem; hovořili o boji proti"
                        + " převaděčství a kybernetickým hrozbám.",
                List.of(rakusan.id(), ocallaghan.id()), List.of(smuggling.id())));
        britishMeeting = store.events().save(event(EventKind.BILATERAL_MEETING,
                "Jednání s ministryní vnitra Spojeného království", DAY, "Londýn", "GB", summit.id(),
                "Ministr se setkal s ministryní vnitra Ivette Cooperovou.", List.of(rakusan.id(), cooper.id()),
                List.of()));
        viennaConference = store.events().save(event(EventKind.CONFERENCE, "Konference o návratech",
                LocalDate.of(2024, 5, 10), "Vídeň", "AT", null, "Jednání o návratech migrantů do třetích zemí.",
                List.of(rakusan.id()), List.of(migration.id())));
        report = store.reports().save(RecordBuilder.aReport().with(Report::eventId, summit.id())
                .with(Report::title, "Zpráva ze summitu v Londýně").with(Report::author, "Odbor komunikace")
                .with(Report::date, DAY)
                .with(Report::body, "Ministři jednali o posilování bezpečnostních opatření.")
                .with(Report::outcomes, "Shoda na nutnosti posílit spolupráci v oblasti ochrany vnějších hranic.")
                .with(Report::followUps, List.of())
                .withAll(Report::topicIds, borders.id()).sensitivity(Sensitivity.PUBLIC).build());
        statement = store.statements().save(RecordBuilder.aStatement().with(Statement::speakerId, rakusan.id())
                .with(Statement::date, DAY)
                .with(Statement::eventId, summit.id())
                .with(Statement::text, "Pracujeme i na zpřísnění naší vlastní azylové a migrační legislativy."
                        + " Novelu migrační legislativy chceme vzhledem k mezinárodní situaci schválit co nejdříve.")
                .with(Statement::kind, StatementKind.VERBATIM_QUOTE).withAll(Statement::topicIds, migration.id())
                .build());
        commitment = store.commitments().save(RecordBuilder.aCommitment().with(Commitment::statementId, statement.id())
                .with(Commitment::text, "Schválit novelu migrační legislativy co nejdříve.")
                .with(Commitment::status, CommitmentStatus.OPEN)
                .withAll(Commitment::history, new StatusChange(DAY, CommitmentStatus.OPEN, ""))
                .withAll(Commitment::topicIds, migration.id()).build());
    }

    private static Topic topic(String name, String nameEn, UUID parent) {
        return RecordBuilder.aTopic().with(Topic::name, name).with(Topic::nameEn, nameEn).with(Topic::parentId, parent)
                .build();
    }

    private static Person person(String given, String family, String country, List<String> aliases) {
        return RecordBuilder.aPerson().with(Person::givenName, given).with(Person::familyName, family)
                .with(Person::countryCode, country).with(Person::aliases, aliases).build();
    }

    private static Event event(EventKind kind, String title, LocalDate day, String city, String country, UUID parent,
                               String summary, List<UUID> people, List<UUID> topics) {
        return RecordBuilder.anEvent().with(Event::kind, kind).with(Event::title, title).with(Event::startDate, day)
                .with(Event::endDate, day).with(Event::city, city).with(Event::countryCode, country)
                .with(Event::participatingCountries, null).with(Event::summary, summary).with(Event::parentId, parent)
                .with(Event::participants, people.stream()
                        .map(p -> new Participation(p, ParticipationRole.PARTICIPANT, null, null))
                        .toList())
                .with(Event::topicIds, topics).sources().build();
    }
}
