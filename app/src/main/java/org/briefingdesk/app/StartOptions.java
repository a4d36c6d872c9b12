package org.briefingdesk.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.briefingdesk.ui.shell.StartupProbe;

/**
 * The window's options: {@code --db FILE}, {@code --server URL} with {@code --user NAME}, and {@code --lang cs|en}
 * (also as {@code --db=FILE}), a file the desktop hands over (a database, or a bundle of records ending in
 * {@code .bdesk}), and the hidden {@code --startup-probe=STEPS} of the start benchmark (ui.shell.StartupProbe).
 * Unknown ones are ignored.
 *
 * @param file the first plain argument, a path or a file: URI as desktops pass them; null when none
 */
public record StartOptions(String db, String language, String server, String user, String startupProbe,
                           Path file) {
    /** The extension of bundles of records (the desktop opens them with the application too). */
    public static final String BUNDLE_EXTENSION = ".bdesk";
    private static final String PROBE = StartupProbe.OPTION + "=";

    public StartOptions(String db, String language) {
        this(db, language, null, null, null, null);
    }

    public static StartOptions parse(List<String> args) {
        String db = null;
        String language = null;
        String server = null;
        String user = null;
        String probe = null;
        Path file = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String next = i + 1 < args.size() ? args.get(i + 1) : null;
            if (arg.equals("--db") && next != null) {
                db = next;
                i++;
            } else if (arg.startsWith("--db=")) {
                db = arg.substring("--db=".length());
            } else if (arg.equals("--lang") && next != null) {
                language = next;
                i++;
            } else if (arg.startsWith("--lang=")) {
                language = arg.substring("--lang=".length());
            } else if (arg.equals("--server") && next != null) {
                server = next;
                i++;
            } else if (arg.startsWith("--server=")) {
                server = arg.substring("--server=".length());
            } else if (arg.equals("--user") && next != null) {
                user = next;
                i++;
            } else if (arg.startsWith("--user=")) {
                user = arg.substring("--user=".length());
            } else if (arg.startsWith(PROBE)) {
                probe = arg.substring(PROBE.length());
            } else if (!arg.startsWith("-") && file == null) {
                file = fileOf(arg);
            }
        }
        return new StartOptions(db, language, server, user, probe, file);
    }

    private static Path fileOf(String arg) {
        try {
            return arg.startsWith("file:") ? Path.of(URI.create(arg)) : Path.of(arg);
        } catch (IllegalArgumentException e) {
            return null; // not a file after all (InvalidPathException is one too)
        }
    }

    /** The database to open: --db, else a database file handed over, else null (the default one). */
    public String database() {
        if (db != null || file == null || bundle() != null) {
            return db;
        }
        return file.toString();
    }

    /** A bundle of records handed over; null when none. */
    public Path bundle() {
        return file != null && file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(BUNDLE_EXTENSION)
                ? file : null;
    }
}
