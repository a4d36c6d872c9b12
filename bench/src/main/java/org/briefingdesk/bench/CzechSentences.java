package org.briefingdesk.bench;

import java.util.List;
import java.util.Random;
import org.briefingdesk.bench.CzechNames.Surname;
import org.briefingdesk.bench.CzechPlaces.City;
import org.briefingdesk.bench.CzechPlaces.Country;
import org.briefingdesk.bench.CzechWords.Case;
import org.briefingdesk.bench.CzechWords.Gender;
import org.briefingdesk.bench.CzechWords.Noun;
import org.briefingdesk.bench.CzechWords.Verb;

/**
 * Sentences of the kind a ministry writes, from templates whose slots are inflected noun phrases
 * ("ochraně vnějších hranic", "společnou azylovou politiku"), conjugated verbs, people named by
 * title and surname in the case the sentence needs ("s ministrem Novákem", "podle Novákové"),
 * countries and cities. Words are drawn by a Zipf law over the lexicon, names and places too.
 * Every choice comes from the given Random, so a seed gives the same text every time.
 */
final class CzechSentences {
    static final Zipf<Noun> NOUNS = new Zipf<>(CzechLexicon.NOUNS, 1.0, 8);
    static final Zipf<String> ADJECTIVES = new Zipf<>(CzechLexicon.ADJECTIVES, 1.0, 5);
    static final Zipf<Verb> VERBS = new Zipf<>(CzechLexicon.VERBS, 1.0, 5);
    static final Zipf<Surname> CZECH_SURNAMES = new Zipf<>(CzechNames.CZECH_SURNAMES, 0.9, 3);
    static final Zipf<Surname> FOREIGN_SURNAMES = new Zipf<>(CzechNames.FOREIGN_SURNAMES, 0.9, 3);
    static final Zipf<Country> COUNTRIES = new Zipf<>(CzechPlaces.COUNTRIES, 1.0, 2);
    static final Zipf<City> CITIES = new Zipf<>(CzechPlaces.CITIES, 1.0, 2);

    private final Random random;

