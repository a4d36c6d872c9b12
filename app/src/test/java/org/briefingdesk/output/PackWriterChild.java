package org.briefingdesk.output;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.files.UnfinishedWrites;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.TestStores;

/**
 * A second process for {@link PackUnderTermTest}: with the shutdown hook the application's entry point
 * installs, writes a pack on a daemon thread (as the window's background pool does), slowed down while
 * its part file exists, and prints "writing" once it does. {@code DB OUT}.
 */
public final class PackWriterChild {
    private PackWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path out = Path.of(args[1]);
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        UnfinishedWrites.cancelOnShutdown();
        RecordStore store = TestStores.opener().open(db, OpenMode.WRITE);
        BriefingMonitor slowDisk = new BriefingMonitor() {
            @Override
            public void progress(double fraction, String step) {
                if (partFile(out)) {
                    sleep(300);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        Thread writer = new Thread(() -> new BriefingExporter(store).export(BriefingTarget.person(SampleIds.COOPER),
                SamplePacks.czech(), BriefingFormat.PDF, out, slowDisk), "briefing-desk-background-1");
        writer.setDaemon(true);
        writer.start();
        while (!partFile(out) && writer.isAlive()) {
            sleep(5);
        }
        console.println(writer.isAlive() ? "writing" : "finished too soon");
        writer.join();
        console.println("finished");
    }

    static boolean partFile(Path out) {
        try (Stream<Path> files = Files.list(out.toAbsolutePath().getParent())) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
