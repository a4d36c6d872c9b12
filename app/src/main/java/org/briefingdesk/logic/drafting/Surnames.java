package org.briefingdesk.logic.drafting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefingdesk.logic.search.SearchText;

/**
 * The nominatives a surname as written can come from, by a table of Czech endings: masculine -em, -a,
 * -ovi, -e ("Rakušanem", "Rakušana", "Rakušanovi" → Rakušan; "Koláře" → Kolář), with the mobile e
 * ("Vondráčkem" → Vondráček, "Hrubcem" → Hrubec), adjectival ("Hradeckého" → Hradecký; Polish
 * "Wiśniewským" → Wiśniewski), masculine -a ("Svobodou" → Svoboda), foreign -i and -o ("Bernardim" →
 * Bernardi, "Matteem" → Matteo); feminine -ovou, -ové ("Cooperovou" → Cooperová) and adjectival -ou, -é
 * ("Černou" → Černá). Which candidate is meant is for the context to say (see {@link #best}).
 */
final class Surnames {
    private static final String CONSONANTS = "bcčdďfghjklmnňpqrřsštťvwxzžß";
    private static final String SOFT = "šžčřcjťďňsxz";

    /** When a rule applies: to any stem, after a consonant, after a soft consonant, or to Polish names. */
    enum Condition { ANY, CONSONANT, SOFT, MOBILE_E, POLISH }

    /** One ending: what is written, what the nominative ends in, the gender and cases it stands for. */
    record Rule(String ending, String nominativeEnding, Gender gender, Set<Case> cases, Condition condition,
                int prior) {
    }

    /** One reading of a surname. */
    record Candidate(String nominative, Gender gender, Set<Case> cases, int weight, boolean polish) {
    }

    static final List<Rule> RULES = List.of(
            rule("ovou", "ová", Gender.FEMININE, Condition.ANY, 3, Case.ACC, Case.INS),
            rule("ové", "ová", Gender.FEMININE, Condition.ANY, 3, Case.GEN, Case.DAT, Case.LOC),
            rule("ová", "ová", Gender.FEMININE, Condition.ANY, 3, Case.NOM),
            rule("ou", "á", Gender.FEMININE, Condition.CONSONANT, 0, Case.ACC, Case.INS),
            rule("é", "á", Gender.FEMININE, Condition.CONSONANT, 0, Case.GEN, Case.DAT, Case.LOC),
            rule("á", "á", Gender.FEMININE, Condition.CONSONANT, 1, Case.NOM),
            rule("ého", "ý", Gender.MASCULINE, Condition.ANY, 2, Case.GEN, Case.ACC),
            rule("ému", "ý", Gender.MASCULINE, Condition.ANY, 2, Case.DAT),
            rule("ým", "ý", Gender.MASCULINE, Condition.ANY, 2, Case.INS, Case.LOC),
            rule("ém", "ý", Gender.MASCULINE, Condition.ANY, 1, Case.LOC),
            rule("ý", "ý", Gender.MASCULINE, Condition.ANY, 2, Case.NOM),
            rule("ského", "ski", Gender.MASCULINE, Condition.POLISH, 0, Case.GEN, Case.ACC),
            rule("skému", "ski", Gender.MASCULINE, Condition.POLISH, 0, Case.DAT),
            rule("ským", "ski", Gender.MASCULINE, Condition.POLISH, 0, Case.INS, Case.LOC),
            rule("ckého", "cki", Gender.MASCULINE, Condition.POLISH, 0, Case.GEN, Case.ACC),
            rule("ckým", "cki", Gender.MASCULINE, Condition.POLISH, 0, Case.INS, Case.LOC),
            rule("ího", "í", Gender.MASCULINE, Condition.ANY, 2, Case.GEN, Case.ACC),
            rule("ímu", "í", Gender.MASCULINE, Condition.ANY, 2, Case.DAT),
            rule("ím", "í", Gender.MASCULINE, Condition.ANY, 1, Case.INS, Case.LOC),
            rule("iho", "i", Gender.MASCULINE, Condition.ANY, 2, Case.GEN, Case.ACC),
            rule("imu", "i", Gender.MASCULINE, Condition.ANY, 2, Case.DAT),
            rule("im", "i", Gender.MASCULINE, Condition.ANY, 1, Case.INS, Case.LOC),
            rule("yho", "y", Gender.MASCULINE, Condition.ANY, 2, Case.GEN, Case.ACC),
            rule("ym", "y", Gender.MASCULINE, Condition.ANY, 1, Case.INS, Case.LOC),
            rule("eem", "eo", Gender.MASCULINE, Condition.ANY, 3, Case.INS),
            rule("ea", "eo", Gender.MASCULINE, Condition.ANY, 1, Case.GEN, Case.ACC),
            rule("eovi", "eo", Gender.MASCULINE, Condition.ANY, 3, Case.DAT, Case.LOC),
            rule("ka", "ek", Gender.MASCULINE, Condition.MOBILE_E, 2, Case.GEN, Case.ACC),
            rule("kem", "ek", Gender.MASCULINE, Condition.MOBILE_E, 2, Case.INS),
            rule("kovi", "ek", Gender.MASCULINE, Condition.MOBILE_E, 2, Case.DAT, Case.LOC),
            rule("ce", "ec", Gender.MASCULINE, Condition.MOBILE_E, 2, Case.GEN, Case.ACC),
            rule("cem", "ec", Gender.MASCULINE, Condition.MOBILE_E, 2, Case.INS),
            rule("ci", "ec", Gender.MASCULINE, Condition.MOBILE_E, 1, Case.DAT, Case.LOC),
            rule("covi", "ec", Gender.MASCULINE, Condition.MOBILE_E, 2, Case.DAT, Case.LOC),
            rule("ou", "a", Gender.MASCULINE, Condition.CONSONANT, 0, Case.INS),
            rule("y", "a", Gender.MASCULINE, Condition.CONSONANT, -1, Case.GEN),
            rule("ovi", "a", Gender.MASCULINE, Condition.CONSONANT, -2, Case.DAT, Case.LOC),
            rule("em", "", Gender.MASCULINE, Condition.CONSONANT, 1, Case.INS),
            rule("a", "", Gender.MASCULINE, Condition.CONSONANT, 1, Case.GEN, Case.ACC),
            rule("ovi", "", Gender.MASCULINE, Condition.CONSONANT, 1, Case.DAT, Case.LOC),
            rule("u", "", Gender.MASCULINE, Condition.CONSONANT, -1, Case.DAT, Case.LOC),
            rule("e", "", Gender.MASCULINE, Condition.SOFT, 0, Case.GEN, Case.ACC),
            rule("i", "", Gender.MASCULINE, Condition.SOFT, -1, Case.DAT, Case.LOC));

