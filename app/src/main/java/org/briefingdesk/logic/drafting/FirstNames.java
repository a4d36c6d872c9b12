package org.briefingdesk.logic.drafting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingdesk.logic.search.SearchText;

/**
 * First names in every case, built from {@code first-names.txt} by the paradigms of Czech grammar:
 * "Víta" and "Vítem" are Vít, "Lenu" and "Lenou" are Lena, "Matteem" is Matteo, "Lucii" is Lucie;
 * Yvette, Nancy or Annelies stay as they are.
 */
final class FirstNames {
    /** One way a word can be a first name: its nominative, gender, origin and the cases the word is in. */
    record Form(String nominative, Gender gender, String origin, Set<Case> cases) {
    }

    private static final FirstNames INSTANCE = new FirstNames();
    private static final String SOFT = "šžčřcjťďň";
    private final Map<String, List<Form>> byForm = new HashMap<>();

    private FirstNames() {
        for (String[] row : Tables.read("first-names.txt", "\\s+")) {
            Gender gender = row[1].equals("F") ? Gender.FEMININE : Gender.MASCULINE;
            String stem = row.length > 3 ? row[3] : null;
            forms(row[0], gender, stem).forEach((form, cases) ->
                    byForm.computeIfAbsent(SearchText.fold(form), k -> new ArrayList<>())
                            .add(new Form(row[0], gender, row[2], cases)));
        }
    }

    static FirstNames get() {
        return INSTANCE;
    }

    List<Form> lookup(Token token) {
        return token.capitalized() ? byForm.getOrDefault(token.folded(), List.of()) : List.of();
    }

    /** Every form of a name with the cases it stands for (the nominative always). */
    static Map<String, Set<Case>> forms(String name, Gender gender, String stem) {
        Map<String, Set<Case>> forms = new HashMap<>();
        add(forms, name, Case.NOM);
        char last = name.charAt(name.length() - 1);
        String base = name.substring(0, name.length() - 1);
        if (gender == Gender.MASCULINE) {
            if (last == 'o') {
                consonantal(forms, base, false);
            } else if (last == 'a') {
                add(forms, base + "y", Case.GEN);
                add(forms, base + "ovi", Case.DAT, Case.LOC);
                add(forms, base + "u", Case.ACC);
                add(forms, base + "ou", Case.INS);
            } else if (last == 'í' || last == 'y' || last == 'i') {
                add(forms, name + "ho", Case.GEN, Case.ACC);
                add(forms, name + "mu", Case.DAT);
                add(forms, name + "m", Case.INS, Case.LOC);
            } else if ("eéu".indexOf(last) < 0) {
                consonantal(forms, stem != null ? stem : name, SOFT.indexOf(last) >= 0 || name.endsWith("s"));
            }
        } else if (last == 'a') {
            boolean softStem = base.endsWith("i") || SOFT.indexOf(base.charAt(base.length() - 1)) >= 0;
            if (softStem) {
                add(forms, base + "e", Case.GEN);
                add(forms, base + "i", Case.DAT, Case.ACC, Case.LOC);
                add(forms, base + "í", Case.INS);
            } else {
                add(forms, base + "y", Case.GEN);
                add(forms, dative(base), Case.DAT, Case.LOC);
                add(forms, base + "u", Case.ACC);
                add(forms, base + "ou", Case.INS);
            }
        } else if (name.endsWith("ie")) {
            add(forms, name, Case.GEN);
            add(forms, base + "i", Case.DAT, Case.ACC, Case.LOC);
            add(forms, base + "í", Case.INS);
        }
        if (forms.size() == 1) {
            add(forms, name, Case.values()); // Yvette, Nancy, Annelies: the same in every case
        }
        return forms;
    }

    private static void consonantal(Map<String, Set<Case>> forms, String stem, boolean soft) {
        add(forms, stem + (soft ? "e" : "a"), Case.GEN, Case.ACC);
        add(forms, stem + "ovi", Case.DAT, Case.LOC);
        add(forms, stem + (soft ? "i" : "u"), Case.DAT, Case.LOC);
        add(forms, stem + "em", Case.INS);
    }

    /** Lena → Leně, Petra → Petře, Erika → Erice, Olga → Olze. */
    private static String dative(String base) {
        String[][] changes = {{"ch", "še"}, {"r", "ře"}, {"k", "ce"}, {"h", "ze"}, {"g", "ze"}};
        for (String[] change : changes) {
            if (base.endsWith(change[0])) {
                return base.substring(0, base.length() - change[0].length()) + change[1];
            }
        }
        char last = base.charAt(base.length() - 1);
        return base + ("dtnbpvfm".indexOf(last) >= 0 ? "ě" : "e");
    }

    private static void add(Map<String, Set<Case>> forms, String form, Case... cases) {
        forms.computeIfAbsent(form, k -> EnumSet.noneOf(Case.class)).addAll(List.of(cases));
    }
}
