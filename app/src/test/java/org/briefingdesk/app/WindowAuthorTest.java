package org.briefingdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.Person;
import org.briefingdesk.persistence.BackupPolicy;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's store writes as Nastavení names the user, at each change, and passes the name on to the next file. */
class WindowAuthorTest {
    @TempDir
    Path folder;

    @Test
    void changesCarryTheConfiguredNameAndANewNameFromTheNextChangeOn() {
        AtomicReference<String> name = new AtomicReference<>("Jana Nováková");
        Localization czech = Localization.forLanguage("cs");
        AppContext context = AppContext.openForWindow(folder.resolve("a.db"), OpenMode.CREATE, czech,
                new WindowUser(name::get, () -> BackupPolicy.DEFAULT));
        Person person = TypicalRecords.person("Eva", "Autorská");
        context.store().people().save(person);
        name.set("Jana Nováková-Svobodová");
        context.store().people().save(TypicalRecords.person("Petr", "Druhý"));
        List<String> authors = context.store().history().findRecent(10).stream().map(ChangeEntry::changedBy).toList();
        assertEquals(List.of("Jana Nováková-Svobodová", "Jana Nováková"), authors.subList(0, 2));

        // Opening the next file closes this one.
        AtomicReference<AppContext> opened = new AtomicReference<>();
        DesktopServices services = DesktopServices.of(context, opened::set);
        var other = services.open(folder.resolve("b.db"), OpenMode.CREATE);
        try {
            other.store().people().save(TypicalRecords.person("Olga", "Další"));
            assertEquals("Jana Nováková-Svobodová", other.store().history().findRecent(1).get(0).changedBy(),
                    "the next file writes as the same name");
        } finally {
            opened.get().close();
        }
    }

    @Test
    void withoutAConfiguredNameTheLoginIsTheAuthor() {
        try (AppContext context = AppContext.openForWindow(folder.resolve("c.db"), OpenMode.CREATE,
                Localization.forLanguage("cs"), new WindowUser(() -> "  ", () -> BackupPolicy.DEFAULT))) {
            context.store().people().save(TypicalRecords.person("Eva", "Bezejmenná"));
            assertEquals(System.getProperty("user.name"), context.store().history().findRecent(1).get(0).changedBy());
        }
    }

    @Test
    void theBackupsKeptAreTheUsersChoiceUnlessTheEnvironmentSaysOtherwise() throws Exception {
        assertEquals(new BackupPolicy(3, 0), BackupPolicy.from(Map.of(), new BackupPolicy(3, 0)));
        assertEquals(new BackupPolicy(5, 0), BackupPolicy.from(Map.of(BackupPolicy.KEEP_LAST, "5"),
                new BackupPolicy(3, 0)), "an administrator's variable wins");

        try (AppContext context = AppContext.openForWindow(folder.resolve("d.db"), OpenMode.CREATE,
                Localization.forLanguage("cs"), new WindowUser(() -> "Jana", () -> new BackupPolicy(2, 0)))) {
            context.store().people().save(TypicalRecords.person("Eva", "Zálohovaná"));
            for (int i = 0; i < 4; i++) {
                context.store().backups().create(Backups.Reason.MANUAL);
                Thread.sleep(5); // one file name per millisecond
            }
            assertEquals(2, context.store().backups().list().size(), "the newest two of four");
        }
    }
}
