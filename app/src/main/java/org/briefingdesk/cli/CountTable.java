package org.briefingdesk.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.RecordKind;

/** Counts per record kind, one aligned line each, in the order of the navigation sections. */
public final class CountTable {
    private CountTable() {
    }

    public static void print(Map<RecordKind, ? extends Number> counts, Localization l10n, PrintWriter out) {
        int width = 0;
        for (RecordKind kind : RecordKind.values()) {
            width = Math.max(width, KindNames.plural(kind, l10n).length());
        }
        for (RecordKind kind : RecordKind.values()) {
            Number count = counts.get(kind);
            out.printf("  %-" + width + "s  %5d%n", KindNames.plural(kind, l10n),
                    count == null ? 0L : count.longValue());
        }
    }
}
