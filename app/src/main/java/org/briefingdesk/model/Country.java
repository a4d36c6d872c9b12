package org.briefingdesk.model;

/** A country by its ISO 3166 alpha-2 code, with its Czech and English names. */
public record Country(String code, String nameCs, String nameEn) {
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameCs;
    }
}
