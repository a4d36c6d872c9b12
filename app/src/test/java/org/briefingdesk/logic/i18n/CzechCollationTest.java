package org.briefingdesk.logic.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast comparator orders exactly as the JDK's Czech collator, which the tables promise. */
class CzechCollationTest {
    private static Collator jdk() {
        Collator collator = Collator.getInstance(CzechCollation.CZECH);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    @Test
    void sortsCzechNamesAndWordsAsTheCollator() {
        List<String> words = new ArrayList<>(List.of("Chorvatsko", "Hrad", "Irsko", "cizinec", "čas", "Čapek", "Cooper",
                "Dvořák", "Dvorak", "ďábel", "dabel", "Šťastný", "Stastny", "Řecko", "Rakousko", "Žilina", "Zlín",
                "ministr", "Ministr", "MINISTR", "ministři", "Ministerstvo vnitra", "Ministerstvo-vnitra",
                "O'Callaghan", "O’Callaghan", "Nová Ves", "Novák", "Nováková", "Novakova", "1. summit", "10 bodů",
                "2. jednání", "Über", "Straße", "Strasse", "Łódź", "Lodz", "Øresund", "Oresund", "ěšč", "eše",
                "chyba", "CHYBA", "Chyba", "hyba", "ch", "c", "h", "i", "", " ", "a b", "ab", "a-b", "a.b", "Ångström",
                "úřad", "ůl", "uk", "Ústí nad Labem", "Ostrava", "ŕ", "ř", "r", "s", "š", "Bělehrad", "Bratislava"));
        Collections.shuffle(words, new Random(1));
        List<String> expected = new ArrayList<>(words);
        expected.sort(jdk());
        List<String> actual = new ArrayList<>(words);
        actual.sort(CzechCollation.comparator());
        assertEquals(expected, actual);
    }

    @Test
    void agreesWithTheCollatorOnRandomCzechText() {
        String alphabet = "aábcčdďeéěfghchiíjklmnňoópqrřsštťuúůvwxyýzž "
                + "AÁBCČDĎEÉĚHCHIÍNŇOÓRŘSŠTŤUÚŮYÝZŽ.,-'’0123456789ßøłæ\u0301";
        Random random = new Random(7);
        Collator jdk = jdk();
        var fast = CzechCollation.comparator();
        for (int n = 0; n < 20_000; n++) {
            String a = randomText(random, alphabet);
            String b = random.nextInt(4) == 0 ? a + randomText(random, alphabet) : randomText(random, alphabet);
            assertEquals(Integer.signum(jdk.compare(a, b)), Integer.signum(fast.compare(a, b)), a + " | " + b);
        }
    }

    @Test
    void primaryKeysOrderAsTheCollatorWhereTheyDiffer() {
        String alphabet = "aábcčdďeéěfghchiíjklmnňoópqrřsštťuúůvwxyýzž "
                + "AÁBCČDĎEÉĚHCHIÍNŇOÓRŘSŠTŤUÚŮYÝZŽ.,-'’0123456789ßøłæ\u0301Жя";
        Random random = new Random(11);
        Collator jdk = jdk();
        Collator primary = jdk();
        primary.setStrength(Collator.PRIMARY);
        for (int n = 0; n < 20_000; n++) {
            String a = "x" + randomText(random, alphabet); // empty text sorts last: see below
            String b = random.nextInt(4) == 0 ? a + randomText(random, alphabet) : "x" + randomText(random, alphabet);
            int keys = Arrays.compareUnsigned(CzechCollation.primaryKey(a, 1000), CzechCollation.primaryKey(b, 1000));
            if (keys != 0) {
                assertEquals(Integer.signum(jdk.compare(a, b)), Integer.signum(keys), a + " | " + b);
            } else {
                assertEquals(0, primary.compare(a, b), "equal keys, equal letters: " + a + " | " + b);
            }
        }
        byte[] empty = CzechCollation.primaryKey("", 64);
        assertTrue(Arrays.compareUnsigned(empty, CzechCollation.primaryKey("Žilina", 64)) > 0, "empty text sorts last");
        assertEquals(64, CzechCollation.primaryKey("x".repeat(100), 64).length);
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
