package org.briefingdesk.logic.drafting;

import org.briefingdesk.logic.UserFacingException;

/**
 * A release's text as the assistant works on it and the review page shows it: line ends unified, control
 * characters and byte-order marks left out, tabs and no-break spaces as spaces. Evidence spans point
 * into this text. {@code sourceName} is the file name ("" for pasted text).
 */
public record ReleaseText(String text, String sourceName) {
    /** Enough for a release of sixty pages; a report body holds at most this much. */
    public static final int MAX_CHARACTERS = 200_000;
    /** Fewer letters than a sentence names nothing to draft from. */
    private static final int MIN_LETTERS = 20;

    public ReleaseText {
        sourceName = sourceName == null ? "" : sourceName;
    }

    /**
     * The release from raw text, checked: empty, too long or not Czech is a {@link UserFacingException}
     * with one sentence, and nothing is drafted.
     */
    public static ReleaseText of(String raw, String sourceName) {
        if (raw.length() > MAX_CHARACTERS * 4) {
            throw new UserFacingException("drafting.error.tooLong", MAX_CHARACTERS);
        }
        String text = clean(raw);
        if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            throw new UserFacingException("drafting.error.empty");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new UserFacingException("drafting.error.tooLong", MAX_CHARACTERS);
        }
        if (!"cs".equals(LanguageGuess.of(text))) {
            throw new UserFacingException("drafting.error.notCzech");
        }
        return new ReleaseText(text, sourceName);
    }

    /** Hostile text stays text: control characters go, everything else is kept as written. */
    static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\t' || c == '\u00a0' || c == '\u202f' || c == '\u2007') {
                out.append(' ');
            } else if (c == '\n' || !(Character.isISOControl(c) || c == '\ufeff' || isFormatOnly(c))) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** Invisible characters that could hide or reorder text (bidirectional overrides, zero widths). */
    private static boolean isFormatOnly(char c) {
        return Character.getType(c) == Character.FORMAT;
    }
}
