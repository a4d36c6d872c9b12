package org.briefingdesk.ui.common;

import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;

/**
 * Characters typed on the keyboard that arrive as half of themselves. JavaFX on Linux turns the key's
 * code point into a single Java {@code char} (GTK glass, {@code WindowContext::process_key}:
 * {@code jchar key = gdk_keyval_to_unicode(event->keyval)}), so an emoji beyond U+FFFF loses its upper
 * half: U+1F600 arrives as U+F600, a private-use character, and would be stored as that. Pasted text and
 * input methods carry whole characters and are not affected; Windows sends both halves of the pair, which
 * the text controls join. What cannot be the character the user typed is refused, and the user told.
 */
public final class TypedCharacters {
    private TypedCharacters() {
    }

    /**
     * True when a key's character is what the truncation leaves of a character beyond U+FFFF: the
     * private-use area U+E000–U+F8FF and the compatibility ideographs U+F900–U+FAFF (emoji from U+1F900),
     * which no keyboard layout types directly.
     */
    public static boolean truncated(String character) {
        return character.chars().anyMatch(c -> c >= 0xE000 && c <= 0xFAFF);
    }

    /** A KEY_TYPED filter that swallows such a character and then runs {@code refused} (which says so). */
    public static EventHandler<KeyEvent> refusing(Runnable refused) {
        return event -> {
            if (truncated(event.getCharacter())) {
                event.consume();
                refused.run();
            }
        };
    }
}
