package org.briefingdesk.ui.briefings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.output.BriefingFormat;

/** Where a pack is saved unless the user says otherwise: "Podklad - Yvette Cooper - 2026-11-28.pdf" in Documents. */
final class BriefingFiles {
    private BriefingFiles() {
    }

    /** The user's documents folder (Documents, Dokumenty, or XDG's), else the home folder. Touches the disk. */
    static Path documentsFolder() {
        Path home = Path.of(System.getProperty("user.home", "."));
        String xdg = System.getenv("XDG_DOCUMENTS_DIR");
        for (Path candidate : List.of(
                xdg == null ? home.resolve("Documents") : Path.of(xdg.replace("$HOME", home.toString())),
                home.resolve("Documents"), home.resolve("Dokumenty"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return home;
    }

    static String fileName(Localization l10n, String target, LocalDate date, BriefingFormat format) {
        String safe = target.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        return l10n.get("ui.briefings.fileName", safe.isEmpty() ? "-" : safe, date.toString()) + "."
                + format.extension();
    }
}
