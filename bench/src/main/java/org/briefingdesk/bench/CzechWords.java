package org.briefingdesk.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Czech inflection for the synthetic corpus: nouns declined by their paradigm (pán, muž, předseda,
 * soudce, hrad, stroj, žena, růže, kost, město, moře, stavení) in both numbers and six cases, hard
 * and soft adjectives agreeing with them, and verbs of the -ovat, -it, -at and -ět classes in the
 * forms the templates need, with the verbal noun each gives ("schválit" → "schválení"). The
 * consonant changes before -ě and -i are applied ("dohoda" → "dohodě", "ruka" → "ruce",
 * "ministr" → "ministři", "zajistit" → "zajištění"), so that stemming and diacritic folding meet the
 * forms they meet in real records. The words themselves are in {@link CzechLexicon}.
 */
final class CzechWords {
    /** The six cases the generator uses (no vocative: nobody is addressed in a record). */
    enum Case { NOM, GEN, DAT, ACC, LOC, INS }

    /** Grammatical gender and number, which choose an adjective's endings. */
    enum Gender { MASCULINE, ANIMATE, FEMININE, NEUTER, PLURAL }

    /** A noun's lemma, gender and forms: six singular cases in {@link Case} order, then six plural. */
    record Noun(String lemma, Gender gender, List<String> forms) {
        String form(Case c) {
            return forms.get(c.ordinal());
        }

        String plural(Case c) {
            return forms.get(6 + c.ordinal());
        }
    }

    /** A verb's forms: infinitive, 3rd person singular and plural, 1st plural, past m/f, verbal noun. */
    record Verb(String infinitive, String third, String theyForm, String weForm, String pastHe, String pastShe,
                String noun) {
    }

    private static final String SOFT = "žščřcjďťň";

    private CzechWords() {
    }

    /**
     * A noun from its lexicon entry: the lemma, optionally {@code >obliqueStem} (rozpočet>rozpočt),
     * {@code |genitivePlural} (hrozba|hrozeb), and a mark: {@code @} animate, {@code ~} a feminine
     * that ends in a consonant (pomoc), {@code ^} a neuter in -e (pole). The paradigm follows from
     * the ending and the mark.
     */
    static Noun noun(String entry) {
        boolean animate = entry.contains("@");
        boolean feminineConsonant = entry.contains("~");
        boolean neuterE = entry.contains("^");
        String e = entry.replace("@", "").replace("~", "").replace("^", "");
        String genPlural = null;
        if (e.contains("|")) {
            genPlural = e.substring(e.indexOf('|') + 1);
            e = e.substring(0, e.indexOf('|'));
        }
        String oblique = null;
        if (e.contains(">")) {
            oblique = e.substring(e.indexOf('>') + 1);
            e = e.substring(0, e.indexOf('>'));
        }
        String lemma = e;
        char last = lemma.charAt(lemma.length() - 1);
        String stem = lemma.substring(0, lemma.length() - 1);
        if (lemma.endsWith("í")) {
            return make(lemma, Gender.NEUTER, lemma, stem, "í í í í í ím í í ím í ích ími", genPlural);
        }
        if (lemma.endsWith("ost") || feminineConsonant) {
            return make(lemma, Gender.FEMININE, lemma, oblique(oblique, lemma), "- i i - i í i í em i ech mi",
                    genPlural);
        }
        if (last == 'a' && animate) {
            return make(lemma, Gender.ANIMATE, lemma, stem, "a y ovi u ovi ou ové ů ům y ech y", genPlural);
        }
        if (last == 'a') {
            String s = oblique(oblique, stem);
            return make(lemma, Gender.FEMININE, lemma, s, "a y " + softened(s) + " u " + softened(s)
                    + " ou y " + (genPlural != null ? "=" + genPlural : s) + " ám y ách ami", null);
        }
        if (last == 'e' && animate) {
            return make(lemma, Gender.ANIMATE, lemma, stem, "e e i e i em i ů ům e ích i", genPlural);
        }
        if ((last == 'e' || last == 'ě') && neuterE) {
            return make(lemma, Gender.NEUTER, lemma, stem, last + " " + last + " i " + last + " i " + last + "m "
                    + last + " í ím " + last + " ích i", genPlural);
        }
        if (last == 'e' || last == 'ě') {
            return make(lemma, Gender.FEMININE, lemma, stem, last + " " + last + " i i i í " + last + " í ím "
                    + last + " ích " + (last == 'ě' ? "ěmi" : "emi"), genPlural);
        }
        if (last == 'o') {
            String s = oblique(oblique, stem);
            String loc = velar(s) ? "u" : softened(s);
            return make(lemma, Gender.NEUTER, lemma, s, "o a u o " + loc + " em a "
                    + (genPlural != null ? "=" + genPlural : s) + " ům a "
                    + (velar(s) ? "=" + mutated(s) + "ích" : "ech") + " y", null);
        }
        String s = oblique(oblique, lemma);
        boolean soft = SOFT.indexOf(s.charAt(s.length() - 1)) >= 0;
        if (animate) {
            return soft
                    ? make(lemma, Gender.ANIMATE, lemma, s, "- e ovi e ovi em i ů ům e ích i", genPlural)
                    : make(lemma, Gender.ANIMATE, lemma, s, "- a ovi a ovi em =" + mutated(s) + "i ů ům y "
                            + (velar(s) ? "=" + mutated(s) + "ích" : "ech") + " y", genPlural);
        }
        return soft
                ? make(lemma, Gender.MASCULINE, lemma, s, "- e i - i em e ů ům e ích i", genPlural)
                : make(lemma, Gender.MASCULINE, lemma, s, "- u u - u em y ů ům y "
                        + (velar(s) ? "=" + mutated(s) + "ích" : "ech") + " y", genPlural);
    }

