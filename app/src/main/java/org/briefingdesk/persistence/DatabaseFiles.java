package org.briefingdesk.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.briefingdesk.logic.files.PrivateFiles;
import org.briefingdesk.logic.store.FileIdentity;
import org.briefingdesk.logic.store.FileIdentity.Kind;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * A database file and the files around it, looked at without changing them: what the file is (one
 * place that opening, checking and restoring ask), read-only connections that also work in a
 * read-only folder, and keeping a damaged file aside.
 */
final class DatabaseFiles {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    private DatabaseFiles() {
    }

    /**
     * What the file is. Decided from its first 100 bytes where they tell all; only when committed data
     * waits in its {@code -wal} is it asked through a read-only SQLite connection. Either way nothing in
     * the file changes: a file that is then refused is left exactly as it was.
     */
    static FileIdentity identify(Path file) {
        Path path = file.toAbsolutePath();
        if (!Files.exists(path)) {
            return FileIdentity.of(Files.isSymbolicLink(path) ? Kind.NOT_A_FILE : Kind.MISSING);
        }
        if (!Files.isRegularFile(path)) {
            return FileIdentity.of(Kind.NOT_A_FILE);
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(path)) {
            header = in.readNBytes(HEADER);
        } catch (AccessDeniedException e) {
            return FileIdentity.of(Kind.UNREADABLE);
        } catch (IOException e) {
            return FileIdentity.of(Files.isReadable(path) ? Kind.DAMAGED : Kind.UNREADABLE);
        }
        if (walHasData(path)) {
            return identifyThroughSqlite(path);
        }
        if (header.length == 0) {
            return FileIdentity.of(Kind.EMPTY);
        }
        if (header.length < HEADER || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            return FileIdentity.of(Kind.NOT_SQLITE);
        }
        ByteBuffer h = ByteBuffer.wrap(header); // big-endian, as SQLite writes its header
        int pageSize = h.getShort(16) & 0xffff;
        pageSize = pageSize == 1 ? 65_536 : pageSize;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            return FileIdentity.of(Kind.DAMAGED);
        }
        long pages = h.getInt(24) == h.getInt(92) ? h.getInt(28) & 0xffffffffL : size(path) / pageSize;
        return identity(h.getInt(68), h.getInt(60), pages <= 1);
    }

    /**
     * True when the file is shorter than the pages its header counts (a copy cut short, a disk that lost its end).
     * A file whose {@code -wal} holds data is not judged: its header may not count the pages that are there yet.
     */
    static boolean truncated(Path file) {
        if (walHasData(file)) {
            return false;
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER);
        } catch (IOException e) {
            return false; // what cannot be read is for SQLite to say
        }
        if (header.length < HEADER) {
            return false;
        }
        ByteBuffer h = ByteBuffer.wrap(header);
        int pageSize = h.getShort(16) & 0xffff;
        pageSize = pageSize == 1 ? 65_536 : pageSize;
        long pages = h.getInt(28) & 0xffffffffL;
        return h.getInt(24) == h.getInt(92) && size(file) < pages * pageSize;
    }

    private static FileIdentity identity(int applicationId, int version, boolean noTables) {
        if (applicationId == Migrator.APPLICATION_ID) {
            return new FileIdentity(version > Migrator.latestVersion() ? Kind.NEWER : Kind.OURS, version);
        }
        return FileIdentity.of(applicationId == 0 && noTables ? Kind.EMPTY_SQLITE : Kind.FOREIGN);
    }

    private static FileIdentity identifyThroughSqlite(Path path) {
        try (Connection c = openReadOnly(path)) {
            int applicationId = Jdbc.queryOne(c, "PRAGMA application_id", rs -> rs.getInt(1)).orElse(0);
            int version = Jdbc.queryOne(c, "PRAGMA user_version", rs -> rs.getInt(1)).orElse(0);
            long tables = Jdbc.count(c, "SELECT count(*) FROM sqlite_master");
            return identity(applicationId, version, tables == 0);
        } catch (SQLException e) {
            int code = resultCode(e);
            return FileIdentity.of(code == 26 || code == 11 ? Kind.DAMAGED : Kind.UNREADABLE);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    /** True when the file's {@code -wal} holds frames: committed data that may not be in the file yet. */
    static boolean walHasData(Path database) {
        return size(companion(database, "-wal")) > 0;
    }

    static Path companion(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    /**
     * A read-only connection that reads what SQLite reads: the file with the committed data of its
     * {@code -wal}. In a folder where SQLite cannot make its shared-memory file (read-only media, a
     * full disk), a file with no WAL data waiting is opened as immutable instead, which needs no file
     * beside it. A first read runs here, so that such a folder fails here and not later.
     */
    static Connection openReadOnly(Path file) throws SQLException {
        return openReadOnly(file, SQLiteConfig::new);
    }

    /** {@link #openReadOnly(Path)} with the settings {@code base} makes (cache, timeouts). */
    static Connection openReadOnly(Path file, Supplier<SQLiteConfig> base) throws SQLException {
        Path path = file.toAbsolutePath();
        SQLiteConfig config = base.get();
        config.setReadOnly(true);
        try {
            return probed(config.createConnection("jdbc:sqlite:" + path));
        } catch (SQLException e) {
            int code = resultCode(e);
            // READONLY, CANTOPEN, IOERR, FULL: the folder, not the file
            boolean folderProblem = code == 8 || code == 14 || code == 10 || code == 13;
            if (!folderProblem || walHasData(path)) {
                throw e;
            }
            SQLiteConfig immutable = base.get();
            immutable.setReadOnly(true);
            immutable.setOpenMode(SQLiteOpenMode.OPEN_URI);
            try {
                return probed(immutable.createConnection("jdbc:sqlite:" + immutableUri(path)));
            } catch (SQLException again) {
                again.addSuppressed(e);
                throw again;
            }
        }
    }

    /**
     * A first read, so that a folder SQLite cannot use fails here and not later; and the Czech sort keys, which
     * the checks of a file's sort-key indexes need.
     */
    private static Connection probed(Connection c) throws SQLException {
        try {
            Jdbc.count(c, "SELECT count(*) FROM sqlite_master");
            SortKeys.register(c);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** {@code file:/path?immutable=1} with the path percent-encoded, whatever characters it has. */
    private static String immutableUri(Path path) {
        StringBuilder uri = new StringBuilder("file:");
        for (byte b : path.toString().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/' || c == '-' || c == '_' || c == '.' || c == '~' || Character.isLetterOrDigit(c) && c < 128) {
                uri.append((char) c);
            } else {
                uri.append('%').append(String.format("%02X", c));
            }
        }
        return uri.append("?immutable=1").toString();
    }

    /**
     * The lines of {@code quick_check} or {@code integrity_check} that mean damage. A value that breaks
     * a CHECK or NOT NULL rule of the schema (another tool wrote it past the rules) is an invalid value,
     * which {@code check} names; the file itself is sound.
     */
    static List<String> damage(List<String> checkResult) {
        return checkResult.stream().filter(line -> !line.equals("ok") && !isInvalidValue(line)).toList();
    }

    /** {@code quick_check} finds no damage (values that break the schema's rules are not damage). */
    static boolean passesQuickCheck(Connection c) throws SQLException {
        return damage(Jdbc.query(c, "PRAGMA quick_check", rs -> rs.getString(1))).isEmpty();
    }

    static boolean isInvalidValue(String checkLine) {
        return checkLine.startsWith("CHECK constraint failed") || checkLine.startsWith("NULL value in")
                || checkLine.startsWith("non-") && checkLine.contains(" value in "); // "non-numeric value in t.c"
    }

    /** The SQLite result code of a failure (the primary one), or -1. */
    static int resultCode(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        return code == null ? -1 : code.code & 0xff;
    }

    /**
     * Moves a damaged (or foreign, or empty) file out of the database's place, with its {@code -wal},
     * under the name {@code NAME.damaged-yyyyMMdd-HHmmss}; nothing in it is lost. Returns the new name.
     */
    static Path moveAside(Path database, Clock clock) throws IOException {
        Path kept = damagedName(database, clock);
        Path wal = companion(database, "-wal");
        if (Files.exists(wal, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(wal, companion(kept, "-wal"));
        }
        Files.deleteIfExists(companion(database, "-shm"));
        Files.move(database, kept);
        PrivateFiles.restrict(kept);
        return kept;
    }

    /** Copies a damaged file aside (it stays in place too), with its {@code -wal}; returns the copy. */
    static Path copyAside(Path database, Clock clock) throws IOException {
        Path kept = damagedName(database, clock);
        PrivateFiles.createNew(kept);
        Files.copy(database, kept, StandardCopyOption.REPLACE_EXISTING);
        PrivateFiles.restrict(kept);
        Path wal = companion(database, "-wal");
        if (Files.exists(wal)) {
            Path keptWal = companion(kept, "-wal");
            PrivateFiles.createNew(keptWal);
            Files.copy(wal, keptWal, StandardCopyOption.REPLACE_EXISTING);
        }
        return kept;
    }

    private static Path damagedName(Path database, Clock clock) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(LocalDateTime.ofInstant(clock.instant(), clock.getZone()));
        Path candidate = database.resolveSibling(database.getFileName() + ".damaged-" + stamp);
        for (int i = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); i++) {
            candidate = database.resolveSibling(database.getFileName() + ".damaged-" + stamp + "-" + i);
        }
        return candidate;
    }

    /**
     * Removes what killed runs left beside a database: restores' incoming copies and replaced files,
     * and backups' unfinished {@code .part} files. Called by a writer, under the writer lock: no other
     * run on this file can be making them now, so they go whatever their age.
     */
    static void sweepTemporaryFiles(Path database) {
        String name = Pattern.quote(database.getFileName().toString());
        Pattern ours = Pattern.compile("\\." + name + "\\.\\d+\\.(restoring|replaced)(-wal|-shm|-journal)?");
        PrivateFiles.deleteStale(database.getParent(), n -> ours.matcher(n).matches(), Instant.MAX);
        Pattern part = Pattern.compile(Pattern.quote(BackupFiles.stem(database))
                + "-.+\\.db\\.part(-journal|-wal|-shm)?");
        PrivateFiles.deleteStale(BackupFiles.folderOf(database), n -> part.matcher(n).matches(), Instant.MAX);
        PrivateFiles.deleteQuietly(companion(database, ".restoring")); // the fixed name of earlier builds
    }
}
