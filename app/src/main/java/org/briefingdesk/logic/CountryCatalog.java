package org.briefingdesk.logic;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.briefingdesk.model.Country;

/** The ISO 3166 countries with their Czech and English names, as the JDK knows them. */
public final class CountryCatalog {
    private CountryCatalog() {
    }

    public static List<Country> all() {
        Locale cs = Locale.forLanguageTag("cs");
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> {
                    Locale region = new Locale.Builder().setRegion(code).build();
                    return new Country(code, region.getDisplayCountry(cs), region.getDisplayCountry(Locale.ENGLISH));
                })
                .toList();
    }
}
