package org.briefingdesk.bench.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the start benchmark starts the application in a child JVM: the launcher of an application image (the one a
 * package installs, with its runtime, class path, Java options and AppCDS archive), or, without an image, the
 * {@code java} running the benchmark with its class path and the given Java options.
 *
 * @param prefix      the command before the application's arguments
 * @param description what was started, for the report
 */
public record Launcher(List<String> prefix, String description) {
    private static final String MAIN_CLASS = "org.briefingdesk.app.Main";

    /** The launcher in an application image or an installation ({@code bin/briefing-desk} on Linux). */
    public static Launcher image(Path image) {
        for (String candidate : List.of("bin/briefing-desk", "briefing-desk.exe", "Contents/MacOS/briefing-desk")) {
            Path launcher = image.resolve(candidate);
            if (Files.isExecutable(launcher)) {
                return new Launcher(List.of(launcher.toAbsolutePath().toString()),
                        launcher.toAbsolutePath().toString());
            }
        }
        throw new IllegalArgumentException("no launcher in " + image);
    }

    /** {@code java [OPTIONS] -cp CLASSPATH org.briefingdesk.app.Main}, with this JVM's java and class path. */
    public static Launcher java(List<String> javaOptions) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> prefix = new ArrayList<>();
        prefix.add(java);
        prefix.addAll(javaOptions);
        prefix.add("-cp");
        prefix.add(System.getProperty("java.class.path"));
        prefix.add(MAIN_CLASS);
        String options = javaOptions.isEmpty() ? "" : " " + String.join(" ", javaOptions);
        return new Launcher(List.copyOf(prefix), java + options + " -cp … " + MAIN_CLASS);
    }

    List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(arguments);
        return command;
    }
}
