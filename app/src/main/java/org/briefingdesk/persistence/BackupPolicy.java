package org.briefingdesk.persistence;

import java.util.Map;

/**
 * Which backups to keep: the newest {@code keepLast}, plus the newest of each of the last
 * {@code dailyDays} days.
 */
public record BackupPolicy(int keepLast, int dailyDays) {
    public static final BackupPolicy DEFAULT = new BackupPolicy(10, 7);

    /** Environment variables that change the policy (whole numbers; anything else keeps the default). */
    public static final String KEEP_LAST = "BRIEFING_DESK_BACKUPS_KEEP";
    public static final String DAILY_DAYS = "BRIEFING_DESK_BACKUPS_DAILY_DAYS";

    /** The policy this process runs with: the default, changed by its environment. */
    public static BackupPolicy configured() {
        return from(System.getenv());
    }

    /** The default policy with what {@code env} sets. */
    public static BackupPolicy from(Map<String, String> env) {
        return from(env, DEFAULT);
    }

    /** The user's policy (Nastavení) with what {@code env} sets: the environment wins, as for an administrator. */
    public static BackupPolicy from(Map<String, String> env, BackupPolicy chosen) {
        return new BackupPolicy(number(env.get(KEEP_LAST), chosen.keepLast(), 1),
                number(env.get(DAILY_DAYS), chosen.dailyDays(), 0));
    }

    private static int number(String value, int fallback, int minimum) {
        try {
            return value == null ? fallback : Math.max(minimum, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public BackupPolicy {
        if (keepLast < 1 || dailyDays < 0) {
            throw new IllegalArgumentException("keep at least one backup");
        }
    }
}
