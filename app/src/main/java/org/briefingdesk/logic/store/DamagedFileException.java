package org.briefingdesk.logic.store;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.briefingdesk.logic.i18n.Localization;

/**
 * The database file is damaged: it fails its integrity check, or holds no data of ours (empty, not a
 * database, another program's) while backups of it lie beside it. A writer has kept it as
 * {@link #damagedCopy()} (a reader changes nothing); {@link #newestBackup()} is the newest verified
 * backup, which the message names with its date and records so that the user knows what restores it.
 */
public class DamagedFileException extends StoreException {
    private final transient Path file;
    private final transient FileIdentity.Kind found;
    private final transient Path damagedCopy;
    private final transient BackupInfo newestBackup;

    public DamagedFileException(Path file, FileIdentity.Kind found, Path damagedCopy, BackupInfo newestBackup) {
        super("error.db.damaged", file);
        this.file = file;
        this.found = found;
        this.damagedCopy = damagedCopy;
        this.newestBackup = newestBackup;
    }

    public Path file() {
        return file;
    }

    /** What the file was found to be: {@code DAMAGED}, or empty, not a database or another program's. */
    public FileIdentity.Kind found() {
        return found;
    }

    /** Where a writer kept the damaged file; empty when nothing was copied (a reader, or no room). */
    public Optional<Path> damagedCopy() {
        return Optional.ofNullable(damagedCopy);
    }

    public Optional<BackupInfo> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }

    /** One sentence: what is wrong with the file, where it was kept, and which backup (date, records) restores it. */
    @Override
    public String localizedMessage(Localization l10n) {
        String what = l10n.get(switch (found) {
            case EMPTY, EMPTY_SQLITE -> "error.db.found.empty";
            case NOT_SQLITE -> "error.db.found.notDatabase";
            case FOREIGN -> "error.db.found.foreign";
            default -> "error.db.found.damaged";
        });
        String kept = damagedCopy == null ? "" : l10n.get("error.db.damagedKept", damagedCopy);
        if (newestBackup == null) {
            return l10n.get("error.db.damagedNoBackup", file, what, kept);
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(l10n.locale()).withZone(ZoneId.systemDefault()).format(newestBackup.createdAt());
        return l10n.get("error.db.damaged", file, what, kept, newestBackup.file(), when,
                l10n.number(newestBackup.total()));
    }
}