    private Surnames() {
    }

    private static Rule rule(String ending, String nominativeEnding, Gender gender, Condition condition, int prior,
                             Case... cases) {
        return new Rule(ending, nominativeEnding, gender, EnumSet.copyOf(List.of(cases)), condition, prior);
    }

    /** Every reading of the word: the rules whose ending fits, and the word as a nominative. */
    static List<Candidate> candidates(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<Candidate> out = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!lower.endsWith(rule.ending()) || lower.length() - rule.ending().length() < 2) {
                continue;
            }
            String stem = word.substring(0, word.length() - rule.ending().length());
            if (!fits(rule.condition(), stem.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(new Candidate(stem + rule.nominativeEnding(), rule.gender(), rule.cases(),
                    rule.ending().length() + rule.prior(), rule.condition() == Condition.POLISH));
        }
        boolean feminineForm = lower.endsWith("á");
        if (!feminineForm) {
            out.add(new Candidate(word, Gender.MASCULINE, EnumSet.of(Case.NOM), 0, false));
            // Foreign women's surnames the press leaves undeclined ("Siobhán Kelly").
            out.add(new Candidate(word, Gender.FEMININE, EnumSet.allOf(Case.class), -4, false));
        }
        return out;
    }

    private static boolean fits(Condition condition, String stem) {
        char last = stem.charAt(stem.length() - 1);
        return switch (condition) {
            case ANY, POLISH -> true;
            case CONSONANT -> CONSONANTS.indexOf(last) >= 0;
            case SOFT -> SOFT.indexOf(last) >= 0;
            case MOBILE_E -> CONSONANTS.indexOf(last) >= 0 && "lr".indexOf(last) < 0;
        };
    }

    /**
     * The likeliest reading: a surname already known (in this release or the records) wins; then the
     * gender and cases the context shows (a first name, a function, a verb), then the longer ending.
     */
    static Candidate best(List<Candidate> candidates, Gender gender, Set<Case> cases, Set<String> known,
                          boolean polish) {
        Candidate best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Candidate c : candidates) {
            int score = score(c, gender, cases, known, polish);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    static int score(Candidate c, Gender gender, Set<Case> cases, Set<String> known, boolean polish) {
        int score = c.weight();
        if (known.contains(SearchText.fold(c.nominative()))) {
            score += 100;
        }
        if (gender != null) {
            score += gender == c.gender() ? 10 : -30;
        }
        if (cases != null && !cases.isEmpty()) {
            score += cases.stream().anyMatch(c.cases()::contains) ? 6 : -6;
        }
        if (c.polish()) {
            score += polish ? 8 : -8;
        }
        return score;
    }
}
