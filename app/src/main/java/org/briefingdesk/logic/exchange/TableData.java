package org.briefingdesk.logic.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * A table as the user sees it, to write as CSV or XLSX: its name, the column headings and the rows in the order
 * shown, each cell a text or a date (a date stays a date in a spreadsheet).
 */
public record TableData(String name, List<String> headings, List<List<Object>> rows) {
    public TableData {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }

    /** A text that a spreadsheet would run as a formula (OWASP's list: = + - @, tab, carriage return). */
    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** The cell's text for CSV: a date as ISO, a formula-like text with a leading apostrophe, as OWASP advises. */
    public static String csvText(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof LocalDate date) {
            return date.toString();
        }
        String text = cell.toString();
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
