package org.briefingdesk.model;

import java.util.Locale;

/** A country by its ISO 3166 alpha-2 code, with its Czech and English names. */
public record Country(String code, String nameCs, String nameEn) {
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameCs;
    }
}
