package org.briefingdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.briefingdesk.logic.i18n.Localization;
import org.junit.jupiter.api.Test;

/** Counts in the status bar, overview cards and search chips are written as each language writes them. */
class NumberFormatTest {
    @Test
    void czechGroupsThousandsWithASpaceAndEnglishWithAComma() {
        assertEquals("100 000", Localization.forLanguage("cs").number(100_000).replace('\u00a0', ' '));
        assertEquals("137 321 záznamů", Localization.forLanguage("cs").get("ui.status.counts", 137_321L, "")
                .replace('\u00a0', ' ').trim());
        assertEquals("100,000", Localization.forLanguage("en").number(100_000));
        assertEquals("7", Localization.forLanguage("cs").number(7));
    }
}
