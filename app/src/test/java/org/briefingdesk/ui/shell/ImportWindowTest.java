package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import org.briefingdesk.logic.exchange.BundleFiles;
import org.briefingdesk.logic.records.RecordCopies;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.Topic;
import org.briefingdesk.testutil.FxSettle;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.ui.exchange.ExchangeFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Soubor › Importovat… in the real window: a colleague's bundle whose topic was changed on both desks is previewed,
 * the conflict resolved by taking their description, imported, and undone with Ctrl+Z as one step.
 */
class ImportWindowTest extends WindowFixture {
    private static final Audit LATER_HERE = new Audit(TestStores.NOW, TestStores.USER,
            TestStores.NOW.plusSeconds(3600), TestStores.USER);
    private static final Audit THEIRS = new Audit(TestStores.NOW, TestStores.USER,
            TestStores.NOW.plusSeconds(7200), "kolegyne");

    private static Path bundle;
    private static UUID topicId;

    /** The colleague's bundle: the sample, with a topic's description changed on their desk. */
    @BeforeAll
    static void theirBundle(@TempDir Path theirFolder) throws Exception {
        try (RecordStore theirs = TestStores.createSample(theirFolder)) {
            Topic topic = theirs.topics().findAll().stream().filter(t -> t.parentId() == null)
                    .min(Comparator.comparing(t -> t.id().toString())).orElseThrow();
            topicId = topic.id();
            theirs.batches().write(List.of(RecordCopies.withAudit(described(topic, "Popis od kolegyně."), THEIRS)),
                    BatchWriter.AuditMode.KEEP);
            bundle = theirFolder.resolve("kolegyne.bdesk");
            BundleFiles.export(theirs, bundle);
        }
    }

    /** The sample as both desks last exchanged it, then our own change of the same topic. */
    @Override
    void fill(RecordStore opened) {
        Topic topic = opened.topics().findById(topicId).orElseThrow();
        opened.exchangeMemory().rememberVersions(Map.of(topicId, topic.audit().updatedAt()));
        opened.batches().write(List.of(RecordCopies.withAudit(described(topic, "Náš popis."), LATER_HERE)),
                BatchWriter.AuditMode.KEEP);
    }

    private static Topic described(Topic t, String description) {
        return new Topic(t.id(), t.name(), t.nameEn(), t.parentId(), description, t.info());
    }

    /** The window's services, whose open dialog chooses the colleague's bundle. */
    @Override
    WindowServices services(RecordStore windowStore) {
        return new FakeWindowServices(windowStore, czech).with(new ExchangeFiles() {
            @Override
            public Optional<Path> open(String title) {
                return Optional.of(bundle);
            }

            @Override
            public Optional<Path> save(String title, String suggestedName, String extension) {
                return Optional.empty();
            }
        });
    }

    private String description() {
        return store.topics().findById(topicId).orElseThrow().description();
    }

    @Test
    void aBundleIsReviewedOneConflictTakenFromTheFileAndTheImportUndoneAsOneStep() {
        assertEquals("Náš popis.", description());
        robot.clickOn("Soubor").clickOn("Importovat…");
        waitUntil(() -> robot.lookup("#importButton").tryQuery().map(b -> !b.isDisabled()).orElse(false));
        String theirs = "#conflict-0-theirs-description";
        robot.clickOn(theirs);
        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().map(d -> d.getScene() == null
                || !d.getScene().getWindow().isShowing()).orElse(true));
        waitUntil(() -> "Popis od kolegyně.".equals(description()));

        MainWindowHandle.onFx(() -> {
            robot.lookup("#navigation").query().requestFocus();
            return null;
        });
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        FxSettle.settle();
        waitUntil(() -> "Náš popis.".equals(description()));
        assertEquals(List.of(), guard.callsOnFxThread());
    }
}
