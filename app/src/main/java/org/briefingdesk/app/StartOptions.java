package org.briefingdesk.app;

import java.util.List;
import org.briefingdesk.ui.shell.StartupProbe;

/**
 * The window's options: {@code --db FILE} and {@code --lang cs|en} (also as {@code --db=FILE}), and the hidden
 * {@code --startup-probe=STEPS} of the start benchmark (ui.shell.StartupProbe). Unknown ones are ignored.
 */
public record StartOptions(String db, String language, String startupProbe) {
    private static final String PROBE = StartupProbe.OPTION + "=";

    public static StartOptions parse(List<String> args) {
        String db = null;
        String language = null;
        String probe = null;
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
            } else if (arg.startsWith(PROBE)) {
                probe = arg.substring(PROBE.length());
            }
        }
        return new StartOptions(db, language, probe);
    }
}
