package org.briefingdesk.persistence;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.testutil.PersonBuilder;

/**
 * A second process for the crash and two-writer tests. {@code loop FILE}: writes people, each
 * with aliases and roles in one transaction, and prints each id once its transaction has
 * committed. {@code hold FILE}: opens the file for writing, prints "ready" and waits for stdin to close.
 */
public final class ChildWriter {
    private ChildWriter() {
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
            for (int i = 0; ; i++) {
                UUID id = UUID.randomUUID();
                int n = i;
                store.inTransaction(() -> store.people().save(PersonBuilder.aPerson().id(id)
                        .named("Osoba", "Číslo " + n).notes("Poznámka ř ě ů".repeat(20))
                        .aliases("Alias " + n, "Přezdívka " + n).roles(new Role("ministr vnitra", null, null, null))
                        .sensitivity(Sensitivity.INTERNAL).build()));
                out.println(id);
            }
        }
    }
}