    CzechSentences(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    Country country() {
        return COUNTRIES.draw(random);
    }

    City city() {
        return CITIES.draw(random);
    }

    Surname czechSurname() {
        return CZECH_SURNAMES.draw(random);
    }

    Surname foreignSurname() {
        return FOREIGN_SURNAMES.draw(random);
    }

    /** A noun (a quarter in the plural), often with an adjective, sometimes with a genitive after it. */
    String nounPhrase(Case c) {
        StringBuilder phrase = new StringBuilder(inflected(c));
        if (random.nextInt(100) < 30) {
            phrase.append(' ').append(inflected(Case.GEN));
        }
        return phrase.toString();
    }

    private String inflected(Case c) {
        Noun noun = NOUNS.draw(random);
        boolean plural = random.nextInt(4) == 0;
        String form = plural ? noun.plural(c) : noun.form(c);
        if (random.nextInt(100) < 55) {
            Gender gender = plural ? Gender.PLURAL : noun.gender();
            return CzechWords.adjective(ADJECTIVES.draw(random), gender, c) + " " + form;
        }
        return form;
    }

    /** A man or a woman named by title and surname in case {@code c}: "ministr Novák", "s velvyslankyní Cooperovou". */
    String person(Case c, boolean woman) {
        boolean foreign = random.nextInt(3) == 0;
        Surname surname = foreign ? foreignSurname() : czechSurname();
        String name = foreign && woman ? CzechNames.czechFeminine(surname.of(false, Case.NOM)) : surname.of(woman, c);
        if (foreign && woman) {
            name = feminine(name, c);
        }
        if (random.nextInt(3) == 0) {
            List<String> given = foreign ? (woman ? CzechNames.FOREIGN_WOMEN : CzechNames.FOREIGN_MEN)
                    : (woman ? CzechNames.CZECH_WOMEN : CzechNames.CZECH_MEN);
            return pick(given) + " " + name;
        }
        int title = random.nextInt(TITLE_HEADS.size());
        String rest = TITLE_RESTS.get(title);
        return TITLE_HEADS.get(title)[woman ? 1 : 0].form(c) + rest + " " + name;
    }

    /** The declined first words of the first titles of {@link CzechNames#TITLES}, man's and woman's. */
    private static final List<Noun[]> TITLE_HEADS = List.of(
            new Noun[] {CzechWords.noun("ministr@"), CzechWords.noun("ministryně")},
            new Noun[] {CzechWords.noun("náměstek>náměstk@"), CzechWords.noun("náměstkyně")},
            new Noun[] {CzechWords.noun("velvyslanec>velvyslanc@"), CzechWords.noun("velvyslankyně")},
            new Noun[] {CzechWords.noun("ředitel@"), CzechWords.noun("ředitelka")});
    /** What follows the declined word, the same in every case. */
    private static final List<String> TITLE_RESTS = List.of(" vnitra", " ministra vnitra", "",
            " odboru azylové a migrační politiky");

    /** A feminine surname in -ová in case {@code c}. */
    private static String feminine(String nominative, Case c) {
        return CzechWords.adjective(nominative.substring(0, nominative.length() - 1) + "ý", Gender.FEMININE, c);
    }

    /** One sentence, ending with a full stop. */
    String sentence() {
        Country country = country();
        City city = city();
        boolean woman = random.nextInt(5) < 2;
        Verb verb = VERBS.draw(random);
        String text = switch (random.nextInt(16)) {
            case 0 -> "Musíme " + verb.infinitive() + " " + nounPhrase(Case.ACC) + tail();
            case 1 -> country.nom() + " " + verb.third() + " " + nounPhrase(Case.ACC) + " a " + nounPhrase(Case.ACC);
            case 2 -> person(Case.NOM, woman) + " " + (woman ? verb.pastShe() : verb.pastHe()) + " "
                    + nounPhrase(Case.ACC) + " na jednání " + in(city.loc());
            case 3 -> "Jednali jsme o " + nounPhrase(Case.LOC) + " a o " + nounPhrase(Case.LOC);
            case 4 -> "Klíčová je spolupráce "
                    + with(CzechWords.adjective(country.adjective(), Gender.PLURAL, Case.INS))
                    + " partnery v oblasti " + nounPhrase(Case.GEN);
            case 5 -> "Chceme co nejdříve " + verb.infinitive() + " " + nounPhrase(Case.ACC);
            case 6 -> "Bez " + nounPhrase(Case.GEN) + " nebude možné " + verb.infinitive() + " " + nounPhrase(Case.ACC);
            case 7 -> "Na summitu " + in(city.loc()) + " zazněla podpora " + nounPhrase(Case.GEN);
            case 8 -> "Hovořili jsme " + with(person(Case.INS, woman)) + " o " + nounPhrase(Case.LOC);
            case 9 -> "Debata se týkala " + nounPhrase(Case.GEN) + " a " + nounPhrase(Case.GEN);
            case 10 -> "Spolu " + with(country.ins()) + " " + verb.weForm() + " " + nounPhrase(Case.ACC);
            case 11 -> "Podle " + person(Case.GEN, woman) + " je třeba " + verb.infinitive() + " "
                    + nounPhrase(Case.ACC);
            case 12 -> "Ministerstvo " + verb.third() + " " + nounPhrase(Case.ACC) + " ve spolupráci "
                    + with(nounPhrase(Case.INS));
            case 13 -> in(country.loc()) + " loni přibylo " + (2 + random.nextInt(900)) + " případů "
                    + nounPhrase(Case.GEN);
            case 14 -> "Delegace předala " + person(Case.DAT, woman) + " " + nounPhrase(Case.ACC);
            default -> "Situace " + in(country.loc()) + " vyžaduje " + nounPhrase(Case.ACC) + tail();
        };
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /** Several sentences as one paragraph. */
    String sentences(int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(sentence());
        }
        return text.toString();
    }

    /** Paragraphs separated by blank lines, for reports. */
    String paragraphs(int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            text.append(sentences(3, 6));
        }
        return text.toString();
    }

    /** "v" or "ve" before a word in the locative: v Praze, ve Vídni, ve Švédsku. */
    static String in(String word) {
        return (vocalised(word, "vVfF") ? "ve " : "v ") + word;
    }

    /** "s" or "se" before a word in the instrumental: s Polskem, se Slovenskem, se zástupcem. */
    static String with(String word) {
        return (vocalised(word, "sSzZšŠžŽ") ? "se " : "s ") + word;
    }

    private static boolean vocalised(String word, String letters) {
        if (word.length() < 2 || letters.indexOf(word.charAt(0)) < 0) {
            return false;
        }
        return letters.startsWith("v") || "aeiouyáéíóúůýě".indexOf(Character.toLowerCase(word.charAt(1))) < 0;
    }

    private String tail() {
        return switch (random.nextInt(7)) {
            case 0 -> " v oblasti " + nounPhrase(Case.GEN);
            case 1 -> " s ohledem na " + nounPhrase(Case.ACC);
            case 2 -> " proti " + nounPhrase(Case.DAT);
            case 3 -> " k " + nounPhrase(Case.DAT);
            case 4 -> " pro " + nounPhrase(Case.ACC);
            case 5 -> " " + in(city().loc());
            default -> "";
        };
    }
}
