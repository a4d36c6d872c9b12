package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import org.briefingdesk.logic.i18n.CzechCollation;
import org.sqlite.Collation;
import org.sqlite.Function;

/**
 * Czech order inside SQLite, registered on every connection of a database: {@code cs_key(text)} gives the
 * text's primary sort key (the sort-key indexes of migration 6 are built on it), and the collation
 * {@code cs} decides between texts whose keys are equal. {@code ORDER BY cs_key(x), x COLLATE cs} is the
 * order the tables always showed, read from an index. Another SQLite tool reads the file as it is, but cannot
 * change a record's indexed name or text (nor delete the record) without registering these on its connection:
 * it fails with "no such function: cs_key" rather than leaving an index out of step.
 */
public final class SortKeys {
    /** 32 letters: enough to tell nearly all texts apart; the collation decides the rest. */
    static final int KEY_BYTES = 64;

    private SortKeys() {
    }

    public static void register(Connection connection) throws SQLException {
        Function.create(connection, "cs_key", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(CzechCollation.primaryKey(value_text(0), KEY_BYTES));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Comparator<String> czech = CzechCollation.comparator();
        Collation.create(connection, "cs", new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return czech.compare(a, b);
            }
        });
    }
}
