package org.briefingdesk.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.briefingdesk.logic.drafting.Draft;
import org.briefingdesk.logic.drafting.DraftSet;
import org.briefingdesk.logic.drafting.Span;
import org.briefingdesk.logic.search.SearchText;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.model.Topic;

/**
 * Drafts against the gold set, per kind. People match by name or alias in the nominative; functions by
 * their title (one within the other) and country; dates are the events' days and the commitments' deadlines; places the
 * events' cities and countries; quotations match by their words, and their speaker is checked apart;
 * paraphrases and commitments match when they contain the expected passage.
 */
public final class DraftEvaluation {
    /** The measured kinds, in the order they are printed. */
    public enum Measure { PEOPLE, FUNCTIONS, DATES, PLACES, EVENTS, QUOTATIONS, QUOTE_SPEAKERS, PARAPHRASES,
        COMMITMENTS, TOPICS, EVIDENCE }

    private final Map<Measure, DraftScore> scores = new EnumMap<>(Measure.class);

    public DraftEvaluation() {
        for (Measure m : Measure.values()) {
            scores.put(m, DraftScore.ZERO);
        }
    }

    public Map<Measure, DraftScore> scores() {
        return Map.copyOf(scores);
    }

    public DraftScore score(Measure measure) {
        return scores.get(measure);
    }

    private void add(Measure measure, int correct, int drafted, int expected) {
        scores.merge(measure, new DraftScore(correct, drafted, expected), DraftScore::plus);
    }

    /** Adds one release's drafts against its gold; returns that release's own scores. */
    public Map<Measure, DraftScore> add(DraftSet drafts, DraftGold gold) {
        DraftEvaluation one = new DraftEvaluation();
        one.compare(drafts, gold);
        one.scores.forEach((m, s) -> scores.merge(m, s, DraftScore::plus));
        return one.scores();
    }

    private void compare(DraftSet drafts, DraftGold gold) {
        Map<UUID, Person> people = new LinkedHashMap<>();
        drafts.of(RecordKind.PERSON).forEach(d -> people.put(d.id(), (Person) d.record()));
        comparePeople(people, gold);
        List<Event> events = drafts.of(RecordKind.EVENT).stream().map(d -> (Event) d.record()).toList();
        List<Commitment> commitments = drafts.of(RecordKind.COMMITMENT).stream().map(d -> (Commitment) d.record())
                .toList();
        List<String> draftedDates = new ArrayList<>();
        events.forEach(e -> draftedDates.add("event " + e.startDate() + " " + e.endDate()));
        commitments.stream().filter(c -> c.dueDate() != null).forEach(c -> draftedDates.add("due " + c.dueDate()));
        List<String> goldDates = new ArrayList<>();
        gold.events().forEach(e -> goldDates.add("event " + e.start() + " " + e.end()));
        gold.commitments().stream().filter(c -> c.due() != null).forEach(c -> goldDates.add("due " + c.due()));
        multiset(Measure.DATES, draftedDates, goldDates);
        multiset(Measure.PLACES,
                events.stream().filter(e -> !e.city().isEmpty() || e.countryCode() != null)
                        .map(e -> fold(e.city()) + " " + e.countryCode()).toList(),
                gold.events().stream().filter(e -> e.city() != null || e.country() != null)
                        .map(e -> fold(e.city() == null ? "" : e.city()) + " " + e.country()).toList());
        multiset(Measure.EVENTS, events.stream().map(e -> e.kind() + " " + (e.parentId() != null)).toList(),
                gold.events().stream().map(e -> e.kind() + " " + e.child()).toList());
        List<Statement> statements = drafts.of(RecordKind.STATEMENT).stream().map(d -> (Statement) d.record())
                .toList();
        compareQuotes(statements, people, gold);
        comparePassages(Measure.PARAPHRASES, statements.stream().filter(s -> s.kind() != StatementKind.VERBATIM_QUOTE)
                .map(Statement::text).toList(),
                gold.paraphrases().stream().map(DraftGold.GoldPassage::contains).toList());
        comparePassages(Measure.COMMITMENTS, commitments.stream().map(Commitment::text).toList(),
                gold.commitments().stream().map(DraftGold.GoldPassage::contains).toList());
        multiset(Measure.TOPICS, drafts.of(RecordKind.TOPIC).stream().map(d -> fold(((Topic) d.record()).name()))
                .distinct().toList(), gold.topics().stream().map(DraftEvaluation::fold).distinct().toList());
        int withEvidence = (int) drafts.drafts().stream().filter(d -> hasEvidence(d, drafts.release().text()))
                .count();
        add(Measure.EVIDENCE, withEvidence, drafts.drafts().size(), drafts.drafts().size());
    }

