package org.briefingdesk.logic.drafting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People in any case brought back to the nominative, by the patterns of the declension table. */
class NameDeclensionTest {
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "se setkal s irským ministrem vnitra | Jimem O´Callaghanem | Jim O'Callaghan",
        "přivítal rakouského ministra vnitra | Gerharda Kranzlera | Gerhard Kranzler",
        "poděkoval slovenskému ministrovi vnitra | Matúšovi Kováčovi | Matúš Kováč",
        "přijal ministra vnitra | Víta Rakušana | Vít Rakušan",
        "jednal s ministrem spravedlnosti | Tomášem Kolářem | Tomáš Kolář",
        "navštívil náměstka ministra | Tomáše Koláře | Tomáš Kolář",
        "se setkal s policejním prezidentem | Martinem Vondráčkem | Martin Vondráček",
        "jednal se starostou | Pavlem Hrubcem | Pavel Hrubec",
        "jednal s ministrem vnitra | Jiřím Svobodou | Jiří Svoboda",
        "jednal s ministrem vnitra | Tomášem Hradeckým | Tomáš Hradecký",
        "jednal s polským ministrem vnitra | Tomaszem Wiśniewským | Tomasz Wiśniewski",
        "jednal s italským ministrem vnitra | Matteem Bernardim | Matteo Bernardi",
        "se setkal s ministryní vnitra Spojeného království | Ivette Cooperovou | Ivette Cooperová",
        "přivítal norskou ministryni spravedlnosti | Lenu Bergovou | Lena Bergová",
        "podle ředitelky úřadu | Lucie Benešové | Lucie Benešová",
        "jednal s ředitelkou úřadu | Lucií Benešovou | Lucie Benešová",
        "jednal s náměstkyní | Markétou Černou | Markéta Černá",
        "jednal s německou ministryní vnitra | Nancy Weberovou | Nancy Weberová",
        "jednal s eurokomisařem | Magnusem Lindqvistem | Magnus Lindqvist",
        "jednal s maďarským ministrem vnitra | Sándorem Kovácsem | Sándor Kovács",
        "jednal s ukrajinským ministrem vnitra | Ihorem Melnykem | Ihor Melnyk",
        "přivítal komisařku | Ursulu von der Leyenovou | Ursula von der Leyenová"})
    void aNameInAnyCaseComesBackInTheNominative(String context, String written, String nominative) {
        String text = "Ministr vnitra Petr Novotný " + context + " " + written + ". Jednali o spolupráci v oblasti "
                + "migrace a ochrany hranic.";
        List<String> names = new Drafter().draft(ReleaseText.of(text, ""), Drafter.Context.EMPTY,
                        LocalDate.of(2025, 3, 31)).of(RecordKind.PERSON).stream()
                .map(d -> ((Person) d.record()).fullName()).toList();
        assertTrue(names.contains(nominative), () -> written + " drafted as " + names);
    }
}
