package org.briefingdesk.persistence;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.testutil.RecordBuilder;

/**
 * A second process for the crash and two-writer tests. {@code loop FILE}: writes people, each
 * with aliases and roles in one transaction, and prints each id once its transaction has
 * committed. {@code batches FILE}: the same through the batch writer, many a transaction.
 * {@code hold FILE}: opens the file for writing, prints "ready" and waits for stdin to close.
 */
public final class ChildWriter {
    /** A short-lived writer needs no optimising compiler, parallel collector or performance counters. */
    private static final List<String> CHILD_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData");

    private ChildWriter() {
    }

    /** Starts a child JVM writing {@code file} in {@code mode} ("loop" or "hold"); its errors are discarded. */
    public static Process start(String mode, Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(CHILD_JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildWriter.class.getName(), mode,
                file.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        try (RecordStore store = new SqliteStoreOpener().open(file, OpenMode.CREATE)) {
            if (args[0].equals("hold")) {
                out.println("ready");
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return;
            }
            if (args[0].equals("batches")) {
                writeBatches(store, out);
                return;
            }
            for (int i = 0; ; i++) {
                UUID id = UUID.randomUUID();
                int n = i;
                store.inTransaction(() -> store.people().save(RecordBuilder.aPerson().with(Person::id, id)
                        .with(Person::givenName, "Osoba").with(Person::familyName, "Číslo " + n)
                        .with(Person::notes, "Poznámka ř ě ů".repeat(20))
                        .withAll(Person::aliases, "Alias " + n, "Přezdívka " + n)
                        .withAll(Person::roles, new Role("ministr vnitra", null, null, null))
                        .sensitivity(Sensitivity.INTERNAL).build()));
                out.println(id);
                if (out.checkError()) {
                    return; // no one reads any more: the test that started it is gone
                }
            }
        }
    }

    /** Writes people through the batch path, 400 a transaction, and prints each batch's ids once it committed. */
    private static void writeBatches(RecordStore store, PrintStream out) {
        for (int n = 0; ; n++) {
            List<Person> batch = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                batch.add(RecordBuilder.aPerson().with(Person::familyName, "Dávka " + n + " číslo " + i)
                        .with(Person::notes, "Jednání o ochraně hranic a společné azylové politice. ".repeat(10))
                        .withAll(Person::aliases, "Přezdívka " + n + "/" + i).build());
            }
            store.batches().write(batch, BatchWriter.AuditMode.STAMP);
            batch.forEach(p -> out.println(p.id()));
            if (out.checkError()) {
                return; // no one reads any more: the test that started it is gone
            }
        }
    }
}
