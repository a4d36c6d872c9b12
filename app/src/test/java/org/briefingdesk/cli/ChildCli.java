package org.briefingdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefingdesk.app.Main;

/**
 * The command line in a child process, for what cannot be shown in this one: a file this user may not
 * read (in a user namespace even root is refused by a file's mode), a read-only folder, or a small disk
 * of its own (a tmpfs mounted in a private mount namespace). A shell script runs there; {@code $BD}
 * runs the application ({@code $BD --db FILE check}).
 */
final class ChildCli {
    /** As a user without the powers of root over files: the owner's permission bits apply. */
    static final List<String> UNPRIVILEGED = List.of("unshare", "--user");
    /** As root of a user namespace of its own, which may mount a tmpfs that only this process sees. */
    static final List<String> OWN_MOUNTS = List.of("unshare", "--user", "--map-root-user", "--mount");

    private ChildCli() {
    }

    /** Whether this machine lets a process start in such namespaces. */
    static boolean available(List<String> namespaces) {
        try {
            List<String> command = new ArrayList<>(namespaces);
            command.add("true");
            Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs {@code script} with {@code sh} inside {@code namespaces}; its standard output and error together. */
    static String run(List<String> namespaces, Path folder, String script) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(namespaces);
        command.addAll(List.of("sh", "-c", script));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        String java = ProcessHandle.current().info().command().orElse("java");
        builder.environment().put("BD", java + " -cp " + System.getProperty("java.class.path") + " "
                + Main.class.getName());
        builder.environment().put("DIR", folder.toString());
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor(5, TimeUnit.MINUTES);
        return output;
    }
}
