package org.briefingdesk.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The stemmer's cache of known words gives the stems the stemmer works out, and the one-pass stems their words. */
class CzechStemmerTest {
    private static final List<String> WORDS = List.of("irsko", "irskym", "londyn", "londyne", "hranice", "hranic",
            "cooper", "coopera", "dum", "domu", "ministerstvech", "ministrovi", "novakova", "novakovou", "atech",
            "pratelstvi", "usneseni", "ukrajinou", "2024", "x", "oko", "matka", "matce", "hrozby", "vyhost");

    @Test
    void stemsOfKnownWordsAreTheStemsWorkedOutAnew() {
        for (String word : WORDS) {
            String first = CzechStemmer.stem(word);
            assertEquals(CzechStemmer.stemAnew(word), first, word);
            assertEquals(first, CzechStemmer.stem(word), word + " the second time");
        }
        assertEquals("irsk", CzechStemmer.stem("irskym"));
        assertEquals("londyn", CzechStemmer.stem("londyne"));
        assertEquals("hranik", CzechStemmer.stem("hranic"));
    }

    @Test
    void wordsBeyondTheCacheAreStemmedAlike() {
        Random random = new Random(17);
        String[] endings = {"ech", "emi", "ove", "atech", "ou", "em", "y", "a", "ct", "st", "c", "z", "er", "uv"};
        List<String> words = new ArrayList<>();
        for (int i = 0; i < CzechStemmer.CACHED_WORDS + 5_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = 3 + random.nextInt(6); n > 0; n--) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words.add(w.append(endings[random.nextInt(endings.length)]).toString());
        }
        words.add("a".repeat(200) + "ech");
        for (String word : words) {
            assertEquals(CzechStemmer.stemAnew(word), CzechStemmer.stem(word), word);
        }
        for (String word : words) {
            assertEquals(CzechStemmer.stemAnew(word), CzechStemmer.stem(word), word + " the second time");
        }
    }

    @Test
    void stemsOfATextAreTheStemsOfItsWords() {
        List<String> texts = List.of("Ministr Rakušan jednal v Londýně s irským ministrem o hranicích.",
                "„Spolupráce“ – ministerstvo’s 2024; dům, domu… Novákovou", "", "   ", "jedno",
                "Übermäßig ΑΘΗΝΑ café-bar 12x3");
        for (String text : texts) {
            String expected = SearchText.words(text).stream().map(CzechStemmer::stemAnew)
                    .collect(Collectors.joining(" "));
            assertEquals(expected, SearchText.stems(text), text);
        }
    }

    @Test
    void typographyIsUnifiedAndPlainTextLeftAsItIs() {
        assertEquals("'a' 'b' \"c\" - d e 'f'", SearchText.unifyTypography(
                "\u2019a\u00b4 \u2018b` \u201ec\u201c \u2013 d\u00a0e \u02bcf\u2032"));
        String plain = "Ministr Rakušan jednal v Londýně.";
        assertSame(plain, SearchText.unifyTypography(plain));
    }
}
