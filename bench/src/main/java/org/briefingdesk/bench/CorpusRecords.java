package org.briefingdesk.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.bench.CzechPlaces.City;
import org.briefingdesk.bench.CzechPlaces.Country;
import org.briefingdesk.bench.CzechWords.Case;
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
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.model.StatusChange;
import org.briefingdesk.model.Topic;

/**
 * Makes the corpus's records one by one, in the order they must be saved (topics, organisations,
 * people, events, reports, statements, commitments), linking each to records made before it.
 * Ids are name-based UUIDs and every other choice comes from one seeded Random: the same size
 * always gives the same records.
 */
final class CorpusRecords {
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 4_000;

    private final Random random;
    private final CzechSentences text;
    private final CorpusSize size;
    private final List<UUID> topics = new ArrayList<>();
    private final List<UUID> organisations = new ArrayList<>();
    private final List<UUID> people = new ArrayList<>();
    private final List<String> peopleCountries = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Event> summits = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();

    CorpusRecords(long seed, CorpusSize size) {
        this.random = new Random(seed);
        this.text = new CzechSentences(random);
        this.size = size;
    }

    private static UUID id(String kind, int i) {
        return UUID.nameUUIDFromBytes(("briefing-desk-bench:" + kind + ":" + i).getBytes(StandardCharsets.UTF_8));
    }

