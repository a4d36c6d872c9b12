package org.briefingdesk.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a result's snippet shows: the stretch around the first match, with every matching word marked. */
class HighlighterTest {
    private static List<SearchHit.Span> snippet(String query, String text) {
        return new Highlighter(SearchQueryParser.parse(query).positiveTerms()).snippet(text);
    }

    private static String shown(List<SearchHit.Span> spans) {
        return spans.stream().map(s -> s.highlighted() ? "[" + s.text() + "]" : s.text()).collect(Collectors.joining());
    }

    private static String filler(int words) {
        return "Jednání pokračovalo dalším bodem programu. ".repeat(words / 5);
    }

    @Test
    void aShortTextIsShownWholeWithItsMatchesMarked() {
        assertEquals("Ministr jednal v [Londýně] o [hranicích].",
                shown(snippet("Londýn hranice ", "Ministr jednal v Londýně o hranicích.")));
    }

    @Test
    void aMatchDeepInALongReportIsShownWithContextAndMarksOnBothSides() {
        String text = filler(3000) + "Irská delegace podpořila návrh.\n\n" + filler(3000);
        String shown = shown(snippet("irsky ", text));
        assertTrue(shown.startsWith("…"), shown);
        assertTrue(shown.endsWith("…"), shown);
        assertTrue(shown.contains("[Irská] delegace podpořila návrh."), shown);
        assertTrue(shown.length() < 260, shown);
    }

    @Test
    void withoutAMatchInTheTextItsBeginningIsShown() {
        String text = "Úvodní slovo předsedy.\n\n\n" + filler(500);
        String shown = shown(snippet("Cooper", text));
        assertTrue(shown.startsWith("Úvodní slovo předsedy. Jednání"), shown);
        assertFalse(shown.contains("["), shown);
        assertTrue(shown.endsWith("…"), shown);
    }

    @Test
    void theWordBeingTypedMatchesAsAPrefixAndShortStemsStillMatch() {
        assertEquals("Setkání v [domě] ministra a [dům] [migrace] [migračních] toků.",
                shown(snippet("dům migra", "Setkání v domě ministra a dům migrace migračních toků.")));
    }

    @Test
    void trailingWhiteSpaceAddsNoEllipsis() {
        assertEquals("Dohoda o [azylu].", shown(snippet("azyl ", "Dohoda o azylu.\n\n   \n")));
    }

    @Test
    void aTitleIsShownWholeWithItsMatchingWordsMarked() {
        var highlighter = new Highlighter(SearchQueryParser.parse("migrace Londýn").positiveTerms());
        assertEquals("Summit o [migraci] v [Londýně]", shown(highlighter.marked("Summit o migraci v Londýně")));
        assertEquals("Ministerstvo vnitra · MV", shown(highlighter.marked("Ministerstvo vnitra\nMV")));
    }
}
