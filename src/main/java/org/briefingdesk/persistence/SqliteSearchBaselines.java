package org.briefingdesk.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.store.SearchBaselines;
import org.sqlite.SQLiteConfig;

/** The benchmark's baselines in SQLite: FTS5 MATCH alone, LIKE over the record tables, VACUUM INTO copies. */
final class SqliteSearchBaselines implements SearchBaselines {
    /** Each record table with the text a LIKE search would look in. */
    private static final List<String[]> TEXTS = List.of(
            new String[] {"event", "title || ' ' || summary || ' ' || city"},
            new String[] {"report", "title || ' ' || body || ' ' || outcomes"},
            new String[] {"person", "given_name || ' ' || family_name || ' ' || notes"},
            new String[] {"organisation", "name || ' ' || abbreviation || ' ' || notes"},
            new String[] {"statement", "text || ' ' || translation"},
            new String[] {"commitment", "text"},
            new String[] {"topic", "name || ' ' || name_en || ' ' || description"});

    private final Database db;

    SqliteSearchBaselines(Database db) {
        this.db = db;
    }

    @Override
    public int rawFts(SearchQuery query, int limit) {
        String match = FtsQuery.positive(query);
        if (match == null) {
            return 0;
        }
        return db.read(c -> Jdbc.query(c, "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?",
                rs -> rs.getLong(1), match, limit).size());
    }

    @Override
    public long likeScan(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        return db.read(c -> {
            long matches = 0;
            for (String[] table : TEXTS) {
                String where = String.join(" AND ", words.stream()
                        .map(w -> "(" + table[1] + ") LIKE ? ESCAPE '\\'").toList());
                Object[] patterns = words.stream().map(w -> "%" + escape(w) + "%").toArray();
                matches += Jdbc.query(c, "SELECT id FROM " + table[0] + " WHERE " + where, rs -> 1, patterns).size();
            }
            return matches;
        });
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public IndexSize indexSize() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("briefing-desk-size");
            Path withIndex = folder.resolve("with-index.db");
            Path withoutIndex = folder.resolve("without-index.db");
            db.read(c -> Jdbc.update(c, "VACUUM INTO ?", withIndex.toString()));
            Files.copy(withIndex, withoutIndex);
            try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + withoutIndex);
                 Statement s = c.createStatement()) {
                s.execute("DROP TABLE search_fts");
                s.execute("DROP TABLE search_meta");
                s.execute("VACUUM");
            }
            return new IndexSize(Files.size(withIndex), Files.size(withoutIndex));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw Database.translate(e, db.file());
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
}
