package org.briefingdesk.logic.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.Test;

/** Drafted people matched to the records through their aliases and the duplicate guard's rule. */
class ExistingPeopleTest {
    private static final String RELEASE = """
            Ministr vnitra jednal v Londýně s britskou ministryní
            Londýn, 31. března 2025

            Ministr vnitra Vít Rakušan se 31. března 2025 setkal v Londýně s ministryní vnitra Spojeného
            království Ivette Cooperovou. „Spolupráce v boji proti převaděčům je pro obě země zásadní,“
            řekla Cooperová.
            """;

    @Test
    void ivetteCooperovouIsTheExistingYvetteCooper() {
        Person cooper = TypicalRecords.cooper(UUID.randomUUID());
        DraftSet drafts = new Drafter().draft(ReleaseText.of(RELEASE, ""),
                new Drafter.Context(List.of(cooper), List.of(), List.of()), LocalDate.of(2025, 4, 1));
        Draft draft = drafts.of(RecordKind.PERSON).stream().filter(d -> d.id().equals(cooper.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no draft matches Yvette Cooper: "
                        + drafts.of(RecordKind.PERSON)));
        assertSame(cooper, draft.existing());
        assertEquals("Yvette Cooper", ((Person) draft.record()).fullName(), "the existing record, not a new name");
        Statement quote = (Statement) drafts.of(RecordKind.STATEMENT).get(0).record();
        assertEquals(cooper.id(), quote.speakerId(), "her quotation is hers");
        Draft rakusan = drafts.of(RecordKind.PERSON).stream().filter(d -> d.id() != cooper.id()).findFirst()
                .orElseThrow();
        assertNull(rakusan.existing(), "Vít Rakušan is not in the records: a new person");
    }
}
