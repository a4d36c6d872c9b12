package org.briefingdesk.logic.drafting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingdesk.logic.search.SearchText;

/**
 * Cities and countries in the cases the press writes them ({@code cities.tsv}, {@code countries.tsv}):
 * "v Londýně" is Londýn in GB, "Spojeného království" and "britským" are GB, "s Irskem" is IE.
 */
final class Places {
    /** A place a run of words names: a city (with its country) or a country, and the case it is in. */
    record Place(String city, String countryCode, String nominative, Case grammaticalCase, int words,
                 boolean withPreposition) {
        boolean isCity() {
            return city != null;
        }
    }

    private static final Places INSTANCE = new Places();
    private static final int MAX_WORDS = 5;
    private static final List<String> ADJECTIVE_ENDINGS = List.of("y", "eho", "emu", "ym", "em", "a", "e", "ou",
            "ych", "ymi", "i", "im", "ich", "imi");

    private final Map<String, List<Place>> byForm = new HashMap<>();
    private final Map<String, String> adjectiveStems = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> countryInstrumental = new HashMap<>();
    private final Map<String, String> cityLocative = new HashMap<>();

    private Places() {
        for (String[] row : Tables.read("countries.tsv", "\t")) {
            String code = row[0];
            String[] forms = row[1].split("\\|");
            countryNames.putIfAbsent(code, forms[0]);
            countryInstrumental.putIfAbsent(code, forms[5]);
            add(forms, null, code);
            if (row.length > 2) {
                for (String stem : row[2].split(",")) {
                    if (!stem.isBlank()) {
                        adjectiveStems.put(SearchText.fold(stem.strip()), code);
                    }
                }
            }
        }
        for (String[] row : Tables.read("cities.tsv", "\t")) {
            String[] others = row[2].split("\\|");
            String[] forms = {row[0], others[0], others[1], others[2], others[3], others[4]};
            cityLocative.put(row[0], others[3]);
            add(forms, row[0], row[1]);
        }
    }

    static Places get() {
        return INSTANCE;
    }

    private void add(String[] forms, String city, String code) {
        for (int c = 0; c < forms.length; c++) {
            String form = forms[c];
            boolean preposition = false;
            if (c == Case.LOC.ordinal()) {
                int space = form.indexOf(' ');
                form = form.substring(space + 1);
                preposition = true;
            }
            String key = String.join(" ", SearchText.words(form));
            Place place = new Place(city, code, city != null ? city : forms[0], Case.values()[c],
                    key.split(" ").length, preposition);
            byForm.computeIfAbsent(key, k -> new ArrayList<>()).add(place);
        }
    }

    /** The place named by the words starting at {@code from} (the longest match), if any. */
    Optional<Place> at(List<Token> tokens, int from) {
        if (from >= tokens.size() || !tokens.get(from).capitalized()) {
            return Optional.empty();
        }
        for (int n = Math.min(MAX_WORDS, tokens.size() - from); n >= 1; n--) {
            StringBuilder key = new StringBuilder();
            boolean words = true;
            for (int k = from; k < from + n; k++) {
                Token t = tokens.get(k);
                words &= t.word();
                key.append(k == from ? "" : " ").append(t.folded());
            }
            if (!words) {
                continue;
            }
            List<Place> places = byForm.get(key.toString());
            if (places != null) {
                return Optional.of(best(places, tokens, from));
            }
        }
        return Optional.empty();
    }

    /** Of the cases a form can be in, the locative after "v"/"ve"/"na", else the first listed. */
    private static Place best(List<Place> places, List<Token> tokens, int from) {
        boolean afterPreposition = from > 0 && (tokens.get(from - 1).is("v") || tokens.get(from - 1).is("ve")
                || tokens.get(from - 1).is("na"));
        for (Place p : places) {
            if (afterPreposition == (p.grammaticalCase() == Case.LOC)) {
                return p;
            }
        }
        return places.get(0);
    }

    /** The country of an adjective ("irským" → IE, "britská" → GB), if it is one. */
    Optional<String> adjectiveCountry(Token token) {
        if (!token.word()) {
            return Optional.empty();
        }
        String w = token.folded();
        for (String ending : ADJECTIVE_ENDINGS) {
            if (w.endsWith(ending) && w.length() > ending.length()) {
                String code = adjectiveStems.get(w.substring(0, w.length() - ending.length()));
                if (code != null) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    /** "Irsko", "Spojené království": the Czech name of a country code, or the code when unknown. */
    String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    /** "Irskem", "Spojeným královstvím": for "s …". */
    String countryInstrumental(String code) {
        return countryInstrumental.getOrDefault(code, code);
    }

    /** "v Londýně", "ve Varšavě": the city with its preposition. */
    String cityLocative(String city) {
        return cityLocative.getOrDefault(city, "v " + city);
    }

    /** True when the word is any form of a place name (to keep it out of people's names). */
    boolean isPlaceWord(Token token) {
        return token.word() && (byForm.containsKey(token.folded()) || adjectiveCountry(token).isPresent());
    }
}
