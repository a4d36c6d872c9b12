package org.briefingdesk.bench.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.briefingdesk.bench.SearchBaselines;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.persistence.FtsQuery;
import org.briefingdesk.persistence.SortKeys;
import org.sqlite.SQLiteConfig;

/**
 * The benchmark's baselines in SQLite: FTS5 MATCH alone, LIKE over the record tables, VACUUM INTO copies.
 * Reads the file through a read-only connection of its own, with the same page cache as the application's
 * connection (32 MiB), so that both are measured warm alike; WAL lets it read beside the store's writer.
 */
public final class SqliteSearchBaselines implements SearchBaselines, AutoCloseable {
    private static final int PAGE_CACHE_KIB = 32 * 1024;

    private final Path file;
    private final Connection connection;

    public SqliteSearchBaselines(Path file) {
        this.file = file;
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setCacheSize(-PAGE_CACHE_KIB);
        try {
            this.connection = config.createConnection("jdbc:sqlite:" + file);
            SortKeys.register(connection); // VACUUM INTO copies the sort-key indexes
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    @Override
    public int rawFts(SearchQuery query, int limit) {
        String match = FtsQuery.positive(query);
        if (match == null) {
            return 0;
        }
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?")) {
            s.setString(1, match);
            s.setInt(2, limit);
            return (int) count(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long likeScan(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        long matches = 0;
        for (String[] table : LIKE_TEXTS) {
            String where = SearchBaselines.containsAll(table[1], words.size(), "LIKE");
            try (PreparedStatement s = connection.prepareStatement("SELECT id FROM " + table[0] + " WHERE " + where)) {
                for (int i = 0; i < words.size(); i++) {
                    s.setString(i + 1, SearchBaselines.anywhere(words.get(i)));
                }
                matches += count(s);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return matches;
    }

    private static long count(PreparedStatement s) throws SQLException {
        long rows = 0;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    @Override
    public IndexSize indexSize() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("briefing-desk-size");
            Path withIndex = folder.resolve("with-index.db");
            Path withoutIndex = folder.resolve("without-index.db");
            try (PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
                s.setString(1, withIndex.toString());
                s.execute();
            }
            Files.copy(withIndex, withoutIndex);
            try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + withoutIndex);
                 Statement s = c.createStatement()) {
                SortKeys.register(c); // VACUUM rebuilds the sort-key indexes
                s.execute("DROP TABLE search_fts");
                s.execute("DROP TABLE search_meta");
                s.execute("VACUUM");
            }
            return new IndexSize(Files.size(withIndex), Files.size(withoutIndex));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot measure " + file, e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind is no reason to fail the measurement
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was written through it
        }
    }
}
