package org.briefingdesk.logic.drafting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.briefingdesk.logic.records.DuplicateFinder;
import org.briefingdesk.logic.search.SearchText;
import org.briefingdesk.model.Person;

/**
 * The people a release names, each brought to the nominative and with the function the words before the
 * name give ("irským ministrem vnitra Jimem O´Callaghanem" → Jim O'Callaghan, ministr vnitra, IE). A name
 * is a first name followed by a surname, or a surname after a function ("ministr vnitra Horvat"), or a
 * surname already known ("řekla Bergová", "podle Berga") or next to a verb of saying. Quotations are left
 * out: the people speaking are found, not the ones spoken of.
 */
final class People {
    /** A person of the release, with every mention. */
    static final class Found {
        String given = "";
        String family = "";
        Gender gender;
        String country;
        boolean countryStated;
        String function = "";
        String functionHead = "";
        final List<Span> mentions = new ArrayList<>();
        final List<Span> functionSpans = new ArrayList<>();
        Person existing;

        String fullName() {
            return (given + " " + family).strip();
        }

        int first() {
            return mentions.stream().mapToInt(Span::start).min().orElse(Integer.MAX_VALUE);
        }

        boolean hasFunction(String head) {
            return SearchText.fold(functionHead).equals(SearchText.fold(head));
        }
    }