    private <E extends Enum<E>> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }

    private LocalDate day() {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    private List<UUID> someTopics() {
        Set<UUID> chosen = new LinkedHashSet<>();
        int count = 1 + random.nextInt(2);
        while (chosen.size() < count) {
            chosen.add(text.pick(topics));
        }
        return List.copyOf(chosen);
    }

    Topic topic(int i) {
        CorpusTopics.Entry entry = CorpusTopics.ALL.get(i);
        UUID parent = entry.parent() < 0 ? null : topics.get(entry.parent());
        Topic topic = new Topic(id("topic", i), entry.name(), entry.nameEn(), parent, text.sentence(),
                RecordInfo.NEW);
        topics.add(topic.id());
        return topic;
    }

    Organisation organisation(int i) {
        Country country = text.country();
        OrganisationKind kind = pick(OrganisationKind.values());
        String name = switch (kind) {
            case MINISTRY -> "Ministerstvo vnitra " + country.gen();
            case GOVERNMENT -> "Vláda " + country.gen();
            case AGENCY -> "Úřad pro " + text.nounPhrase(Case.ACC) + " " + country.gen();
            case INTERNATIONAL_ORGANISATION -> "Mezinárodní agentura pro " + text.nounPhrase(Case.ACC);
            case PARTY -> "Strana pro " + text.nounPhrase(Case.ACC);
            case NGO -> "Iniciativa pro " + text.nounPhrase(Case.ACC);
            case OTHER -> "Centrum " + text.nounPhrase(Case.GEN);
        };
        Organisation organisation = new Organisation(id("organisation", i), name, "", kind, country.code(),
                random.nextBoolean() ? text.sentence() : "", RecordInfo.NEW);
        organisations.add(organisation.id());
        return organisation;
    }

    Person person(int i) {
        boolean woman = random.nextInt(5) < 2;
        boolean czech = random.nextInt(10) < 6;
        String given;
        String family;
        String country;
        List<String> aliases = new ArrayList<>();
        if (czech) {
            given = text.pick(woman ? CzechNames.CZECH_WOMEN : CzechNames.CZECH_MEN);
            family = text.czechSurname().of(woman, Case.NOM);
            country = "CZ";
        } else {
            given = text.pick(woman ? CzechNames.FOREIGN_WOMEN : CzechNames.FOREIGN_MEN);
            family = text.foreignSurname().of(false, Case.NOM);
            Country from = text.country();
            country = from.code().equals("CZ") ? "SK" : from.code();
            if (woman) {
                aliases.add(given + " " + CzechNames.czechFeminine(family)); // "Ivette Cooperová"
            }
            if (family.contains("'")) {
                aliases.add(given + " " + family.replace('\'', '\u2019'));
            }
        }
        List<Role> roles = new ArrayList<>();
        for (int r = random.nextInt(3); r > 0; r--) {
            LocalDate from = day();
            roles.add(new Role(text.pick(CzechNames.TITLES)[woman ? 1 : 0], text.pick(organisations), from,
                    random.nextBoolean() ? from.plusDays(200 + random.nextInt(1500)) : null));
        }
        Person person = new Person(id("person", i), "", given, family, country,
                random.nextBoolean() ? text.sentence() : "", aliases, roles, RecordInfo.NEW);
        people.add(person.id());
        peopleCountries.add(country);
        return person;
    }

    Event event(int i) {
        EventKind kind = pick(EventKind.values());
        Country country = text.country();
        City city = text.city();
        LocalDate start = day();
        UUID parent = null;
        if (kind == EventKind.BILATERAL_MEETING && !summits.isEmpty() && random.nextInt(10) < 3) {
            Event summit = text.pick(summits);
            parent = summit.id();
            start = summit.startDate();
        }
        String title = switch (kind) {
            case SUMMIT -> "Summit o " + text.nounPhrase(Case.LOC) + " v " + city.loc();
            case CONFERENCE -> "Konference o " + text.nounPhrase(Case.LOC);
            case BILATERAL_MEETING -> "Bilaterální jednání s " + country.ins();
            case MULTILATERAL_MEETING -> "Jednání ministrů vnitra o " + text.nounPhrase(Case.LOC);
            case VISIT -> "Návštěva v " + country.loc();
            case CALL -> "Telefonát s " + country.ins();
            case OTHER -> "Pracovní setkání k " + text.nounPhrase(Case.DAT);
        };
        Event event = new Event(id("event", i), kind, title, start, start.plusDays(random.nextInt(3)), city.nom(),
                city.countryCode(), text.pick(organisations), kind == EventKind.SUMMIT ? 5 + random.nextInt(40) : null,
                text.sentences(1, 3), parent, participants(), someTopics(), "", RecordInfo.NEW);
        events.add(event);
        if (kind == EventKind.SUMMIT) {
            summits.add(event);
        }
        return event;
    }

    private List<Participation> participants() {
        Set<Integer> chosen = new LinkedHashSet<>();
        int count = Math.min(people.size(), 2 + random.nextInt(7));
        while (chosen.size() < count) {
            chosen.add(random.nextInt(people.size()));
        }
        return chosen.stream().map(p -> new Participation(people.get(p), pick(ParticipationRole.values()), null,
                peopleCountries.get(p))).toList();
    }

    Report report(int i) {
        Event event = text.pick(events);
        List<FollowUp> followUps = new ArrayList<>();
        for (int f = 1 + random.nextInt(3); f > 0; f--) {
            followUps.add(new FollowUp(text.sentence(), event.endDate().plusDays(30 + random.nextInt(300)),
                    random.nextBoolean()));
        }
        String author = text.pick(CzechNames.CZECH_MEN) + " " + text.czechSurname().of(false, Case.NOM);
        return new Report(id("report", i), event.id(), "Zpráva: " + event.title(), author, event.endDate(),
                text.paragraphs(3, 6), text.sentences(2, 3), followUps, someTopics(),
                RecordInfo.of(Sensitivity.INTERNAL, List.of()));
    }

    Statement statement(int i) {
        Event event = random.nextInt(10) < 7 ? text.pick(events) : null;
        Statement statement = new Statement(id("statement", i), text.pick(people),
                event != null ? event.startDate() : day(), event != null ? event.id() : null, text.sentences(1, 4),
                "cs", "", pick(StatementKind.values()), someTopics(), RecordInfo.NEW);
        if (statements.size() < size.commitments() * 4) {
            statements.add(statement); // commitments come from the first statements; no need to keep all
        }
        return statement;
    }

    Commitment commitment(int i) {
        Statement statement = text.pick(statements);
        CommitmentStatus status = pick(CommitmentStatus.values());
        LocalDate due = statement.date().plusDays(90 + random.nextInt(700));
        return new Commitment(id("commitment", i), statement.id(), "Schválit " + text.nounPhrase(Case.ACC), status,
                due, List.of(new StatusChange(statement.date(), status, text.sentence())), statement.topicIds(),
                RecordInfo.NEW);
    }
}
