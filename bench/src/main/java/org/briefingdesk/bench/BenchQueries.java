package org.briefingdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.briefingdesk.bench.CzechNames.Surname;
import org.briefingdesk.bench.CzechPlaces.City;
import org.briefingdesk.bench.CzechPlaces.Country;
import org.briefingdesk.bench.CzechWords.Case;
import org.briefingdesk.bench.CzechWords.Gender;
import org.briefingdesk.bench.CzechWords.Noun;
import org.briefingdesk.logic.search.SearchText;

/**
 * The fixed mix of benchmark queries: what staff type into the search field, drawn from the
 * corpus's own vocabulary and its own frequency ranks, not picked for speed.
 *
 * <p>Each block of twenty queries holds: four surnames (any case, a man's or a woman's form,
 * sometimes with a given name), two places (a city or a country in some case), three topic words
 * (a noun in some case and number), three combinations of two or three words (adjective and noun,
 * a topic word with a surname or a city), two quoted phrases (adjective and noun), four filtered
 * queries ({@code kdo:} surname and a word, {@code země:} country and a word, {@code typ:} kind and
 * a word, {@code od:} and {@code do:} dates and a word) and two prefixes of a word being typed (its
 * first three to six letters). A third of all words are typed without diacritics, and the last word
 * is a prefix as in the window (no trailing space).
 *
 * <p>Words and names are drawn by their rank in the Zipf law the corpus was written with: 15 % from
 * the most frequent twentieth of the list (words found in thousands of records), 70 % from the
 * middle of the list (down to its half: tens to hundreds of records) and 15 % from the rarer half.
 */
public final class BenchQueries {
    private static final long SEED = 7L;
    private static final List<String> KINDS = List.of("výrok", "akce", "zpráva", "osoba", "statement", "event",
            "závazek", "report");

    private final Random random = new Random(SEED);

    private BenchQueries() {
    }

    /** The first {@code count} queries of the mix; the same every time. */
    public static List<BenchQuery> mix(int count) {
        BenchQueries generator = new BenchQueries();
        List<BenchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(generator.query(i % 20));
        }
        return queries;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An item of a Zipf-ranked list by the bands of the class comment. */
    private <T> T byRank(Zipf<T> ranked) {
        int n = ranked.size();
        int head = Math.max(1, n / 20);
        int middle = Math.max(head + 1, n / 2);
        int band = random.nextInt(100);
        int rank;
        if (band < 15) {
            rank = random.nextInt(head);
        } else if (band < 85) {
            rank = head + random.nextInt(middle - head);
        } else {
            rank = middle + random.nextInt(Math.max(1, n - middle));
        }
        return ranked.ranked(Math.min(n - 1, rank));
    }

    private BenchQuery query(int slot) {
        if (slot < 4) {
            String name = surname();
            return new BenchQuery(name, List.of(name.split(" ")));
        } else if (slot < 6) {
            String place = typed(place());
            return new BenchQuery(place, List.of(place.split(" ")));
        } else if (slot < 9) {
            String word = typed(topicWord());
            return new BenchQuery(word, List.of(word));
        } else if (slot < 12) {
            List<String> words = combination(slot);
            return new BenchQuery(String.join(" ", words), words);
        } else if (slot < 14) {
            String[] pair = adjectiveAndNoun();
            return new BenchQuery("\"" + pair[0] + " " + pair[1] + "\"", List.of(pair[0] + " " + pair[1]));
        } else if (slot < 18) {
            return filtered(slot - 14);
        }
        String word = random.nextBoolean() ? byRank(CzechSentences.NOUNS).form(Case.NOM)
                : byRank(CzechSentences.CZECH_SURNAMES).of(false, Case.NOM);
        String prefix = typed(word.substring(0, Math.min(word.length(), 3 + random.nextInt(4))));
        return new BenchQuery(prefix, List.of(prefix));
    }

    /** A third of what staff type has no diacritics, and case never matters. */
    private String typed(String word) {
        return random.nextInt(3) == 0 ? SearchText.fold(word) : word;
    }

    private String surname() {
        boolean foreign = random.nextInt(4) == 0;
        Surname surname = byRank(foreign ? CzechSentences.FOREIGN_SURNAMES : CzechSentences.CZECH_SURNAMES);
        boolean woman = random.nextInt(5) < 2;
        String name = typed(surname.of(woman, pick(List.of(Case.values()))));
        if (random.nextInt(4) == 0) {
            List<String> given = foreign ? (woman ? CzechNames.FOREIGN_WOMEN : CzechNames.FOREIGN_MEN)
                    : (woman ? CzechNames.CZECH_WOMEN : CzechNames.CZECH_MEN);
            return pick(given) + " " + name;
        }
        return name;
    }

    private String place() {
        if (random.nextBoolean()) {
            City city = byRank(CzechSentences.CITIES);
            return random.nextBoolean() ? city.nom() : city.loc();
        }
        Country country = byRank(CzechSentences.COUNTRIES);
        return pick(List.of(country.nom(), country.gen(), country.loc(), country.ins()));
    }

    private String topicWord() {
        Noun noun = byRank(CzechSentences.NOUNS);
        Case c = pick(List.of(Case.values()));
        return random.nextInt(4) == 0 ? noun.plural(c) : noun.form(c);
    }

    private List<String> combination(int slot) {
        return switch (slot) {
            case 9 -> {
                String[] pair = adjectiveAndNoun();
                yield random.nextBoolean() ? List.of(typed(pair[0]), typed(pair[1]))
                        : List.of(typed(pair[0]), typed(pair[1]), typed(byRank(CzechSentences.NOUNS).form(Case.GEN)));
            }
            case 10 -> List.of(typed(topicWord()), typed(byRank(CzechSentences.CZECH_SURNAMES).of(false, Case.NOM)));
            default -> List.of(typed(topicWord()), typed(byRank(CzechSentences.CITIES).loc()));
        };
    }

    private BenchQuery filtered(int which) {
        String word = typed(topicWord());
        switch (which) {
            case 0 -> {
                String surname = typed(byRank(CzechSentences.CZECH_SURNAMES).of(random.nextInt(5) < 2, Case.NOM));
                return new BenchQuery("kdo:" + surname + " " + word, List.of(surname, word));
            }
            case 1 -> {
                Country country = byRank(CzechSentences.COUNTRIES);
                String name = country.nom().contains(" ") ? country.code() : typed(country.nom());
                return new BenchQuery("země:" + name + " " + word, List.of(word));
            }
            case 2 -> {
                return new BenchQuery(word + " typ:" + pick(KINDS), List.of(word));
            }
            default -> {
                int year = 2015 + random.nextInt(10);
                String from = (1 + random.nextInt(28)) + ". " + (1 + random.nextInt(12)) + ". " + year;
                return new BenchQuery("od:" + from + " do:" + (year + 1 + random.nextInt(2)) + "-12-31 " + word,
                        List.of(word));
            }
        }
    }

    /** An adjective and a noun agreeing in some case: "vnějších hranic", "společnou ochranu". */
    private String[] adjectiveAndNoun() {
        Noun noun = byRank(CzechSentences.NOUNS);
        Case c = pick(List.of(Case.values()));
        boolean plural = random.nextInt(4) == 0;
        Gender gender = plural ? Gender.PLURAL : noun.gender();
        return new String[] {CzechWords.adjective(byRank(CzechSentences.ADJECTIVES), gender, c),
            plural ? noun.plural(c) : noun.form(c)};
    }
}
