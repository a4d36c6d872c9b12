package org.briefingdesk.logic.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.search.SearchText;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.Organisation;
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
import org.briefingdesk.model.Text;
import org.briefingdesk.model.Topic;

/**
 * Drafts the records of one Czech press release: the report, the event and its side meetings, the people
 * with their functions, quotations and paraphrases, the commitments in them and the topics, each with its
 * evidence. Nothing is saved here; existing people and topics are matched, never changed.
 */
public final class Drafter {
    /** The existing records the drafts are matched against. */
    public record Context(List<Person> people, List<Topic> topics, List<Organisation> organisations) {
        public static final Context EMPTY = new Context(List.of(), List.of(), List.of());

        public Context {
            people = List.copyOf(people);
            topics = List.copyOf(topics);
            organisations = List.copyOf(organisations);
        }
    }

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"“”<>»«]+[^\\s\"“”<>»«.,;:)]");
    private static final Pattern COUNTRIES = Pattern.compile("(?u)\\b(\\d{1,3})\\s+(?:zemí|států)\\b");
    private static final Set<String> OUTCOMES = Set.of("shodli", "dohodli", "prijali", "schvalili", "podepsali");
    private static final Set<String> KIND_NOUNS = Set.of("konference", "konferenci", "summit",
            "summitu", "summitem", "zasedani", "setkani", "forum", "fora", "foru", "schuzka", "schuzce", "schuzky");
    private static final Set<String> TITLE_STOP = Set.of("v", "ve", "na", "o", "s", "se", "k", "ke", "ktera", "ktery",
            "ktere", "kterou", "jenz", "jez", "do", "za", "kde", "pod", "ze", "z", "ucastnili", "zucastnil");

    private final Localization czech = Localization.forLanguage("cs");

    /**
     * Drafts the release.
     *
     * @param today the date relative dates resolve against when the release names none of its own
     */
    public DraftSet draft(ReleaseText release, Context context, LocalDate today) {
        return new Run(release, context, today).drafts();
    }

    /** One drafting run over one release. */
    private final class Run {
        private final ReleaseText release;
        private final String text;
        private final Context context;
        private final Layout layout;
        private final List<Quotes.Quote> quotes;
        private final List<List<Token>> outside = new ArrayList<>();
        private final List<List<Token>> whole = new ArrayList<>();
        private final LocalDate releaseDate;
        private final People people;
        private final Topics topics;
        private final Source source;
        private final List<Draft> events = new ArrayList<>();
        private final List<Draft> statements = new ArrayList<>();
        private final List<Draft> commitments = new ArrayList<>();
        private final Map<UUID, Draft> topicDrafts = new LinkedHashMap<>();
        private final Map<People.Found, UUID> personIds = new LinkedHashMap<>();
        private final Map<Integer, Event> sentenceEvent = new LinkedHashMap<>();
        private final Set<People.Found> quoted = new LinkedHashSet<>();
        private Event main;
        private int mainSentence = -1;

        Run(ReleaseText release, Context context, LocalDate today) {
            this.release = release;
            this.text = release.text();
            this.context = context;
            this.layout = new Layout(text);
            this.quotes = Quotes.find(text);
            for (Sentence s : layout.sentences) {
                List<Token> all = Token.of(text, s.span().start(), s.span().end());
                whole.add(all);
                outside.add(all.stream().filter(t -> quotes.stream().noneMatch(q -> q.whole().contains(t.start())))
                        .toList());
            }
            this.releaseDate = releaseDate(today);
            this.people = new People(text, context.people());
            this.people.find(outside);
            this.topics = new Topics(context.topics());
            this.source = new Source(sourceTitle(), url());
        }

        DraftSet drafts() {
            draftEvents();
            draftQuotations();
            draftParaphrases();
            List<Draft> peopleDrafts = draftPeople();
            draftTopics();
            attachParticipants();
            Draft report = draftReport();
            List<Draft> all = new ArrayList<>();
            all.add(report);
            all.addAll(events.stream().map(this::withTopicsAndParticipants).toList());
            all.addAll(peopleDrafts);
            all.addAll(statements);
            all.addAll(commitments);
            all.addAll(topicDrafts.values());
            return new DraftSet(release, all);
        }

        // --- dates and the release ---

        private LocalDate releaseDate(LocalDate today) {
            if (layout.dateline != null) {
                List<CzechDates.Mention> dates = CzechDates.find(text, layout.dateline.start(), layout.dateline.end(),
                        today);
                if (!dates.isEmpty()) {
                    return dates.get(0).start();
                }
            }
            for (Sentence s : layout.sentences) {
                for (CzechDates.Mention m : CzechDates.find(text, s.span().start(), s.span().end(), today)) {
                    if (m.span().of(text).matches("(?s).*\\d{4}\\s*$")) {
                        return m.start();
                    }
                }
            }
            return today;
        }

        private String url() {
            Matcher m = URL.matcher(text);
            return m.find() ? m.group() : "";
        }

        /** The headline (or the first sentence, shortened), with the file's name: every draft's source. */
        private String sourceTitle() {
            String title = layout.headline != null ? Layout.oneLine(text, layout.headline)
                    : layout.sentences.isEmpty() ? "" : RecordLabels.shorten(
                    Layout.oneLine(text, layout.sentences.get(0).span()));
            return release.sourceName().isEmpty() ? title : title + " (" + release.sourceName() + ")";
        }

        // --- events ---

        private List<Integer> body() {
            List<Integer> body = new ArrayList<>();
            for (int i = 0; i < layout.sentences.size(); i++) {
                if (!layout.sentences.get(i).heading()) {
                    body.add(i);
                }
            }
            return body;
        }

        /** The headline and the first two paragraphs of the body. */
        private List<Integer> lead() {
            List<Integer> lead = new ArrayList<>();
            int firstParagraph = -1;
            for (int i = 0; i < layout.sentences.size(); i++) {
                Sentence s = layout.sentences.get(i);
                if (!s.heading() && firstParagraph < 0) {
                    firstParagraph = s.paragraph();
                }
                if (s.span().equals(layout.headline) || firstParagraph >= 0 && s.paragraph() <= firstParagraph + 1) {
                    lead.add(i);
                }
            }
            return lead;
        }

        private void draftEvents() {
            EventKind kind = EventKind.OTHER;
            for (EventKind candidate : EventKinds.PRIORITY) {
                if (lead().stream().anyMatch(i -> EventKinds.names(candidate, outside.get(i)))) {
                    kind = candidate;
                    break;
                }
            }
            List<Integer> body = body();
            for (int i : body) {
                if (EventKinds.of(outside.get(i)).isPresent() && !dates(i).isEmpty()) {
                    mainSentence = i;
                    break;
                }
            }
            if (mainSentence < 0) {
                mainSentence = body.stream().filter(i -> !dates(i).isEmpty()).findFirst()
                        .orElse(body.isEmpty() ? 0 : body.get(0));
            }
            List<CzechDates.Mention> dates = dates(mainSentence);
            LocalDate start = dates.isEmpty() ? releaseDate : dates.get(0).start();
            LocalDate end = dates.isEmpty() ? releaseDate : dates.get(0).end();
            Places.Place place = kind == EventKind.CALL ? null : place(mainSentence);
            Integer countries = participatingCountries();
            main = new Event(UUID.randomUUID(), kind, "", start, end, place == null ? "" : city(place),
                    place == null ? null : place.countryCode(), null, countries, summary(), null, List.of(), List.of(),
                    "", RecordInfo.of(Sensitivity.PUBLIC, List.of(source)));
            List<Span> evidence = new ArrayList<>();
            evidence.add(layout.sentences.get(mainSentence).span());
            events.add(new Draft(main, null, evidence));
            for (int i = 0; i < layout.sentences.size(); i++) {
                sentenceEvent.put(i, main);
            }
            if (kind == EventKind.SUMMIT || kind == EventKind.CONFERENCE || kind == EventKind.MULTILATERAL_MEETING) {
                draftSideMeetings(body);
            }
        }

        private List<CzechDates.Mention> dates(int sentence) {
            Span span = layout.sentences.get(sentence).span();
            return CzechDates.find(text, span.start(), span.end(), releaseDate).stream()
                    .filter(m -> !text.substring(Math.max(0, m.span().start() - 3), m.span().start()).matches(
                            "(?s).*do\\s*$"))
                    .toList();
        }

        private String city(Places.Place place) {
            return place.isCity() ? place.city() : "";
        }

        /** The place of the sentence ("v Londýně"), else of the lead, else of the dateline. */
        private Places.Place place(int sentence) {
            Places.Place found = placeIn(outside.get(sentence), true);
            if (found == null) {
                for (int i : lead()) {
                    found = placeIn(outside.get(i), true);
                    if (found != null) {
                        break;
                    }
                }
            }
            if (found == null && layout.dateline != null) {
                found = placeIn(Token.of(text, layout.dateline.start(), layout.dateline.end()), false);
            }
            return found;
        }

        private Places.Place placeIn(List<Token> tokens, boolean locativeOnly) {
            Places.Place country = null;
            for (int i = 0; i < tokens.size(); i++) {
                Optional<Places.Place> place = Places.get().at(tokens, i);
                if (place.isEmpty() || locativeOnly && place.get().grammaticalCase() != Case.LOC) {
                    continue;
                }
                if (place.get().isCity()) {
                    return place.get();
                }
                country = country == null ? place.get() : country;
            }
            return locativeOnly ? null : country;
        }

        private Integer participatingCountries() {
            for (int i : lead()) {
                Matcher m = COUNTRIES.matcher(layout.sentences.get(i).span().of(text));
                if (m.find()) {
                    return Integer.valueOf(m.group(1));
                }
            }
            return null;
        }

        /** The first paragraph of the body, on one line. */
        private String summary() {
            StringBuilder out = new StringBuilder();
            int paragraph = -1;
            for (int i : body()) {
                Sentence s = layout.sentences.get(i);
                if (paragraph >= 0 && s.paragraph() != paragraph) {
                    break;
                }
                paragraph = s.paragraph();
                out.append(out.length() == 0 ? "" : " ").append(Layout.oneLine(text, s.span()));
            }
            return out.toString();
        }

        /** "Na okraj zasedání se ministr setkal s …": a bilateral meeting per counterpart country. */
        private void draftSideMeetings(List<Integer> body) {
            Optional<People.Found> ours = people.ours();
            int sideParagraph = -1;
            Event current = null;
            for (int i : body) {
                Sentence s = layout.sentences.get(i);
                if (i == mainSentence) {
                    continue;
                }
                List<Token> tokens = outside.get(i);
                List<People.Found> counterparts = people.mentions.stream()
                        .filter(m -> s.span().contains(m.span().start())).map(People.Mention::person)
                        .filter(p -> ours.isEmpty() || p != ours.get()).distinct().toList();
                boolean meeting = EventKinds.meetingWith(tokens) || tokens.stream().anyMatch(t -> t.is("bilateralni"));
                if (meeting && !counterparts.isEmpty()) {
                    Map<String, List<People.Found>> byCountry = new LinkedHashMap<>();
                    counterparts.forEach(p -> byCountry
                            .computeIfAbsent(String.valueOf(p.country), k -> new ArrayList<>())
                            .add(p));
                    for (List<People.Found> group : byCountry.values()) {
                        current = sideMeeting(i, group, ours.orElse(null));
                    }
                    sideParagraph = s.paragraph();
                } else if (current != null && s.paragraph() == sideParagraph) {
                    sentenceEvent.put(i, current);
                }
            }
        }

        private Event sideMeeting(int sentence, List<People.Found> counterparts, People.Found ours) {
            List<CzechDates.Mention> dates = dates(sentence);
            Places.Place place = placeIn(outside.get(sentence), true);
            String country = counterparts.get(0).country;
            List<String> names = new ArrayList<>();
            if (ours != null) {
                names.add(ours.fullName());
            }
            counterparts.forEach(p -> names.add(p.fullName()));
            String title = country == null ? czech.get("drafting.title.meeting", String.join(" – ", names))
                    : czech.get("drafting.title.bilateral", Places.get().countryInstrumental(country),
                    String.join(" – ", names));
            Event side = new Event(UUID.randomUUID(), EventKind.BILATERAL_MEETING, title,
                    dates.isEmpty() ? main.startDate() : dates.get(0).start(),
                    dates.isEmpty() ? main.endDate() : dates.get(0).end(),
                    place == null ? main.city() : city(place), place == null ? main.countryCode() : place.countryCode(),
                    null, null, Layout.oneLine(text, layout.sentences.get(sentence).span()), main.id(), List.of(),
                    List.of(), "", RecordInfo.of(Sensitivity.PUBLIC, List.of(source)));
            events.add(new Draft(side, null, List.of(layout.sentences.get(sentence).span())));
            sentenceEvent.put(sentence, side);
            return side;
        }

        /** The main event's title: a name after its kind, the kind's phrase, or a title made of its people. */
        private String mainTitle() {
            for (int i : lead()) {
                String name = properName(outside.get(i));
                if (name != null) {
                    return name;
                }
            }
            String phrase = kindPhrase(outside.get(mainSentence));
            if (phrase != null) {
                return phrase;
            }
            List<String> names = participantsOf(main).stream().map(People.Found::fullName).toList();
            String who = String.join(" – ", names);
            return switch (main.kind()) {
                case VISIT -> czech.get("drafting.title.visit", main.city().isEmpty() ? ""
                        : Places.get().cityLocative(main.city()), who);
                case CALL -> czech.get("drafting.title.call", who);
                default -> czech.get("drafting.title.meeting", main.city().isEmpty() ? who
                        : Places.get().cityLocative(main.city()) + ": " + who);
            };
        }

        /** "konference Border Security Summit", "konferenci Bezpečná obec 2024": the name after the kind. */
        private String properName(List<Token> tokens) {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Token next = tokens.get(i + 1);
                if (!tokens.get(i).word() || !KIND_NOUNS.contains(tokens.get(i).folded()) || !next.capitalized()
                        || Places.get().at(tokens, i + 1).isPresent() || next.folded().endsWith("eho")
                        || next.folded().endsWith("ych")) {
                    continue;
                }
                int end = i + 1;
                while (end < tokens.size() && (tokens.get(end).word() || tokens.get(end).number())
                        && !TITLE_STOP.contains(tokens.get(end).folded())) {
                    end++;
                }
                return Text.oneLine(text.substring(next.start(), tokens.get(end - 1).end()));
            }
            return null;
        }

        /** "ministerské konference Salcburského fóra" → ministerská konference Salcburského fóra. */
        private String kindPhrase(List<Token> tokens) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!t.word() || !KIND_NOUNS.contains(t.folded())) {
                    continue;
                }
                String noun = nominativeOfKindNoun(t.folded());
                int end = i + 1;
                while (end < tokens.size() && tokens.get(end).word() && !TITLE_STOP.contains(tokens.get(end).folded())
                        && Attribution.verb(tokens.get(end)) == null) {
                    end++;
                }
                StringBuilder phrase = new StringBuilder();
                if (i > 0 && tokens.get(i - 1).word() && tokens.get(i - 1).folded().endsWith("ske")) {
                    phrase.append(Functions.adjective(tokens.get(i - 1).text().toLowerCase(Locale.ROOT),
                            Gender.FEMININE)).append(' ');
                }
                phrase.append(noun);
                if (end > i + 1) {
                    phrase.append(' ').append(Text.oneLine(text.substring(tokens.get(i + 1).start(),
                            tokens.get(end - 1).end())));
                }
                return phrase.toString();
            }
            return null;
        }

        private String nominativeOfKindNoun(String folded) {
            if (folded.startsWith("konferenc")) {
                return "konference";
            } else if (folded.startsWith("summit")) {
                return "summit";
            } else if (folded.startsWith("for")) {
                return "fórum";
            } else if (folded.startsWith("schuzk")) {
                return "schůzka";
            }
            return folded.equals("zasedani") ? "zasedání" : "setkání";
        }

        // --- people ---

        private List<Draft> draftPeople() {
            List<Draft> drafts = new ArrayList<>();
            for (People.Found f : people.found) {
                UUID id = idOf(f);
                List<Span> evidence = new ArrayList<>(f.mentions);
                evidence.addAll(f.functionSpans);
                Person record = f.existing != null ? withWhatTheReleaseAdds(f) : new Person(id, "", f.given, f.family,
                        f.country, "", List.of(), roles(f), RecordInfo.of(Sensitivity.PUBLIC, List.of(source)));
                drafts.add(new Draft(record, f.existing, evidence.stream().sorted().toList()));
            }
            return drafts;
        }

        private List<Role> roles(People.Found f) {
            if (f.function.isEmpty()) {
                return List.of();
            }
            return List.of(new Role(f.function, organisation(f), main == null ? releaseDate : main.startDate(), null));
        }

        /** The existing ministry or office of the function: same country, its name sharing the function's word. */
        private UUID organisation(People.Found f) {
            List<String> words = Topics.contentStems(f.function.substring(f.functionHead.length()));
            if (words.isEmpty() || f.country == null) {
                return null;
            }
            return context.organisations().stream().filter(o -> f.country.equals(o.countryCode()))
                    .filter(o -> Topics.contentStems(o.name()).stream().anyMatch(w -> Topics.matches(words.get(0), w)))
                    .map(Organisation::id).findFirst().orElse(null);
        }

        /** An existing person with the form of the name the release uses as an alias and its function as a role. */
        private Person withWhatTheReleaseAdds(People.Found f) {
            Person p = f.existing;
            List<String> aliases = new ArrayList<>(p.aliases());
            String written = f.fullName();
            boolean knownName = SearchText.fold(written).equals(SearchText.fold(p.fullName()))
                    || aliases.stream().anyMatch(a -> SearchText.fold(a).equals(SearchText.fold(written)));
            if (!knownName && !f.given.isEmpty()) {
                aliases.add(written);
            }
            List<Role> roles = new ArrayList<>(p.roles());
            boolean knownRole = f.function.isEmpty() || roles.stream()
                    .anyMatch(r -> SearchText.fold(r.title()).equals(SearchText.fold(f.function)));
            if (!knownRole) {
                roles.addAll(roles(f));
            }
            if (knownName && knownRole) {
                return p;
            }
            List<Source> sources = new ArrayList<>(p.sources());
            sources.add(source);
            return new Person(p.id(), p.honorific(), p.givenName(), p.familyName(), p.countryCode(), p.notes(), aliases,
                    roles, p.info().withSources(sources));
        }

        private List<People.Found> participantsOf(Event event) {
            Set<People.Found> in = new LinkedHashSet<>();
            people.ours().ifPresent(in::add);
            for (People.Mention m : people.mentions) {
                int sentence = sentenceOf(m.span().start());
                if (sentence >= 0 && sentenceEvent.get(sentence) == event) {
                    in.add(m.person());
                }
            }
            if (event == main) {
                in.addAll(quoted);
            }
            return List.copyOf(in);
        }

        private int sentenceOf(int offset) {
            for (int i = 0; i < layout.sentences.size(); i++) {
                if (layout.sentences.get(i).span().contains(offset)) {
                    return i;
                }
            }
            return -1;
        }

        private void attachParticipants() {
            main = events.get(0).record() instanceof Event e ? e : main;
            String title = mainTitle();
            replaceEvent(main, new Event(main.id(), main.kind(), title, main.startDate(), main.endDate(), main.city(),
                    main.countryCode(), main.organiserId(), main.participatingCountries(), main.summary(),
                    main.parentId(), main.participants(), main.topicIds(), main.notes(), main.info()));
        }

        private void replaceEvent(Event old, Event now) {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).record() == old) {
                    events.set(i, events.get(i).withRecord(now));
                }
            }
            if (old == main) {
                main = now;
            }
            sentenceEvent.replaceAll((k, v) -> v == old ? now : v);
        }

        private Draft withTopicsAndParticipants(Draft draft) {
            Event e = (Event) draft.record();
            Event scope = e.id().equals(main.id()) ? main : e;
            List<Participation> participants = new ArrayList<>();
            for (People.Found p : participantsOf(scope)) {
                participants.add(new Participation(personIds.get(p), role(p, e), null, p.country));
            }
            Set<UUID> topicIds = new LinkedHashSet<>();
            for (int i = 0; i < layout.sentences.size(); i++) {
                if (sentenceEvent.get(i) == scope) {
                    topics.in(whole.get(i)).forEach(m -> topicIds.add(m.topic().id()));
                }
            }
            topicIds.retainAll(topicDrafts.keySet());
            Event withLinks = new Event(e.id(), e.kind(), e.id().equals(main.id()) ? main.title() : e.title(),
                    e.startDate(), e.endDate(), e.city(), e.countryCode(), e.organiserId(), e.participatingCountries(),
                    e.summary(), e.parentId(), participants, List.copyOf(topicIds), e.notes(), e.info());
            return draft.withRecord(withLinks);
        }

        private ParticipationRole role(People.Found p, Event event) {
            boolean ours = people.ours().map(o -> o == p).orElse(false);
            if (ours && event.kind() == EventKind.VISIT && "CZ".equals(event.countryCode())) {
                return ParticipationRole.HOST;
            }
            for (People.Mention m : people.mentions) {
                if (m.person() != p) {
                    continue;
                }
                int sentence = sentenceOf(m.span().start());
                List<Token> tokens = sentence < 0 ? List.of() : outside.get(sentence);
                if (tokens.stream().anyMatch(t -> t.word() && t.folded().startsWith("hostil"))) {
                    return ParticipationRole.HOST;
                }
                if (tokens.stream().anyMatch(t -> t.word() && t.folded().startsWith("doprovazel"))) {
                    return ParticipationRole.ACCOMPANYING;
                }
            }
            if (event.kind() == EventKind.CONFERENCE && quoted.contains(p)) {
                return ParticipationRole.SPEAKER;
            }
            return p.hasFunction("ministr") || p.hasFunction("ministryně") ? ParticipationRole.HEAD_OF_DELEGATION
                    : ParticipationRole.PARTICIPANT;
        }

        // --- statements ---

        private void draftQuotations() {
            for (Quotes.Quote quote : quotes) {
                int sentence = sentenceOf(quote.whole().end() - 1);
                Span rest = new Span(quote.whole().end(), sentence < 0 ? quote.whole().end()
                        : Math.max(quote.whole().end(), layout.sentences.get(sentence).span().end()));
                People.Found speaker = speakerAfter(rest, quote).orElse(null);
                if (speaker == null && sentence >= 0) {
                    Span before = new Span(layout.sentences.get(sentence).span().start(), quote.whole().start());
                    speaker = people.mentionedIn(before).orElse(null);
                }
                if (speaker == null) {
                    speaker = people.lastBefore(quote.whole().start()).orElse(null);
                }
                if (speaker != null) {
                    quoted.add(speaker);
                }
                String words = Text.oneLine(quote.inner().of(text));
                String language = LanguageGuess.of(words);
                Event event = sentence < 0 ? main : sentenceEvent.getOrDefault(sentence, main);
                List<Span> evidence = new ArrayList<>(List.of(quote.whole()));
                if (rest.end() > rest.start()) {
                    evidence.add(rest);
                }
                Statement statement = new Statement(UUID.randomUUID(), speaker == null ? null : idOf(speaker),
                        event.startDate(), event.id(), words, language.isEmpty() ? "cs" : language, "",
                        StatementKind.VERBATIM_QUOTE, List.of(), RecordInfo.of(Sensitivity.PUBLIC, List.of(source)));
                statements.add(new Draft(statement, null, evidence));
                promises(statement, quote.inner(), speaker, false);
            }
        }

        /** "…,“ uvedl ministr vnitra Vít Rakušan." / "…,“ uvedl rakouský ministr." */
        private Optional<People.Found> speakerAfter(Span rest, Quotes.Quote quote) {
            List<Token> tokens = Token.of(text, rest.start(), rest.end());
            int verb = -1;
            for (int i = 0; i < Math.min(4, tokens.size()); i++) {
                if (Attribution.verb(tokens.get(i)) != null) {
                    verb = i;
                    break;
                }
            }
            if (verb < 0) {
                return Optional.empty();
            }
            Optional<People.Found> named = people.mentionedIn(rest);
            if (named.isPresent()) {
                return named;
            }
            Gender gender = Attribution.gender(tokens.get(verb));
            String country = null;
            for (int i = verb + 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                country = Places.get().adjectiveCountry(t).orElse(country);
                Optional<Functions.Head> head = Functions.get().head(t);
                if (head.isPresent()) {
                    return people.byFunction(head.get().nominative(), country, gender, quote.whole().start());
                }
            }
            return Optional.empty();
        }

        private UUID idOf(People.Found person) {
            return personIds.computeIfAbsent(person, p -> p.existing != null ? p.existing.id() : UUID.randomUUID());
        }

        /** "Ministr zdůraznil, že …", "Podle Berga …", "V prohlášení se země V4 zavazují …". */
        private void draftParaphrases() {
            for (int i : body()) {
                Span span = layout.sentences.get(i).span();
                if (quotes.stream().anyMatch(q -> q.whole().overlaps(span))) {
                    continue;
                }
                List<Token> tokens = outside.get(i);
                People.Found speaker = null;
                StatementKind kind = StatementKind.PARAPHRASE;
                int clauseStart = 0;
                if (!tokens.isEmpty() && tokens.get(0).is("podle")) {
                    speaker = tokens.size() > 1 ? people.mentionedIn(new Span(tokens.get(1).start(),
                            tokens.get(1).end())).orElse(null) : null;
                } else if (Commitments.declaration(tokens)) {
                    speaker = people.ours().orElse(null);
                    kind = StatementKind.POSITION;
                } else {
                    for (int v = 1; v < tokens.size() && speaker == null; v++) {
                        String verb = Attribution.verb(tokens.get(v));
                        if (verb == null) {
                            continue;
                        }
                        int that = indexOf(tokens, "ze", v);
                        if (that < 0 && !Attribution.stance(verb)) {
                            break;
                        }
                        speaker = subject(tokens, v, Attribution.gender(tokens.get(v)));
                        clauseStart = that < 0 ? 0 : that + 1;
                    }
                }
                if (speaker == null) {
                    continue;
                }
                Event event = sentenceEvent.getOrDefault(i, main);
                Statement statement = new Statement(UUID.randomUUID(), idOf(speaker), event.startDate(), event.id(),
                        Layout.oneLine(text, span), "cs", "", kind, List.of(),
                        RecordInfo.of(Sensitivity.PUBLIC, List.of(source)));
                statements.add(new Draft(statement, null, List.of(span)));
                Span clause = new Span(clauseStart < tokens.size() ? tokens.get(clauseStart).start() : span.start(),
                        span.end());
                promises(statement, clause, speaker, kind == StatementKind.POSITION);
            }
        }

        private int indexOf(List<Token> tokens, String word, int from) {
            for (int i = from; i < tokens.size(); i++) {
                if (tokens.get(i).is(word)) {
                    return i;
                }
            }
            return -1;
        }

        /** The person named before the verb, or the one a function there refers to ("Ministr zdůraznil"). */
        private People.Found subject(List<Token> tokens, int verb, Gender gender) {
            Span before = new Span(tokens.get(0).start(), tokens.get(verb).start());
            Optional<People.Found> named = people.mentionedIn(before);
            if (named.isPresent()) {
                return named.get();
            }
            String country = null;
            for (int i = 0; i < verb; i++) {
                country = Places.get().adjectiveCountry(tokens.get(i)).orElse(country);
                Optional<Functions.Head> head = Functions.get().head(tokens.get(i));
                if (head.isPresent() && head.get().nominativeForm()) {
                    return people.byFunction(head.get().nominative(), country, gender, tokens.get(i).start())
                            .orElse(null);
                }
            }
            return null;
        }

        // --- commitments ---

        private void promises(Statement statement, Span words, People.Found speaker, boolean declaration) {
            String country = speaker == null ? null : speaker.country;
            Layout inner = Layout.of(text, words);
            for (Sentence s : inner.sentences) {
                List<Token> tokens = Token.of(text, s.span().start(), s.span().end());
                for (Commitments.Clause clause : Commitments.in(tokens, country, declaration)) {
                    if (clause.to() <= clause.from()) {
                        continue;
                    }
                    Span span = new Span(tokens.get(clause.from()).start(), tokens.get(clause.to() - 1).end());
                    String clauseText = trim(Layout.oneLine(text, span));
                    LocalDate due = CzechDates.deadline(clauseText, statement.date() == null ? releaseDate
                            : statement.date()).orElse(null);
                    Commitment commitment = new Commitment(UUID.randomUUID(), statement.id(), clauseText,
                            CommitmentStatus.OPEN, due,
                            List.of(new StatusChange(statement.date() == null ? releaseDate : statement.date(),
                                    CommitmentStatus.OPEN, "")),
                            List.of(), RecordInfo.of(Sensitivity.PUBLIC, List.of(source)));
                    commitments.add(new Draft(commitment, null, List.of(span)));
                }
            }
        }

        private String trim(String clause) {
            String t = clause.strip();
            while (!t.isEmpty() && ",.;:“”\"»«".indexOf(t.charAt(t.length() - 1)) >= 0) {
                t = t.substring(0, t.length() - 1).strip();
            }
            return t;
        }

        // --- topics ---

        private void draftTopics() {
            Map<UUID, List<Span>> evidence = new LinkedHashMap<>();
            Map<UUID, Topic> found = new LinkedHashMap<>();
            for (int i = 0; i < layout.sentences.size(); i++) {
                for (Topics.Match m : topics.in(whole.get(i))) {
                    found.put(m.topic().id(), m.topic());
                    evidence.computeIfAbsent(m.topic().id(), k -> new ArrayList<>()).addAll(m.words());
                }
                proposed(i).ifPresent(p -> {
                    found.put(p.topic().id(), p.topic());
                    evidence.computeIfAbsent(p.topic().id(), k -> new ArrayList<>()).addAll(p.words());
                });
            }
            found.forEach((id, topic) -> topicDrafts.put(id, new Draft(topic,
                    context.topics().stream().anyMatch(t -> t.id().equals(id)) ? topic : null,
                    evidence.get(id).stream().distinct().sorted().toList())));
            for (int s = 0; s < statements.size(); s++) {
                Draft d = statements.get(s);
                Statement st = (Statement) d.record();
                Set<UUID> ids = new LinkedHashSet<>();
                for (Span span : d.evidence()) {
                    topics.in(Token.of(text, span.start(), span.end())).forEach(m -> ids.add(m.topic().id()));
                }
                statements.set(s, d.withRecord(new Statement(st.id(), st.speakerId(), st.date(), st.eventId(),
                        st.text(), st.language(), st.translation(), st.kind(), List.copyOf(ids), st.info())));
            }
        }

        /** "Tématem konference byla kybernetická bezpečnost veřejné správy.": a new topic, unless one matches. */
        private Optional<Topics.Match> proposed(int sentence) {
            List<Token> tokens = outside.get(sentence);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!tokens.get(i).is("tematem")) {
                    continue;
                }
                for (int v = i + 1; v < Math.min(tokens.size(), i + 4); v++) {
                    if (tokens.get(v).word() && tokens.get(v).folded().matches("byl[aoy]?")) {
                        int from = v + 1;
                        while (from < tokens.size() && (tokens.get(from).is("rovnez") || tokens.get(from).is("take")
                                || tokens.get(from).is("i"))) {
                            from++;
                        }
                        int to = tokens.size();
                        while (to > from && !tokens.get(to - 1).word()) {
                            to--;
                        }
                        if (to - from < 1 || to - from > 8) {
                            return Optional.empty();
                        }
                        List<Token> named = tokens.subList(from, to);
                        if (!topics.in(named).isEmpty()) {
                            return Optional.empty();
                        }
                        Span span = new Span(named.get(0).start(), named.get(named.size() - 1).end());
                        Topic topic = new Topic(UUID.randomUUID(), Text.oneLine(span.of(text)), "", null, "",
                                RecordInfo.of(Sensitivity.PUBLIC, List.of(source)));
                        return Optional.of(new Topics.Match(topic, List.of(span)));
                    }
                }
            }
            return Optional.empty();
        }

        // --- the report ---

        private Draft draftReport() {
            String place = main.city().isEmpty() ? "" : Places.get().cityLocative(main.city());
            String title = layout.headline != null ? Layout.oneLine(text, layout.headline)
                    : place.isEmpty() || main.title().contains(place) ? main.title() : main.title() + " " + place;
            StringBuilder body = new StringBuilder();
            StringBuilder outcomes = new StringBuilder();
            int paragraph = -1;
            for (int i = 0; i < layout.sentences.size(); i++) {
                Sentence s = layout.sentences.get(i);
                String line = Layout.oneLine(text, s.span());
                if (s.heading() || s.paragraph() != paragraph) {
                    body.append(body.length() == 0 ? "" : "\n\n");
                } else {
                    body.append(' ');
                }
                body.append(line);
                paragraph = s.heading() ? -1 : s.paragraph();
                if (!s.heading() && outside.get(i).stream().anyMatch(t -> t.word() && OUTCOMES.contains(t.folded()))) {
                    outcomes.append(outcomes.length() == 0 ? "" : "\n").append(line);
                }
            }
            Report report = new Report(UUID.randomUUID(), main.id(), title, "", releaseDate, body.toString(),
                    outcomes.toString(), List.of(), List.copyOf(topicDrafts.keySet()),
                    RecordInfo.of(Sensitivity.PUBLIC, List.of(source)));
            List<Span> evidence = new ArrayList<>();
            if (layout.headline != null) {
                evidence.add(layout.headline);
            }
            if (layout.dateline != null) {
                evidence.add(layout.dateline);
            }
            if (evidence.isEmpty() && !layout.sentences.isEmpty()) {
                evidence.add(layout.sentences.get(0).span());
            }
            return new Draft(report, null, evidence);
        }
    }
}
