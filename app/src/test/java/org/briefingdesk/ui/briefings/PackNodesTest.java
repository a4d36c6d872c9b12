package org.briefingdesk.ui.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.briefingdesk.logic.briefing.BriefingPack;
import org.briefingdesk.logic.briefing.PackBlock;
import org.briefingdesk.logic.briefing.PackSection;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.testutil.Locks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A topic of years makes a pack of thousands of pages: the preview builds only its beginning, and
 * knows how long the whole is, so that it can say what it leaves out.
 */
@ResourceLock(Locks.FX_TOOLKIT)
@ExtendWith(ApplicationExtension.class)
class PackNodesTest {
    private static BriefingPack pack(int statements) {
        List<PackBlock> blocks = new ArrayList<>();
        for (int i = 1; i <= statements; i++) {
            blocks.add(new PackBlock.Paragraph("Výrok " + i, "Text výroku číslo " + i + "."));
        }
        return new BriefingPack(Locale.forLanguageTag("cs"), "Podklad", "azyl", List.of(), Sensitivity.PUBLIC,
                "VEŘEJNÉ", "Strana {0} z {1}", LocalDate.of(2026, 11, 28), "autor", 0,
                List.of(new PackSection("Profil", List.of(new PackBlock.Paragraph("", "Téma."))),
                        new PackSection("Výroky", blocks)));
    }

    @Test
    void theBeginningIsBuiltAndTheWholeIsCounted(FxRobot robot) {
        BriefingPack big = pack(5_000);
        AtomicReference<List<Node>> first = new AtomicReference<>();
        AtomicReference<List<Node>> all = new AtomicReference<>();
        robot.interact(() -> {
            first.set(PackNodes.flow(big, BriefingsView.PREVIEW_PARTS));
            all.set(PackNodes.flow(pack(3)));
        });
        assertEquals(BriefingsView.PREVIEW_PARTS, first.get().size());
        assertEquals(3 + 2 + 1 + 5_000, PackNodes.size(big));
        assertEquals("Výroky", ((Label) first.get().get(5)).getText(), "the second section's heading in its place");
        assertEquals(PackNodes.size(pack(3)), all.get().size(), "a short pack is shown whole");
    }
}
