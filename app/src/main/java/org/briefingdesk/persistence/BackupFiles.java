package org.briefingdesk.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.RecordKind;

/**
 * The backup files of one database: {@code backups/NAME-yyyyMMdd-HHmmss-SSS-reason.db} beside it,
 * readable by the owner only. Reading and verifying them needs no open store.
 */
final class BackupFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path database;
    private final Path folder;
    private final Pattern namePattern;

    BackupFiles(Path database) {
        this.database = database.toAbsolutePath();
        this.folder = folderOf(this.database);
        this.namePattern = Pattern.compile(Pattern.quote(stem(this.database))
                + "-(\\d{8}-\\d{6}-\\d{3})-([a-z]+)\\.db");
    }

    Path folder() {
        return folder;
    }

    /** The backup folder of a database: {@code backups/} beside it. */
    static Path folderOf(Path database) {
        return database.toAbsolutePath().resolveSibling("backups");
    }

    /** The start of its backups' names: the database's file name without {@code .db}. */
    static String stem(Path database) {
        String name = database.getFileName().toString();
        return name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }

    /** A new backup file name for {@code reason} at {@code time}. */
    Path newFile(Instant time, Backups.Reason reason) {
        return folder.resolve(stem(database) + "-" + STAMP.format(time) + "-"
                + reason.name().toLowerCase(Locale.ROOT) + ".db");
    }

    /** Every readable backup, newest first; a file that fails to open is left out (and left alone). */
    List<BackupInfo> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupInfo> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher m = namePattern.matcher(file.getFileName().toString());
                if (m.matches()) {
                    read(file, m).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "error.backup.failed", folder);
        }
        out.sort(Comparator.comparing(BackupInfo::createdAt).reversed());
        return out;
    }

    private Optional<BackupInfo> read(Path file, Matcher name) {
        try {
            Instant created = LocalDateTime.parse(name.group(1), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"))
                    .toInstant(ZoneOffset.UTC);
            Backups.Reason reason = Backups.Reason.valueOf(name.group(2).toUpperCase(Locale.ROOT));
            return Optional.of(new BackupInfo(file, created, reason.name(), Files.size(file), counts(file)));
        } catch (IOException | RuntimeException | SQLException e) {
            return Optional.empty();
        }
    }

    /** Record counts of a backup (or any database file), read without changing it. */
    static Map<RecordKind, Long> counts(Path file) throws SQLException {
        try (Connection c = openReadOnly(file)) {
            return RecordTables.counts(c);
        }
    }

    static Connection openReadOnly(Path file) throws SQLException {
        return DatabaseFiles.openReadOnly(file);
    }

    /**
     * The newest backup that passes the full verification (it opens, passes {@code quick_check}, is
     * ours and holds what its counts say): the one to offer when the database is damaged.
     */
    Optional<BackupInfo> newestVerified() {
        return list().stream().filter(b -> verify(b.file(), b.counts())).findFirst();
    }

    /**
     * Checks a backup as it must be before anything older is removed: it opens, passes
     * {@code quick_check}, is ours, and holds {@code expected} records of each kind.
     */
    static boolean verify(Path file, Map<RecordKind, Long> expected) {
        try (Connection c = openReadOnly(file); Statement s = c.createStatement()) {
            if (!DatabaseFiles.passesQuickCheck(c)) {
                return false;
            }
            try (var rs = s.executeQuery("PRAGMA application_id")) {
                if (!rs.next() || rs.getInt(1) != Migrator.APPLICATION_ID) {
                    return false;
                }
            }
            return RecordTables.counts(c).equals(expected);
        } catch (SQLException e) {
            return false;
        }
    }
}