    private static String oblique(String given, String fallback) {
        return given != null ? given : fallback;
    }

    /**
     * Builds the twelve forms from endings: "-" is the lemma itself, "=x" a whole form x, anything
     * else the ending after {@code stem}; a genitive plural given in the entry replaces the seventh.
     */
    private static Noun make(String lemma, Gender gender, String nom, String stem, String endings, String genPlural) {
        String[] parts = endings.split(" ");
        List<String> forms = new ArrayList<>(12);
        for (String part : parts) {
            if (part.equals("-")) {
                forms.add(nom);
            } else if (part.startsWith("=")) {
                forms.add(part.substring(1));
            } else {
                forms.add(stem + part);
            }
        }
        if (genPlural != null) {
            forms.set(7, genPlural);
        }
        return new Noun(lemma, gender, List.copyOf(forms));
    }

    private static boolean velar(String stem) {
        return stem.endsWith("k") || stem.endsWith("h") || stem.endsWith("g");
    }

    /** The stem before -i (plural of animate nouns, locative plural of velars): k→c, h→z, ch→š, r→ř. */
    private static String mutated(String stem) {
        if (stem.endsWith("ch")) {
            return stem.substring(0, stem.length() - 2) + "š";
        }
        char last = stem.charAt(stem.length() - 1);
        String head = stem.substring(0, stem.length() - 1);
        return switch (last) {
            case 'k' -> head + "c";
            case 'h', 'g' -> head + "z";
            case 'r' -> head + "ř";
            default -> stem;
        };
    }

    /** The dative and locative ending after a hard stem: dohodě, ruce, Praze, škole, sestře. */
    private static String softened(String stem) {
        char last = stem.charAt(stem.length() - 1);
        if (stem.endsWith("ch")) {
            return "=" + stem.substring(0, stem.length() - 2) + "še";
        }
        return switch (last) {
            case 'k', 'h', 'g', 'r' -> "=" + mutated(stem) + "e";
            case 'd', 't', 'n', 'b', 'p', 'v', 'm', 'f' -> "ě";
            default -> "e";
        };
    }

    /** The adjective's form agreeing with a noun of {@code gender} in {@code c}. */
    static String adjective(String lemma, Gender gender, Case c) {
        String stem = lemma.substring(0, lemma.length() - 1);
        boolean soft = lemma.endsWith("í");
        String[] endings = soft ? softEndings(gender) : hardEndings(gender);
        return stem + endings[c.ordinal()];
    }

    private static String[] hardEndings(Gender gender) {
        return switch (gender) {
            case MASCULINE -> new String[] {"ý", "ého", "ému", "ý", "ém", "ým"};
            case ANIMATE -> new String[] {"ý", "ého", "ému", "ého", "ém", "ým"};
            case FEMININE -> new String[] {"á", "é", "é", "ou", "é", "ou"};
            case NEUTER -> new String[] {"é", "ého", "ému", "é", "ém", "ým"};
            case PLURAL -> new String[] {"é", "ých", "ým", "é", "ých", "ými"};
        };
    }

    private static String[] softEndings(Gender gender) {
        return switch (gender) {
            case FEMININE -> new String[] {"í", "í", "í", "í", "í", "í"};
            case PLURAL -> new String[] {"í", "ích", "ím", "í", "ích", "ími"};
            case ANIMATE -> new String[] {"í", "ího", "ímu", "ího", "ím", "ím"};
            case MASCULINE, NEUTER -> new String[] {"í", "ího", "ímu", "í", "ím", "ím"};
        };
    }

    /** A verb of the -ovat, -it/-et/-ět or -at class from its infinitive. */
    static Verb verb(String infinitive) {
        if (infinitive.endsWith("ovat")) {
            String s = infinitive.substring(0, infinitive.length() - 4);
            return new Verb(infinitive, s + "uje", s + "ují", s + "ujeme", s + "oval", s + "ovala", s + "ování");
        }
        if (infinitive.endsWith("at")) {
            String s = infinitive.substring(0, infinitive.length() - 2);
            return new Verb(infinitive, s + "á", s + "ají", s + "áme", s + "al", s + "ala", s + "ání");
        }
        String s = infinitive.substring(0, infinitive.length() - 2);
        if (infinitive.endsWith("ět") || infinitive.endsWith("et")) {
            String v = infinitive.endsWith("ět") ? "ě" : "e";
            return new Verb(infinitive, s + "í", s + "í", s + "íme", s + v + "l", s + v + "la", s + v + "ní");
        }
        return new Verb(infinitive, s + "í", s + "í", s + "íme", s + "il", s + "ila", verbalNoun(s));
    }

    /** The verbal noun of an -it verb: zajistit → zajištění, vrátit → vrácení, posoudit → posouzení. */
    private static String verbalNoun(String stem) {
        String[][] changes = {{"st", "štění"}, {"t", "cení"}, {"d", "zení"}, {"z", "žení"}, {"s", "šení"},
            {"n", "nění"}, {"v", "vení"}, {"b", "bení"}, {"p", "pení"}, {"m", "mení"}};
        for (String[] change : changes) {
            if (stem.endsWith(change[0])) {
                return stem.substring(0, stem.length() - change[0].length()) + change[1];
            }
        }
        return stem + "ení";
    }
}
