package org.briefingdesk.logic.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.model.Source;

/**
 * The press release the sample is made from, shipped on the class path exactly as published, so the
 * report body quotes it word for word.
 */
final class PressRelease {
    static final String RESOURCE = "/sample/border-security-summit-2025.cs.txt";
    static final Source SOURCE = new Source(
            "Tisková zpráva MV ČR: Ministr vnitra na Border Security Summit v Londýně (31. 3. 2025)", "");

    /** A heading is a short line without closing punctuation ("Další jednání"). */
    private static final int MAX_HEADING_LENGTH = 40;

    private PressRelease() {
    }

    /** The release as published: hard line breaks and all. */
    static String rawText() {
        try (InputStream in = PressRelease.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sample press release missing from the class path: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The release with its hard line breaks undone: one line per paragraph or heading, paragraphs
     * separated by a blank line, so a detail pane can wrap it to its own width.
     */
    static String paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : rawText().strip().split("\\R")) {
            String text = line.strip();
            if (text.isEmpty() || isHeading(text)) {
                flush(current, paragraphs);
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            } else {
                current.append(current.length() == 0 ? "" : " ").append(text);
            }
        }
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static boolean isHeading(String line) {
        return line.length() <= MAX_HEADING_LENGTH && !line.matches(".*[.,;:!?“\"]$");
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
