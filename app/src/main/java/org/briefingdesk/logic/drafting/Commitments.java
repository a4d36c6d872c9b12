package org.briefingdesk.logic.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parts of a statement in which the speaker's side binds itself: first-person plural verbs of
 * intent or of a perfective future ("chceme … schválit", "budeme", "připravujeme", "pracujeme na",
 * "zavážeme se", "předložíme", "pošleme"), the first person singular ("chci", "budu"), and the speaker's
 * own country as the subject ("Česko bude …", "Česká republika vyšle …"). A sentence that binds itself
 * twice ("pošleme … a do konce června připravíme …") is two commitments, split at the last "a" between.
 */
final class Commitments {
    private static final Set<String> INTENT = Set.of("chceme", "budeme", "pripravujeme", "pracujeme", "hodlame",
            "planujeme", "zavazujeme", "zavazeme", "usilujeme", "chci", "budu", "zasadim", "slibuji", "zavazuji",
            "slibujeme", "zasadime");
    private static final Set<String> INTENT_THIRD = Set.of("bude", "chce", "pripravuje", "pracuje", "zavazuje",
            "hodla", "planuje");
    private static final List<String> PREFIXES = List.of("pred", "pri", "roz", "ode", "od", "za", "vy", "na", "po",
            "do", "pre", "ob", "s", "z", "u", "v");
    private static final Set<String> NOT_PROMISES = Set.of("umime", "muzeme", "vime", "mame", "jsme", "uvidime",
            "zijeme", "vidime", "potrebujeme", "ocekavame", "pomahame", "zname");
    private static final Set<String> DECLARATION = Set.of("zavazuji", "zavazaly", "zavazali", "zavazuje");

    private Commitments() {
    }

    /** A clause that binds the speaker's side, and where it stands. */
    record Clause(int from, int to) {
    }

    /**
     * The binding clauses of one sentence (token indexes, end exclusive).
     *
     * @param speakerCountry the speaker's country, whose name as a subject binds it
     * @param declaration    a joint declaration reported ("se země V4 zavazují …"): its deadlines split it
     */
    static List<Clause> in(List<Token> tokens, String speakerCountry, boolean declaration) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (binding(tokens, i) || ownCountry(tokens, i, speakerCountry)) {
                anchors.add(i);
            }
        }
        if (declaration && anchors.isEmpty()) {
            for (int i = 0; i < tokens.size(); i++) {
                if (DECLARATION.contains(tokens.get(i).folded())) {
                    anchors.add(i);
                }
            }
        }
        if (anchors.size() == 1 && declaration) {
            List<Integer> deadlines = deadlineStarts(tokens);
            if (deadlines.size() > 1) {
                anchors = deadlines;
            }
        }
        List<Clause> clauses = new ArrayList<>();
        if (anchors.isEmpty()) {
            return clauses;
        }
        int start = 0;
        for (int k = 0; k + 1 < anchors.size(); k++) {
            int split = -1;
            for (int i = anchors.get(k) + 1; i < anchors.get(k + 1); i++) {
                if (tokens.get(i).is("a") || tokens.get(i).punctuation(';')) {
                    split = i;
                }
            }
            if (split > 0) {
                clauses.add(new Clause(start, split));
                start = split + 1;
            }
        }
        clauses.add(new Clause(start, tokens.size()));
        return clauses;
    }

    static boolean binding(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.word()) {
            return false;
        }
        String w = t.folded();
        if (INTENT.contains(w)) {
            return true;
        }
        if (NOT_PROMISES.contains(w) || w.startsWith("ne") || w.endsWith("ujeme") || w.length() < 6
                || !(w.endsWith("ime") || w.endsWith("eme"))) {
            return false;
        }
        return PREFIXES.stream().anyMatch(p -> w.startsWith(p) && w.length() - p.length() >= 4);
    }

    /** "Česko bude …", "Česká republika do konce roku zřídí …": the speaker's country promising. */
    private static boolean ownCountry(List<Token> tokens, int i, String speakerCountry) {
        if (speakerCountry == null) {
            return false;
        }
        var place = Places.get().at(tokens, i);
        if (place.isEmpty() || place.get().isCity() || place.get().grammaticalCase() != Case.NOM
                || !speakerCountry.equals(place.get().countryCode())) {
            return false;
        }
        int checked = 0;
        for (int k = i + place.get().words(); k < tokens.size() && checked < 6; k++) {
            Token t = tokens.get(k);
            if (!t.word() || t.is("do") || t.is("konce") || t.is("roku") || t.is("uz") || t.is("jiz")
                    || CzechDates.month(t.text()) > 0 || t.is("se") || t.is("v")) {
                continue;
            }
            checked++;
            String w = t.folded();
            if (INTENT_THIRD.contains(w)) {
                return true;
            }
            boolean perfective = (w.endsWith("i") || w.endsWith("e")) && !w.endsWith("eni") && !w.endsWith("ani")
                    && PREFIXES.stream().anyMatch(p -> w.startsWith(p) && w.length() - p.length() >= 3);
            return perfective && !w.startsWith("ne");
        }
        return false;
    }

    /** Where deadlines start ("do konce roku 2024", "do 30. června 2025"). */
    private static List<Integer> deadlineStarts(List<Token> tokens) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("do") && (tokens.get(i + 1).number() || tokens.get(i + 1).is("konce"))) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** A sentence reporting what a declaration's signatories bind themselves to. */
    static boolean declaration(List<Token> tokens) {
        boolean binds = tokens.stream().anyMatch(t -> t.word() && (t.folded().equals("zavazuji")
                || t.folded().equals("zavazaly") || t.folded().equals("zavazali")));
        boolean group = tokens.stream().anyMatch(t -> t.word() && Set.of("zeme", "ministri", "strany", "signatari",
                "staty", "ucastnici", "prohlaseni").contains(t.folded()));
        return binds && group;
    }
}
