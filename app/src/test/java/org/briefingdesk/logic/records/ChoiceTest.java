package org.briefingdesk.logic.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions rank the name typed above names that merely contain it. */
class ChoiceTest {
    private final Choice algeria = new Choice("DZ", "Alžírsko (DZ)", "Algeria");
    private final Choice ireland = new Choice("IE", "Irsko (IE)", "Ireland");
    private final Choice northernIreland = new Choice("X1", "Severní Irsko", "Northern Ireland");
    private final Choice cooper = new Choice("p1", "Yvette Cooper", "Ivette Cooperová Cooperová");

    @Test
    void theNameTypedComesFirst() {
        List<Choice> ranked = List.of(algeria, northernIreland, ireland).stream()
                .filter(c -> c.matches("irsko")).sorted(Comparator.comparingInt(c -> c.rank("irsko"))).toList();
        assertEquals(List.of(ireland, northernIreland, algeria), ranked);
        assertEquals(0, ireland.rank("Irsko"));
        assertEquals(3, algeria.rank("irsko"), "inside a word only");
        assertEquals(1, cooper.rank("yvette co"));
        assertEquals(2, cooper.rank("cooperova"), "an alias word");
        assertTrue(cooper.matches("COOPEROVÁ"));
    }
}
