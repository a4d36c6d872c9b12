package org.briefingdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.model.Topic;

/**
 * One release of the drafting gold set with the drafts a careful person makes from it: the files
 * {@code NN-name.cs.txt} and {@code NN-name.expected.json}; the seed release's expected drafts are the
 * records the sample loader builds ({@link #fromSample}).
 */
public record DraftGold(String name, String text, List<GoldPerson> people, List<GoldEvent> events,
                        List<GoldQuote> quotations, List<GoldPassage> paraphrases, List<GoldPassage> commitments,
                        List<String> topics) {
    public record GoldPerson(String name, List<String> aliases, String function, String country) {
    }

    public record GoldEvent(EventKind kind, boolean child, LocalDate start, LocalDate end, String city,
                            String country, List<String> participants) {
    }

    public record GoldQuote(String speaker, String language, String text) {
    }

    public record GoldPassage(String speaker, String contains, LocalDate due) {
    }

    /** The seed release in the sample loader's records. */
    public static final String SEED = "01-border-security-summit.cs.txt";

    /**
     * Every release of the folder, in the order of their names.
     *
     * @param sample a store holding the sample records, the seed release's gold
     */
    public static List<DraftGold> load(Path folder, RecordStore sample) {
        List<DraftGold> gold = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".cs.txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Path expected = folder.resolve(name.replace(".cs.txt", ".expected.json"));
                if (name.equals(SEED)) {
                    gold.add(fromSample(name, text, sample));
                } else if (Files.exists(expected)) {
                    gold.add(fromJson(name, text, new ObjectMapper().readTree(expected.toFile())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gold;
    }

    static DraftGold fromJson(String name, String text, JsonNode json) {
        List<GoldPerson> people = new ArrayList<>();
        json.path("people").forEach(p -> people.add(new GoldPerson(p.path("name").asText(), List.of(),
                textOrNull(p.path("function")), textOrNull(p.path("country")))));
        List<GoldEvent> events = new ArrayList<>();
        json.path("events").forEach(e -> {
            List<String> participants = new ArrayList<>();
            e.path("participants").forEach(n -> participants.add(n.asText()));
            events.add(new GoldEvent(EventKind.valueOf(e.path("kind").asText()), e.path("child").asBoolean(),
                    date(e.path("start")), date(e.path("end")), textOrNull(e.path("city")),
                    textOrNull(e.path("country")), participants));
        });
        List<GoldQuote> quotations = new ArrayList<>();
        json.path("quotations").forEach(q -> quotations.add(new GoldQuote(q.path("speaker").asText(),
                q.path("language").asText(), q.path("text").asText())));
        List<String> topics = new ArrayList<>();
        json.path("topics").forEach(t -> topics.add(t.asText()));
        return new DraftGold(name, text, people, events, quotations, passages(json.path("paraphrases")),
                passages(json.path("commitments")), topics);
    }

    private static List<GoldPassage> passages(JsonNode list) {
        List<GoldPassage> passages = new ArrayList<>();
        list.forEach(p -> passages.add(new GoldPassage(p.path("speaker").asText(), p.path("contains").asText(),
                date(p.path("due")))));
        return passages;
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static LocalDate date(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    /** The seed release's gold: the sample's people, events, statements, commitments and topics. */
    static DraftGold fromSample(String name, String text, RecordStore sample) {
        Map<UUID, Person> people = sample.people().findAll().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Map<UUID, String> countries = new HashMap<>();
        List<GoldPerson> goldPeople = people.values().stream().map(p -> {
            countries.put(p.id(), p.countryCode());
            return new GoldPerson(p.fullName(), p.aliases(), p.roles().isEmpty() ? null : p.roles().get(0).title(),
                    p.countryCode());
        }).toList();
        List<GoldEvent> events = sample.events().findAll().stream().map((Event e) -> new GoldEvent(e.kind(),
                e.parentId() != null, e.startDate(), e.endDate(), e.city(), e.countryCode(),
                e.participants().stream().map(p -> people.get(p.personId()).fullName()).toList())).toList();
        List<Statement> statements = sample.statements().findAll();
        List<GoldQuote> quotes = statements.stream().filter(s -> s.kind() == StatementKind.VERBATIM_QUOTE)
                .map(s -> new GoldQuote(people.get(s.speakerId()).fullName(), s.language(), s.text())).toList();
        List<GoldPassage> paraphrases = statements.stream().filter(s -> s.kind() != StatementKind.VERBATIM_QUOTE)
                .map(s -> new GoldPassage(people.get(s.speakerId()).fullName(), s.text(), null)).toList();
        Map<UUID, Statement> byId = statements.stream().collect(Collectors.toMap(Statement::id, Function.identity()));
        List<GoldPassage> commitments = sample.commitments().findAll().stream().map(c -> {
            String text1 = c.text();
            int open = text1.indexOf('„');
            String quoted = open >= 0 ? text1.substring(open + 1).replaceAll("[.“]+$", "") : text1;
            return new GoldPassage(people.get(byId.get(c.statementId()).speakerId()).fullName(), quoted, c.dueDate());
        }).toList();
        Set<UUID> used = new LinkedHashSet<>();
        sample.events().findAll().forEach(e -> used.addAll(e.topicIds()));
        sample.reports().findAll().forEach(r -> used.addAll(r.topicIds()));
        statements.forEach(s -> used.addAll(s.topicIds()));
        List<String> topics = sample.topics().findAll().stream().filter(t -> used.contains(t.id())).map(Topic::name)
                .toList();
        return new DraftGold(name, text, goldPeople, events, quotes, paraphrases, commitments, topics);
    }
}
