package org.briefingdesk.logic.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every user-visible string comes from here: {@code i18n/messages_cs.properties} and
 * {@code i18n/messages_en.properties}. Czech is the default language.
 */
public final class Localization {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale CZECH = Locale.forLanguageTag("cs-CZ");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private final Locale locale;
    private final ResourceBundle bundle;

    public Localization(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? ENGLISH : CZECH;
        this.bundle = load(BUNDLE, this.locale);
    }

    private Localization(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    private static ResourceBundle load(String baseName, Locale locale) {
        // No fallback to the JVM's default locale: the bundle chosen is exactly the one asked for.
        return ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * This localization with the strings of another bundle on top, in the same language: for tools that
     * keep their own texts (the benchmarks) and use the application's too.
     */
    public Localization with(String baseName) {
        return new Localization(locale, new LayeredBundle(load(baseName, locale), bundle));
    }

    /** "cs" or "en" (anything else means Czech). */
    public static Localization forLanguage(String language) {
        return new Localization("en".equalsIgnoreCase(language) ? ENGLISH : CZECH);
    }

    /** True for the languages there are bundles for: "cs" and "en" (in any case). */
    public static boolean isSupported(String language) {
        return "cs".equalsIgnoreCase(language) || "en".equalsIgnoreCase(language);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The message for {@code key}, with {@code args} put in by {@link MessageFormat}. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A count as the language writes it: "100 000" in Czech, "100,000" in English. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A bundle whose own keys come first and whose parent answers the rest. */
    private static final class LayeredBundle extends ResourceBundle {
        private final ResourceBundle own;

        LayeredBundle(ResourceBundle own, ResourceBundle parent) {
            this.own = own;
            setParent(parent);
        }

        @Override
        protected Object handleGetObject(String key) {
            return own.containsKey(key) ? own.getObject(key) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new TreeSet<>(own.keySet());
            keys.addAll(parent.keySet());
            return Collections.enumeration(keys);
        }
    }

    /** The label of an enum constant: key {@code enum.<SimpleClassName>.<CONSTANT>}. */
    public String of(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
