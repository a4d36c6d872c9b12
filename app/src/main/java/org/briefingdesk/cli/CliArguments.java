package org.briefingdesk.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the few things needed before picocli parses: whether the arguments ask for the command
 * line at all, and the language to speak while parsing.
 */
public final class CliArguments {
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--db", "--lang", "--server", "--user");
    private static final Set<String> HELP_AND_VERSION = Set.of("-h", "--help", "-V", "--version");

    private CliArguments() {
    }

    /**
     * True when the arguments name a sub-command or ask for help or the version. A bare word that is
     * no command (a typo) also goes to the command line, which says so, rather than opening a window;
     * unknown dashed arguments (which desktop launchers sometimes add) and a file the desktop hands over
     * (a double-click on a database or a bundle) are left to the window.
     */
    public static boolean requestsCommandLine(String[] args) {
        return firstPlainArgument(args)
                .filter(a -> (!a.startsWith("-") || HELP_AND_VERSION.contains(a)) && !namesFile(a)).isPresent();
    }

    /** An existing file, or a file: URI: what a desktop passes when a file is opened with the application. */
    public static boolean namesFile(String argument) {
        if (argument.startsWith("file:")) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}, if given. */
    static Optional<String> option(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (args[i].startsWith(name + "=")) {
                return Optional.of(args[i].substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstPlainArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (OPTIONS_WITH_VALUE.stream().noneMatch(o -> arg.startsWith(o + "="))) {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }
}
