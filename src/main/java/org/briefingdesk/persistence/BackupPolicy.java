package org.briefingdesk.persistence;

/**
 * Which backups to keep: the newest {@code keepLast}, plus the newest of each of the last
 * {@code dailyDays} days.
 */
public record BackupPolicy(int keepLast, int dailyDays) {
    public static final BackupPolicy DEFAULT = new BackupPolicy(10, 7);

    public BackupPolicy {
        if (keepLast < 1 || dailyDays < 0) {
            throw new IllegalArgumentException("keep at least one backup");
        }
    }
}