    private static boolean hasEvidence(Draft d, String text) {
        return !d.evidence().isEmpty() && d.evidence().stream().allMatch((Span s) -> s.end() <= text.length()
                && s.end() > s.start());
    }

    private void comparePeople(Map<UUID, Person> people, DraftGold gold) {
        Set<UUID> used = new HashSet<>();
        int correct = 0;
        int functionsCorrect = 0;
        int functionsDrafted = 0;
        int functionsExpected = 0;
        for (DraftGold.GoldPerson g : gold.people()) {
            Set<String> names = new HashSet<>();
            names.add(fold(g.name()));
            g.aliases().forEach(a -> names.add(fold(a)));
            Person match = people.values().stream().filter(p -> !used.contains(p.id()))
                    .filter(p -> namesOf(p).stream().anyMatch(names::contains)).findFirst().orElse(null);
            if (g.function() != null) {
                functionsExpected++;
            }
            if (match == null) {
                continue;
            }
            used.add(match.id());
            correct++;
            String title = match.roles().isEmpty() ? "" : match.roles().get(match.roles().size() - 1).title();
            if (!title.isEmpty()) {
                functionsDrafted++;
            }
            if (g.function() != null && !title.isEmpty() && sameFunction(title, g.function())
                    && Objects.equals(g.country(), match.countryCode())) {
                functionsCorrect++;
            }
        }
        add(Measure.PEOPLE, correct, people.size(), gold.people().size());
        add(Measure.FUNCTIONS, functionsCorrect, functionsDrafted, functionsExpected);
    }

    /** The same function, one written more fully than the other ("ministr" within "ministr vnitra"). */
    private static boolean sameFunction(String drafted, String expected) {
        String a = fold(drafted);
        String b = fold(expected);
        return a.contains(b) || b.contains(a);
    }

    private static Set<String> namesOf(Person p) {
        Set<String> names = new HashSet<>();
        names.add(fold(p.fullName()));
        p.aliases().forEach(a -> names.add(fold(a)));
        return names;
    }

    private void compareQuotes(List<Statement> statements, Map<UUID, Person> people, DraftGold gold) {
        List<Statement> quotes = statements.stream().filter(s -> s.kind() == StatementKind.VERBATIM_QUOTE).toList();
        int found = 0;
        int rightSpeaker = 0;
        for (DraftGold.GoldQuote g : gold.quotations()) {
            String words = fold(g.text());
            Statement match = quotes.stream().filter(s -> fold(s.text()).equals(words)).findFirst().orElse(null);
            if (match == null) {
                continue;
            }
            found++;
            Person speaker = match.speakerId() == null ? null : people.get(match.speakerId());
            if (speaker != null && namesOf(speaker).contains(fold(g.speaker()))
                    || speaker != null && fold(g.speaker()).equals(fold(speaker.fullName()))) {
                rightSpeaker++;
            }
        }
        add(Measure.QUOTATIONS, found, quotes.size(), gold.quotations().size());
        add(Measure.QUOTE_SPEAKERS, rightSpeaker, found, found);
    }

    private void comparePassages(Measure measure, List<String> drafted, List<String> expected) {
        List<String> left = new ArrayList<>(drafted.stream().map(DraftEvaluation::fold).toList());
        int correct = 0;
        for (String passage : expected) {
            String wanted = fold(passage);
            for (int i = 0; i < left.size(); i++) {
                if (left.get(i).contains(wanted) || wanted.contains(left.get(i)) && left.get(i).length()
                        > wanted.length() * 3 / 4) {
                    left.remove(i);
                    correct++;
                    break;
                }
            }
        }
        add(measure, correct, drafted.size(), expected.size());
    }

    private void multiset(Measure measure, List<String> drafted, List<String> expected) {
        Map<String, Integer> counts = new HashMap<>();
        drafted.forEach(d -> counts.merge(d, 1, Integer::sum));
        int correct = 0;
        for (String e : expected) {
            if (counts.getOrDefault(e, 0) > 0) {
                counts.merge(e, -1, Integer::sum);
                correct++;
            }
        }
        add(measure, correct, drafted.size(), expected.size());
    }

    static String fold(String text) {
        return String.join(" ", SearchText.words(text == null ? "" : text));
    }

    /** "0,95" style figures for the report lines. */
    public static String percent(double value, Locale locale) {
        return String.format(locale, "%.1f", value * 100);
    }

    static String describe(Map<Measure, DraftScore> scores) {
        return scores.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().correct() + "/"
                + e.getValue().drafted() + "/" + e.getValue().expected()).collect(Collectors.joining(", "));
    }
}
