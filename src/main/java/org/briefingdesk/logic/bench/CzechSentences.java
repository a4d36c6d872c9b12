package org.briefingdesk.logic.bench;

import java.util.List;
import java.util.Random;
import org.briefingdesk.logic.bench.CzechPlaces.City;
import org.briefingdesk.logic.bench.CzechPlaces.Country;
import org.briefingdesk.logic.bench.CzechWords.Case;
import org.briefingdesk.logic.bench.CzechWords.Noun;

/**
 * Sentences of the kind a ministry writes, from templates whose slots are inflected noun phrases
 * ("ochraně vnějších hranic", "společnou azylovou politiku"). Every choice comes from the given
 * Random, so a seed gives the same text every time.
 */
final class CzechSentences {
    private final Random random;

    CzechSentences(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A noun, sometimes with an adjective, sometimes with a genitive after it, in case {@code c}. */
    String nounPhrase(Case c) {
        Noun noun = pick(CzechWords.NOUNS);
        StringBuilder phrase = new StringBuilder();
        if (random.nextInt(100) < 55) {
            phrase.append(CzechWords.adjective(pick(CzechWords.ADJECTIVES), noun.gender(), c)).append(' ');
        }
        phrase.append(noun.form(c));
        if (random.nextInt(100) < 30) {
            Noun of = pick(CzechWords.NOUNS);
            if (random.nextBoolean()) {
                phrase.append(' ').append(CzechWords.adjective(pick(CzechWords.ADJECTIVES), of.gender(), Case.GEN));
            }
            phrase.append(' ').append(of.form(Case.GEN));
        }
        return phrase.toString();
    }

    /** One sentence, ending with a full stop. */
    String sentence() {
        Country country = pick(CzechPlaces.COUNTRIES);
        City city = pick(CzechPlaces.CITIES);
        boolean woman = random.nextInt(3) == 0;
        String[] verbPast = pick(CzechWords.VERBS_PAST);
        String text = switch (random.nextInt(12)) {
            case 0 -> pick(CzechWords.VERBS_WE) + " " + nounPhrase(Case.ACC) + tail();
            case 1 -> country.nom() + " " + pick(CzechWords.VERBS_IT) + " " + nounPhrase(Case.ACC) + " a "
                    + nounPhrase(Case.ACC);
            case 2 -> (woman ? "Ministryně vnitra " : "Ministr vnitra ") + verbPast[woman ? 1 : 0] + " "
                    + nounPhrase(Case.ACC) + " na jednání v " + city.loc();
            case 3 -> "Jednali jsme o " + nounPhrase(Case.LOC) + " a o " + nounPhrase(Case.LOC);
            case 4 -> "Klíčová je spolupráce s " + CzechWords.adjective(country.adjective(),
                    CzechWords.Gender.PLURAL, Case.INS) + " partnery v oblasti " + nounPhrase(Case.GEN);
            case 5 -> "Chceme co nejdříve schválit " + nounPhrase(Case.ACC);
            case 6 -> "Bez " + nounPhrase(Case.GEN) + " nebude možné zajistit " + nounPhrase(Case.ACC);
            case 7 -> "Na summitu v " + city.loc() + " zazněla podpora " + nounPhrase(Case.GEN);
            case 8 -> "Hovořili jsme s " + CzechWords.adjective(country.adjective(), CzechWords.Gender.ANIMATE,
                    Case.INS) + " ministrem vnitra o " + nounPhrase(Case.LOC);
            case 9 -> "Debata se týkala " + nounPhrase(Case.GEN) + " a " + nounPhrase(Case.GEN);
            case 10 -> "Spolu s " + country.ins() + " " + pick(CzechWords.VERBS_WE) + " " + nounPhrase(Case.ACC);
            default -> "Situace v " + country.loc() + " vyžaduje " + nounPhrase(Case.ACC) + tail();
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

    private String tail() {
        return switch (random.nextInt(6)) {
            case 0 -> " v oblasti " + nounPhrase(Case.GEN);
            case 1 -> " s ohledem na " + nounPhrase(Case.ACC);
            case 2 -> " proti " + nounPhrase(Case.DAT);
            case 3 -> " k " + nounPhrase(Case.DAT);
            case 4 -> " pro " + nounPhrase(Case.ACC);
            default -> "";
        };
    }
}
