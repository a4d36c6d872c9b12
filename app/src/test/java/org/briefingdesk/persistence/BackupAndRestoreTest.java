package org.briefingdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.DamagedFileException;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.RestorePlan;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups are verified and rotated; restores refuse what would lose data; damage is caught on open. */
class BackupAndRestoreTest {
    @TempDir
    Path dir;

    /** A clock the test moves forward by hand. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2025-03-31T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();

    private RecordStore open(Path file, BackupPolicy policy) {
        return new SqliteRecordStore(Database.open(file, OpenMode.CREATE), new AuditContext("tester", clock), policy);
    }

    private Path db() {
        return dir.resolve("briefing.db");
    }

    @Test
    void backupIsVerifiedPrivateAndHoldsTheRecords() throws Exception {
        try (RecordStore store = open(db(), BackupPolicy.DEFAULT)) {
            store.people().save(TypicalRecords.person("Vít", "Rakušan"));
            BackupInfo backup = store.backups().create(Backups.Reason.MANUAL);
            assertEquals(1L, backup.counts().get(RecordKind.PERSON));
            assertTrue(backup.sizeBytes() > 0);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.file())));
            assertEquals("rwx------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.file().getParent())));
            assertTrue(BackupFiles.verify(backup.file(), backup.counts()));
            assertEquals(List.of(backup.file()), store.backups().list().stream().map(BackupInfo::file).toList());
            assertFalse(store.backups().hasChangesSinceBackup());
            store.people().save(TypicalRecords.person("Jim", "O'Callaghan"));
            assertTrue(store.backups().hasChangesSinceBackup());
        }
        // Closing after a change leaves a newer backup with the change in it.
        List<BackupInfo> after = new SqliteStoreFiles().backups(db());
        assertEquals(2, after.size());
        assertEquals(2L, after.get(0).counts().get(RecordKind.PERSON));
        assertEquals("CLOSE", after.get(0).reason());
    }

    @Test
    void rotationKeepsTheLastOnesAndOnePerDay() {
        BackupPolicy policy = new BackupPolicy(3, 2);
        try (RecordStore store = open(db(), policy)) {
            store.people().save(TypicalRecords.person("Vít", "Rakušan"));
            for (int i = 0; i < 8; i++) {
                clock.now = clock.now.plus(Duration.ofHours(9)); // spread over three days
                store.backups().create(Backups.Reason.PERIODIC);
            }
            List<BackupInfo> kept = store.backups().list();
            // The newest three, plus the newest of each earlier day still within two days.
            assertTrue(kept.size() >= 3 && kept.size() <= 5, kept.toString());
            assertEquals(clock.now, kept.get(0).createdAt());
            assertTrue(kept.stream().allMatch(b -> b.createdAt().isAfter(clock.now.minus(Duration.ofDays(3)))));
        }
    }

    @Test
    void backupIsDueWhenTheNewestIsOlderThanADay() {
        try (RecordStore store = open(db(), BackupPolicy.DEFAULT)) {
            assertFalse(store.backups().isDue(Duration.ofDays(1)), "an empty database needs no backup");
            store.people().save(TypicalRecords.person("Vít", "Rakušan"));
            assertTrue(store.backups().isDue(Duration.ofDays(1)));
            store.backups().create(Backups.Reason.MANUAL);
            assertFalse(store.backups().isDue(Duration.ofDays(1)));
            clock.now = clock.now.plus(Duration.ofHours(25));
            assertTrue(store.backups().isDue(Duration.ofDays(1)));
        }
    }

    @Test
    void restoreRefusesAnEmptyBackupWithoutForceAndBacksUpTheCurrentFileFirst() {
        Path emptyBackup;
        try (RecordStore store = open(db(), BackupPolicy.DEFAULT)) {
            store.topics().save(TypicalRecords.topic("migrace", null)); // something, so the backup is verifiable
            store.topics().delete(store.topics().findAll().get(0).id());
            emptyBackup = store.backups().create(Backups.Reason.MANUAL).file();
            Person p = store.people().save(TypicalRecords.person("Vít", "Rakušan"));
            store.people().save(TypicalRecords.person("Yvette", "Cooper"));
            assertTrue(store.people().findById(p.id()).isPresent());
        }
        SqliteStoreFiles files = new SqliteStoreFiles(new AuditContext("tester", clock));
        RestorePlan plan = files.plan(db(), emptyBackup);
        assertEquals(0, plan.backupTotal());
        assertEquals(2, plan.currentTotal());
        assertTrue(plan.needsConfirmation());
        StoreException refused = assertThrows(StoreException.class, () -> files.restore(plan, false));
        assertEquals("error.restore.smaller", refused.key());
        try (RecordStore store = open(db(), BackupPolicy.DEFAULT)) {
            assertEquals(2, store.people().count(), "a refused restore changes nothing");
        }

        clock.now = clock.now.plusSeconds(60);
        int backupsBefore = files.backups(db()).size();
        files.restore(files.plan(db(), emptyBackup), true);
        try (RecordStore store = open(db(), BackupPolicy.DEFAULT)) {
            assertEquals(0, store.people().count());
        }
        List<BackupInfo> backups = files.backups(db());
        assertTrue(backups.size() > backupsBefore);
        assertTrue(backups.stream()
                .anyMatch(b -> b.reason().equals("RESTORE") && b.counts().get(RecordKind.PERSON) == 2),
                "the data replaced by the restore is kept as a backup");
    }

    @Test
    void aDamagedFileIsKeptAndTheNewestBackupOffered() throws Exception {
        BackupInfo backup;
        try (RecordStore store = open(db(), BackupPolicy.DEFAULT)) {
            for (int i = 0; i < 200; i++) {
                store.people().save(TypicalRecords.person("Osoba", "Číslo " + i));
            }
            backup = store.backups().create(Backups.Reason.MANUAL);
        }
        Files.deleteIfExists(Path.of(db() + "-wal"));
        try (RandomAccessFile raw = new RandomAccessFile(db().toFile(), "rw")) {
            for (long offset = 4096; offset < raw.length(); offset += 1024) {
                raw.seek(offset);
                raw.write(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x13, 0x37, 0x00, 0x7f});
            }
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(db(), OpenMode.WRITE));
        DamagedFileException damaged = assertInstanceOf(DamagedFileException.class, e, e.key() + " " + e.getCause());
        assertTrue(Files.exists(damaged.damagedCopy().orElseThrow()));
        assertEquals(backup.file(), damaged.newestBackup().orElseThrow().file());

        SqliteStoreFiles files = new SqliteStoreFiles(new AuditContext("tester", clock));
        assertFalse(files.check(db()).ok());
        RestorePlan plan = files.plan(db(), backup.file());
        assertFalse(plan.currentReadable());
        files.restore(plan, false);
        assertTrue(files.check(db()).ok());
        try (RecordStore store = open(db(), BackupPolicy.DEFAULT)) {
            assertEquals(200, store.people().count());
        }
    }

    @Test
    void aSecondWriterIsRefusedOrGetsAReadOnlyStore() {
        try (RecordStore writer = open(db(), BackupPolicy.DEFAULT)) {
            writer.people().save(TypicalRecords.person("Vít", "Rakušan"));
            StoreException refused = assertThrows(StoreException.class, () -> Database.open(db(), OpenMode.WRITE));
            assertEquals("error.db.locked", refused.key());
            try (RecordStore reader = new SqliteStoreOpener().open(db(), OpenMode.READ)) {
                assertTrue(reader.readOnly());
                assertEquals(1, reader.people().count());
                StoreException e = assertThrows(StoreException.class,
                        () -> reader.people().save(TypicalRecords.person("Jim", "O'Callaghan")));
                assertEquals("error.db.readOnly", e.key());
            }
            assertEquals(1, writer.people().count());
        }
        try (RecordStore again = open(db(), BackupPolicy.DEFAULT)) {
            assertFalse(again.readOnly(), "the lock goes with the writer");
        }
    }

    @Test
    void aFailedWriteLeavesTheDatabaseAsItWasWithAClearMessage() {
        try (RecordStore store = open(db(), BackupPolicy.DEFAULT)) {
            Person p = store.people().save(TypicalRecords.person("Vít", "Rakušan"));
            ((SqliteRecordStore) store).database().read(c -> {
                try (var s = c.createStatement()) {
                    s.execute("PRAGMA query_only = ON"); // every write now fails as on a read-only file
                }
                return null;
            });
            Person renamed = RecordBuilder.from(p).with(Person::givenName, "Vítězslav").build();
            StoreException e = assertThrows(StoreException.class, () -> store.people().save(renamed));
            assertEquals("error.db.readOnly", e.key());
            assertEquals("Vít", store.people().findById(p.id()).orElseThrow().givenName());
            assertEquals(1, store.history().findByRecord(p.id()).size());
            ((SqliteRecordStore) store).database().read(c -> {
                try (var s = c.createStatement()) {
                    s.execute("PRAGMA query_only = OFF");
                }
                return null;
            });
        }
    }
}
