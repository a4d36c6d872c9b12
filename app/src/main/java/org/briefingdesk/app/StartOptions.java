package org.briefingdesk.app;

import java.util.List;

/**
 * The window's options: {@code --db FILE}, {@code --server URL} with {@code --user NAME}, and
 * {@code --lang cs|en} (also as {@code --db=FILE}). Unknown ones are ignored.
 */
public record StartOptions(String db, String language, String server, String user) {
    public StartOptions(String db, String language) {
        this(db, language, null, null);
    }

    public static StartOptions parse(List<String> args) {
        String db = null;
        String language = null;
        String server = null;
        String user = null;
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
            }
        }
        return new StartOptions(db, language, server, user);
    }
}
