package org.briefingdesk.bench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.briefingdesk.app.AppContext;
import org.briefingdesk.app.LauncherOptions;
import org.briefingdesk.bench.CorpusSize;
import org.briefingdesk.bench.SyntheticCorpus;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.output.BriefingFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A topic pack of a tiny generated record base, each format in a process of its own with the JVM's defaults and
 * with the launcher's options side by side: every run writes its pages and reports its memory.
 */
class LargePackMeasurementTest {
    @TempDir
    Path folder;

    @Test
    void eachFormatIsWrittenWithTheDefaultsAndWithTheLaunchersOptions() throws Exception {
        Path db = folder.resolve("corpus.db");
        try (RecordStore store = AppContext.opener().open(db, OpenMode.CREATE)) {
            new SyntheticCorpus(CorpusSize.of(0.01)).writeInto(store, (kind, done, total) -> { });
        }
        List<String> launcher = LauncherOptions.javaOptions();

        List<LargePackMeasurement.Run> runs = new LargePackMeasurement(db, "azyl", launcher).measure(folder);

        assertEquals(BriefingFormat.values().length * 2, runs.size());
        for (LargePackMeasurement.Run run : runs) {
            assertTrue(run.ok(), run.toString());
            assertTrue(run.pages() > 0 && run.bytes() > 0 && run.peakHeapBytes() > 0, run.toString());
            if (System.getProperty("os.name").startsWith("Linux")) {
                assertTrue(run.peakResidentBytes() > run.peakHeapBytes() / 4, run.toString());
            }
        }
        assertEquals(List.of("default", String.join(" ", launcher)),
                runs.stream().map(LargePackMeasurement.Run::heap).distinct().toList());
    }
}
