package org.briefingdesk.logic.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.briefingdesk.logic.bench.CzechPlaces.Country;
import org.briefingdesk.logic.bench.CzechWords.Case;
import org.briefingdesk.logic.bench.CzechWords.Noun;
import org.briefingdesk.logic.search.SearchText;

/**
 * The fixed mix of benchmark queries, from the corpus's own vocabulary so that they find things:
 * one to three words in any case (some typed without diacritics), phrases, and words with the
 * filters staff use ({@code kdo:}, {@code země:}, {@code typ:}, {@code od:}).
 */
public final class BenchQueries {
    private static final long SEED = 7L;
    private static final List<String> KINDS = List.of("výrok", "akce", "zpráva", "osoba", "statement", "event");

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

    /** Twenty slots: five one-word, four two-word, two three-word, three phrases, six filtered. */
    private BenchQuery query(int slot) {
        if (slot < 5) {
            String word = word();
            return new BenchQuery(word, List.of(word));
        } else if (slot < 9) {
            String[] words = adjectiveAndNoun();
            return new BenchQuery(words[0] + " " + words[1], List.of(words));
        } else if (slot < 11) {
            String[] words = adjectiveAndNoun();
            String of = pick(CzechWords.NOUNS).form(Case.GEN);
            return new BenchQuery(words[0] + " " + words[1] + " " + of, List.of(words[0], words[1], of));
        } else if (slot < 14) {
            String[] words = adjectiveAndNoun();
            return new BenchQuery("\"" + words[0] + " " + words[1] + "\"", List.of(words[0] + " " + words[1]));
        }
        return filtered(slot % 4);
    }

    private BenchQuery filtered(int which) {
        String word = pick(CzechWords.NOUNS).form(pick(List.of(Case.values())));
        switch (which) {
            case 0 -> {
                String surname = pick(CzechNames.CZECH_SURNAMES)[random.nextInt(2)];
                return new BenchQuery("kdo:" + surname + " " + word, List.of(surname, word));
            }
            case 1 -> {
                Country country = pick(CzechPlaces.COUNTRIES);
                String name = country.nom().contains(" ") ? country.code() : country.nom();
                return new BenchQuery("země:" + name + " " + word, List.of(word));
            }
            case 2 -> {
                return new BenchQuery(word + " typ:" + pick(KINDS), List.of(word));
            }
            default -> {
                String date = (1 + random.nextInt(28)) + ". " + (1 + random.nextInt(12)) + ". "
                        + (2016 + random.nextInt(9));
                return new BenchQuery("od:" + date + " " + word, List.of(word));
            }
        }
    }

    /** A noun in some case, a city in the locative, or a surname; a third of them without diacritics. */
    private String word() {
        String word = switch (random.nextInt(4)) {
            case 0 -> pick(CzechPlaces.CITIES).loc();
            case 1 -> pick(CzechNames.CZECH_SURNAMES)[random.nextInt(2)];
            default -> pick(CzechWords.NOUNS).form(pick(List.of(Case.values())));
        };
        return random.nextInt(3) == 0 ? SearchText.fold(word) : word;
    }

    /** An adjective and a noun agreeing in some case: "vnějších hranic", "společnou ochranu". */
    private String[] adjectiveAndNoun() {
        Noun noun = pick(CzechWords.NOUNS);
        Case c = pick(List.of(Case.values()));
        return new String[] {CzechWords.adjective(pick(CzechWords.ADJECTIVES), noun.gender(), c), noun.form(c)};
    }
}