    /** A mention of a person at a place in the text. */
    record Mention(Span span, Found person) {
    }

    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "de", "da", "di", "del", "la", "le",
            "ten", "ter", "dos", "das", "al", "bin");
    /** Capitalized words that start sentences or name institutions, never people. */
    private static final Set<String> NOT_NAMES = Set.of(
            "pan", "pani", "podle", "za", "na", "v", "ve", "s", "se", "do", "od", "po", "pri", "k", "ke", "o", "u",
            "z", "ze", "take", "rovnez", "oba", "obe", "ministri", "ministerstvo", "ministerstva", "ministerstvu",
            "evropska", "evropske", "evropskou", "evropskym", "evropsky", "evropskeho", "evropa", "evropy", "evrope",
            "eu", "rada", "rady", "rade", "radu", "radou", "komise", "komisi", "frontex", "frontexu", "europol",
            "europolu", "schengen", "schengenu", "v4", "nato", "osn", "policie", "policejni", "narodni", "narodniho",
            "generalni", "generalniho", "uradu", "urad", "vlada", "vlady", "senat", "parlament", "parlamentem",
            "snemovna", "unie", "ministr", "jednani", "dalsi", "druhy", "prvni", "tematem", "hlavnim", "hlavni",
            "konference", "konferenci", "summit", "summitu", "ucastnici", "zastupci", "rakousko", "norsko", "cesko",
            "je", "to", "ten", "ta", "tato", "tento", "toto", "jeho", "jejich", "letos", "dnes", "ministryne",
            "visegradske", "salcburskeho", "border", "security", "bezpecna", "slovensko", "statni", "ceska", "ceske",
            "republika", "republiky");

    private final String text;
    private final Set<String> knownFamilies = new HashSet<>();
    private final List<Person> existing;
    final List<Found> found = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();

    People(String text, List<Person> existing) {
        this.text = text;
        this.existing = existing;
        for (Person p : existing) {
            addKnown(p.familyName());
            for (String alias : p.aliases()) {
                List<String> words = SearchText.words(alias);
                if (!words.isEmpty()) {
                    knownFamilies.add(words.get(words.size() - 1));
                }
            }
        }
    }

    private void addKnown(String family) {
        if (!family.isBlank()) {
            knownFamilies.add(SearchText.fold(Token.plainApostrophes(family)));
        }
    }

    /** Finds everyone in the sentences (tokens outside quotations), then merges and matches them. */
    void find(List<List<Token>> sentences) {
        List<int[]> later = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int[] run : runs(tokens)) {
                if (!named(tokens, run)) {
                    later.add(new int[] {s, run[0], run[1]});
                }
            }
        }
        for (int[] pending : later) {
            referred(sentences.get(pending[0]), new int[] {pending[1], pending[2]});
        }
        merge();
        found.forEach(this::matchExisting);
        for (Found f : found) {
            if (!f.countryStated && !f.function.isEmpty() && !Functions.international(f.functionHead)) {
                f.country = "CZ"; // a function the ministry's own release names without a country is Czech
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
    }

    /** Runs of capitalized words (with particles such as "von der"), without leading non-names. */
    private List<int[]> runs(List<Token> tokens) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalized()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size()) {
                Token t = tokens.get(j);
                if (t.capitalized()) {
                    j++;
                } else if (t.word() && PARTICLES.contains(t.folded())) {
                    int k = j;
                    while (k < tokens.size() && tokens.get(k).word() && PARTICLES.contains(tokens.get(k).folded())) {
                        k++;
                    }
                    if (k < tokens.size() && tokens.get(k).capitalized()) {
                        j = k + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            int start = i;
            while (start < j && notName(tokens, start)) {
                start += Places.get().at(tokens, start).map(p -> p.words()).orElse(1);
            }
            if (start < j) {
                runs.add(new int[] {start, Math.min(j, start + 6)});
            }
            i = j;
        }
        return runs;
    }

    private static boolean notName(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        return NOT_NAMES.contains(t.folded()) || Functions.get().head(t).isPresent()
                || Places.get().at(tokens, at).isPresent() || Places.get().adjectiveCountry(t).isPresent()
                || t.text().length() < 2 || t.text().equals(t.text().toUpperCase(Locale.ROOT))
                || CzechDates.month(t.text()) > 0;
    }

    /** A full name or a surname after a function; false when the run is left for {@link #referred}. */
    private boolean named(List<Token> tokens, int[] run) {
        List<FirstNames.Form> first = FirstNames.get().lookup(tokens.get(run[0]));
        FunctionPhrase function = FunctionPhrase.before(tokens, run[0], text);
        Gender gender = function == null ? null : function.gender();
        Set<Case> cases = function == null ? EnumSet.noneOf(Case.class) : function.cases();
        Gender verbGender = verbGender(tokens, run);
        if (verbGender != null && gender == null) {
            gender = verbGender;
            cases = EnumSet.of(Case.NOM);
        }
        int end = surnameEnd(tokens, run);
        if (!first.isEmpty() && end > run[0] + 1) {
            boolean polish = first.stream().anyMatch(f -> f.origin().equals("pl"))
                    || function != null && "PL".equals(function.country());
            Name name = decline(first, tokens, run[0] + 1, end, gender, cases, polish);
            record(name, tokens, run[0], end, function);
            return true;
        }
        if (function != null && end > run[0]) {
            Name name = decline(List.of(), tokens, run[0], end, gender, cases,
                    "PL".equals(function.country()));
            record(name, tokens, run[0], end, function);
            return true;
        }
        return false;
    }

    /** A surname already known, or next to a verb of saying or after "podle". */
    private void referred(List<Token> tokens, int[] run) {
        int end = surnameEnd(tokens, run);
        if (end <= run[0] || end - run[0] > 2) {
            return;
        }
        Gender gender = verbGender(tokens, run);
        Set<Case> cases = EnumSet.noneOf(Case.class);
        boolean podle = run[0] > 0 && tokens.get(run[0] - 1).is("podle");
        if (podle) {
            cases = EnumSet.of(Case.GEN);
        } else if (gender != null) {
            cases = EnumSet.of(Case.NOM);
        }
        Name name = decline(List.of(), tokens, run[0], end, gender, cases, false);
        boolean known = knownFamilies.contains(SearchText.fold(Token.plainApostrophes(name.family())));
        if (known || gender != null || podle) {
            record(name, tokens, run[0], end, null);
        }
    }

    /** The run's end, before a trailing word that is no surname (a place, an institution). */
    private static int surnameEnd(List<Token> tokens, int[] run) {
        int end = run[0] + 1;
        while (end < run[1] && !notName(tokens, end) || end < run[1] && PARTICLES.contains(tokens.get(end).folded())) {
            end++;
        }
        return notName(tokens, run[0]) ? run[0] : end;
    }

    /** The gender of a verb of saying right before or after the run ("řekla Bergová", "Berg dodal"). */
    private static Gender verbGender(List<Token> tokens, int[] run) {
        if (run[1] < tokens.size()) {
            Gender after = Attribution.gender(tokens.get(run[1]));
            if (after != null) {
                return after;
            }
        }
        return run[0] > 0 ? Attribution.gender(tokens.get(run[0] - 1)) : null;
    }

    record Name(String given, String family, Gender gender) {
    }

    /** Picks the reading of first name and surname words that agree with each other and the context. */
    private Name decline(List<FirstNames.Form> firstForms, List<Token> tokens, int from, int to, Gender gender,
                         Set<Case> cases, boolean polish) {
        List<FirstNames.Form> options = firstForms.isEmpty() ? Collections.singletonList(null)
                : firstForms.stream().sorted(Comparator.comparing(
                        (FirstNames.Form f) -> !f.nominative().equals(tokens.get(from - 1).text()))).toList();
        Name best = null;
        int bestScore = Integer.MIN_VALUE;
        for (FirstNames.Form form : options) {
            Gender g = form != null ? form.gender() : gender;
            Set<Case> c = form != null ? form.cases() : cases;
            if (form != null && gender != null && form.gender() != gender) {
                continue;
            }
            if (form != null && !cases.isEmpty() && cases.stream().noneMatch(form.cases()::contains)) {
                continue;
            }
            int score = 0;
            List<String> parts = new ArrayList<>();
            Gender chosen = g;
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                if (PARTICLES.contains(t.folded())) {
                    parts.add(t.text());
                    continue;
                }
                List<Surnames.Candidate> candidates = Surnames.candidates(Token.plainApostrophes(t.text()));
                Surnames.Candidate candidate = Surnames.best(candidates, g, c, knownFamilies, polish);
                score += Surnames.score(candidate, g, c, knownFamilies, polish);
                parts.add(candidate.nominative());
                chosen = candidate.gender();
            }
            if (score > bestScore) {
                bestScore = score;
                best = new Name(form == null ? "" : form.nominative(), String.join(" ", parts), chosen);
            }
        }
        return best != null ? best : new Name("", Token.plainApostrophes(tokens.get(from).text()), gender);
    }

    private void record(Name name, List<Token> tokens, int from, int to, FunctionPhrase function) {
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        Found person = match(name);
        if (person == null) {
            person = new Found();
            person.given = name.given();
            person.family = name.family();
            found.add(person);
            addKnown(name.family());
        }
        if (person.gender == null) {
            person.gender = name.gender();
        }
        boolean moreExact = function != null && person.function.equals(person.functionHead)
                && function.head().equals(person.functionHead) && function.title().length() > person.function.length();
        if (function != null && (person.function.isEmpty() || moreExact)) {
            person.function = function.title();
            person.functionHead = function.head();
            person.functionSpans.add(function.span());
        }
        if (function != null && function.country() != null && !person.countryStated) {
            person.country = function.country();
            person.countryStated = true;
        }
        person.mentions.add(span);
        mentions.add(new Mention(span, person));
    }

    /** The person already found under this name: the same full name, or the same surname and gender. */
    private Found match(Name name) {
        String family = SearchText.fold(name.family());
        for (Found f : found) {
            if (!SearchText.fold(f.family).equals(family)) {
                continue;
            }
            boolean sameGiven = name.given().isEmpty() || f.given.isEmpty() || f.given.equals(name.given());
            boolean sameGender = name.gender() == null || f.gender == null || f.gender == name.gender();
            if (sameGiven && sameGender) {
                if (f.given.isEmpty()) {
                    f.given = name.given();
                }
                return f;
            }
        }
        return null;
    }

    /** A surname-only person found before the full name ("Ministr Hradecký" in the headline) joins it. */
    private void merge() {
        for (Found partial : List.copyOf(found)) {
            if (!partial.given.isEmpty()) {
                continue;
            }
            List<Found> full = found.stream().filter(f -> f != partial && !f.given.isEmpty()
                    && SearchText.fold(f.family).equals(SearchText.fold(partial.family))
                    && (f.gender == null || partial.gender == null || f.gender == partial.gender)).toList();
            if (full.size() == 1) {
                Found into = full.get(0);
                into.mentions.addAll(partial.mentions);
                if (into.function.isEmpty()) {
                    into.function = partial.function;
                    into.functionHead = partial.functionHead;
                    into.functionSpans.addAll(partial.functionSpans);
                }
                if (!into.countryStated && partial.countryStated) {
                    into.country = partial.country;
                    into.countryStated = true;
                }
                found.remove(partial);
                mentions.replaceAll(m -> m.person() == partial ? new Mention(m.span(), into) : m);
            }
        }
    }

    /** The existing person this one is: the same name or alias (the duplicate guard's rule), or the same surname. */
    private void matchExisting(Found f) {
        Person candidate = new Person(null, "", f.given, f.family, f.country, "",
                List.of(f.fullName()), List.of(), null);
        List<Person> same = DuplicateFinder.people(candidate, existing);
        if (same.isEmpty() && f.given.isEmpty()) {
            String family = SearchText.fold(f.family);
            same = existing.stream().filter(p -> SearchText.fold(p.familyName()).equals(family)
                    || p.aliases().stream().anyMatch(a -> SearchText.fold(a).equals(family))).toList();
        }
        if (same.size() == 1) {
            f.existing = same.get(0);
        }
    }

    /** Whom a function alone refers to ("uvedl rakouský ministr"): the nearest such person before {@code at}. */
    Optional<Found> byFunction(String head, String country, Gender gender, int at) {
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            Found f = m.person();
            boolean fits = f.hasFunction(head) && (country == null || country.equals(f.country))
                    && (gender == null || f.gender == null || f.gender == gender);
            if (fits && m.span().start() < at && at - m.span().start() < bestDistance) {
                best = f;
                bestDistance = at - m.span().start();
            }
        }
        if (best == null && country == null) {
            best = found.stream().filter(f -> f.hasFunction(head) && "CZ".equals(f.country)).findFirst().orElse(null);
        }
        return Optional.ofNullable(best);
    }

    /** The person mentioned in the span, the first if several. */
    Optional<Found> mentionedIn(Span span) {
        return mentions.stream().filter(m -> span.contains(m.span().start())).map(Mention::person).findFirst();
    }

    /** The person mentioned last before {@code at}. */
    Optional<Found> lastBefore(int at) {
        Found last = null;
        for (Mention m : mentions) {
            if (m.span().start() < at) {
                last = m.person();
            }
        }
        return Optional.ofNullable(last);
    }

    /** Our side's lead: the first Czech minister, else the first Czech person, else the first person. */
    Optional<Found> ours() {
        Optional<Found> minister = found.stream().filter(f -> "CZ".equals(f.country)
                && (f.hasFunction("ministr") || f.hasFunction("ministryně"))).min((a, b) -> a.first() - b.first());
        if (minister.isPresent()) {
            return minister;
        }
        Optional<Found> czech = found.stream().filter(f -> "CZ".equals(f.country)).min((a, b) -> a.first() - b.first());
        return czech.isPresent() ? czech : found.stream().min((a, b) -> a.first() - b.first());
    }
}
