package org.briefingdesk.logic.drafting;

import java.util.Set;

/** Verbs that attribute words to someone, in the past tense as press releases use them. */
final class Attribution {
    /** Verbs that report what was said: a paraphrase when "že" follows. */
    private static final Set<String> SAY = Set.of("uvedl", "rekl", "dodal", "zduraznil", "prohlasil", "konstatoval",
            "poznamenal", "upozornil", "vysvetlil", "pripomnel", "ocenil", "sdelil", "napsal", "uzavrel", "doplnil",
            "podotkl", "zhodnotil", "vzkazal", "nastinil", "shrnul", "ujistil", "slibil", "potvrdil", "varoval",
            "informoval", "oznamil", "zopakoval", "uznal", "pripustil", "odhadl", "tvrdil", "argumentoval",
            "pokracoval", "reagoval", "vyzdvihl", "vyzval", "podekoval", "apeloval", "kritizoval", "odmitl",
            "navrhl", "zminil", "pochvalil", "dekoval");
    /** Verbs that carry a position by themselves, without "že" ("vyzval k posílení …"). */
    private static final Set<String> STANCE = Set.of("vyzdvihl", "vyzval", "podekoval", "apeloval", "kritizoval",
            "odmitl", "navrhl", "pochvalil", "varoval", "ocenil");

    private Attribution() {
    }

    /** The verb's masculine form if the word is an attribution verb ("uvedla" → uvedl), else null. */
    static String verb(Token token) {
        if (!token.word()) {
            return null;
        }
        String w = token.folded();
        if (SAY.contains(w)) {
            return w;
        }
        if (w.endsWith("a") && SAY.contains(w.substring(0, w.length() - 1))) {
            return w.substring(0, w.length() - 1);
        }
        return null;
    }

    static boolean stance(String verb) {
        return STANCE.contains(verb);
    }

    /** The gender a past-tense verb shows ("řekla" feminine, "řekl" masculine), or null for another word. */
    static Gender gender(Token token) {
        if (verb(token) != null) {
            return token.folded().endsWith("a") ? Gender.FEMININE : Gender.MASCULINE;
        }
        return null;
    }
}
