package org.briefingdesk.ui.records;

import java.time.LocalDate;
import java.util.Comparator;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.ui.common.CzechText;

/**
 * One table cell: the text shown and the key it sorts by (a date sorts as a date; a person's name
 * shows as "Vít Rakušan" and sorts by "Rakušan Vít"). Empty cells sort last.
 */
public record Cell(String text, String sortText, LocalDate sortDate) {
    public static final Cell EMPTY = new Cell("", "", null);

    public Cell {
        text = text == null ? "" : text;
        sortText = sortText == null ? text : sortText;
    }

    public static Cell text(String text) {
        return new Cell(text, text, null);
    }

    public static Cell sortedBy(String text, String sortText) {
        return new Cell(text, sortText, null);
    }

    /** A date in the style of the user's language, as the detail pane shows it. */
    public static Cell date(LocalDate date, Localization l10n) {
        return new Cell(date == null ? "" : DisplayFormat.dates(l10n.locale()).format(date), "", date);
    }

    public boolean isEmpty() {
        return text.isEmpty() && sortDate == null;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Dates by date, text by Czech collation, empty cells last. */
    public static Comparator<Cell> comparator() {
        Comparator<String> czech = CzechText.collation();
        return (a, b) -> {
            if (a == null || a.isEmpty()) {
                return b == null || b.isEmpty() ? 0 : 1;
            }
            if (b == null || b.isEmpty()) {
                return -1;
            }
            if (a.sortDate() != null && b.sortDate() != null) {
                return a.sortDate().compareTo(b.sortDate());
            }
            return czech.compare(a.sortText(), b.sortText());
        };
    }
}
