package org.briefingdesk.logic.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Links as people write them ("https://ru.wikipedia.org/wiki/Бертон") and as a URI must be (its non-ASCII letters
 * as UTF-8 %-escapes): Popolo's schema wants the second, the window shows the first. Only non-ASCII letters are
 * (and the few ASCII characters a URI may not hold: space, quote, brackets) are escaped and unescaped, so that
 * the two forms of one link turn into each other and back unchanged.
 */
final class Iris {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** ASCII characters a URI may not hold as they are (RFC 3986): escaped like non-ASCII ones. */
    private static final String UNSAFE = " \"<>\\^`{|}";

    private Iris() {
    }

    /** The link with every non-ASCII or unsafe character as UTF-8 %-escapes. */
    static String toUri(String link) {
        StringBuilder out = new StringBuilder(link.length());
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c > 0x7f || c < 0x20 || UNSAFE.indexOf(c) >= 0) {
                int end = i + (Character.isHighSurrogate(c) && i + 1 < link.length() ? 2 : 1);
                for (byte b : link.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The link with runs of %-escapes of non-ASCII UTF-8 (and of unsafe ASCII) as the characters they stand for. */
    static String fromUri(String link) {
        if (link.indexOf('%') < 0) {
            return link;
        }
        StringBuilder out = new StringBuilder(link.length());
        int i = 0;
        while (i < link.length()) {
            int run = i;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (run + 2 < link.length() && link.charAt(run) == '%' && hex(link, run + 1) >= 0
                    && hex(link, run + 2) >= 0) {
                int b = hex(link, run + 1) * 16 + hex(link, run + 2);
                if (b < 0x80 && b >= 0x20 && UNSAFE.indexOf(b) < 0) {
                    break;
                }
                bytes.write(b);
                run += 3;
            }
            if (run > i) {
                String decoded = decode(bytes.toByteArray());
                out.append(decoded != null ? decoded : link.substring(i, run));
                i = run;
            } else {
                out.append(link.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int hex(String s, int at) {
        return at < s.length() ? Character.digit(s.charAt(at), 16) : -1;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
