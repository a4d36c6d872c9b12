package org.briefingdesk.logic.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Topic;

/**
 * The profile: the target itself (an organisation's, topic's, event's or country's facts), then each
 * of their people with roles as of the meeting date and before, aliases, organisation and country.
 */
record ProfileSection(PackWording words, OurSide ours) {
    PackSection build(BriefingScope scope) {
        List<PackBlock> blocks = new ArrayList<>(subjectFacts(scope));
        boolean single = scope.subjectPerson() != null;
        for (Person person : scope.counterparts()) {
            if (!single) {
                blocks.add(new PackBlock.Subheading(person.fullName()));
            }
            blocks.add(new PackBlock.Facts(personFacts(person, scope.asOf())));
        }
        if (blocks.isEmpty()) {
            blocks.add(new PackBlock.Note(words.get("briefing.none")));
        }
        return new PackSection(words.get("briefing.section.profile"), blocks);
    }

    private List<PackBlock> subjectFacts(BriefingScope scope) {
        List<PackBlock.Fact> facts = new ArrayList<>();
        if (scope.subjectCountry() != null) {
            add(facts, "briefing.label.country",
                    words.country(scope.subjectCountry()) + " (" + scope.subjectCountry() + ")");
        } else if (scope.subjectOrganisation() != null) {
            organisationFacts(scope.subjectOrganisation(), facts);
        } else if (scope.subjectTopic() != null) {
            topicFacts(scope.subjectTopic(), facts);
        } else if (scope.subjectEvent() != null) {
            eventFacts(scope.subjectEvent(), facts);
        }
        return facts.isEmpty() ? List.of() : List.of(new PackBlock.Facts(facts));
    }

    private void organisationFacts(Organisation o, List<PackBlock.Fact> facts) {
        add(facts, "briefing.label.name", o.name());
        add(facts, "briefing.label.abbreviation", o.abbreviation());
        add(facts, "briefing.label.kind", words.of(o.kind()));
        add(facts, "briefing.label.country", words.country(o.countryCode()));
        add(facts, "briefing.label.notes", o.notes());
    }

    private void topicFacts(Topic t, List<PackBlock.Fact> facts) {
        add(facts, "briefing.label.name", t.name());
        add(facts, "briefing.label.englishName", t.nameEn());
        add(facts, "briefing.label.parentTopic", t.parentId() == null ? "" : words.topic(t.parentId()).orElse(""));
        add(facts, "briefing.label.description", t.description());
    }

    private void eventFacts(Event e, List<PackBlock.Fact> facts) {
        add(facts, "briefing.label.event", e.title());
        add(facts, "briefing.label.kind", words.of(e.kind()));
        add(facts, "briefing.label.date", words.dateRange(e.startDate(), e.endDate()));
        add(facts, "briefing.label.place", place(e));
        add(facts, "briefing.label.organiser",
                words.lookup().organisation(e.organiserId()).map(RecordLabels::label).orElse(""));
        add(facts, "briefing.label.partOf", words.lookup().event(e.parentId()).map(Event::title).orElse(""));
        add(facts, "briefing.label.ourSide", String.join("\n", words.participants(e, true, ours)));
        add(facts, "briefing.label.theirSide", String.join("\n", words.participants(e, false, ours)));
        add(facts, "briefing.label.topics", words.topics(e.topicIds()));
        add(facts, "briefing.label.summary", e.summary());
    }

    private List<PackBlock.Fact> personFacts(Person p, LocalDate asOf) {
        List<PackBlock.Fact> facts = new ArrayList<>();
        add(facts, "briefing.label.name", (p.honorific().isEmpty() ? "" : p.honorific() + " ") + p.fullName());
        add(facts, "briefing.label.aliases", String.join(", ", p.aliases()));
        add(facts, "briefing.label.country", words.country(p.countryCode()));
        List<Role> current = p.roles().stream().filter(r -> r.heldOn(asOf)).toList();
        add(facts, "briefing.label.organisation", current.stream()
                .map(r -> words.lookup().organisation(r.organisationId()).map(RecordLabels::label))
                .flatMap(Optional::stream).distinct().reduce((a, b) -> a + "\n" + b).orElse(""));
        facts.add(new PackBlock.Fact(words.get("briefing.label.roleAsOf", words.date(asOf)),
                current.isEmpty() ? "—" : String.join("\n", current.stream().map(words::role).toList())));
        List<Role> earlier = p.roles().stream()
                .filter(r -> !r.heldOn(asOf) && r.to() != null && r.to().isBefore(asOf))
                .sorted(Comparator.comparing(Role::to).reversed()).toList();
        add(facts, "briefing.label.earlierRoles", String.join("\n", earlier.stream().map(words::role).toList()));
        add(facts, "briefing.label.notes", p.notes());
        return facts;
    }

    private String place(Event e) {
        String country = words.country(e.countryCode());
        return e.city().isEmpty() ? country : country.isEmpty() ? e.city() : e.city() + ", " + country;
    }

    /** Empty values are left out: a profile shows what is known. */
    private void add(List<PackBlock.Fact> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new PackBlock.Fact(words.get(key), value));
        }
    }
}
