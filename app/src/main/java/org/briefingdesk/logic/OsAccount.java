package org.briefingdesk.logic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The operating system account running the application: its login, and its full name where the system keeps
 * one that a plain file read reveals (the GECOS field of {@code /etc/passwd} on Linux and other Unix systems).
 */
public final class OsAccount {
    private OsAccount() {
    }

    public static String login() {
        return System.getProperty("user.name", "");
    }

    /** The account's full name ("Jana Nováková"), when the system has one; never the login repeated. */
    public static Optional<String> fullName() {
        try {
            return fullName(login(), Files.readAllLines(Path.of("/etc/passwd"), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // Windows and macOS keep it elsewhere: the login serves
        }
    }

    /** The full name of {@code login} among passwd lines ({@code login:x:uid:gid:Full Name,room,…:home:shell}). */
    static Optional<String> fullName(String login, List<String> passwd) {
        for (String line : passwd) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 5 && fields[0].equals(login)) {
                String name = fields[4].split(",", -1)[0].strip();
                return name.isEmpty() || name.equals(login) ? Optional.empty() : Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
