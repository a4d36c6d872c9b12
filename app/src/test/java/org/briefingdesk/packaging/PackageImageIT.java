package org.briefingdesk.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.briefingdesk.app.LauncherOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application image and the Linux packages that {@code mvn verify} builds where fakeroot is at hand (the
 * package-test profile) or {@code mvn -Ppackage} built: the AppCDS archive in the launcher's options and mapped,
 * the runtime's modules against jdeps, and the .deb (and .rpm where rpm is installed) unpacked into a scratch root
 * and run there. Each test that cannot run here says why on standard output and is skipped.
 */
class PackageImageIT {
    private static final Path IMAGE = Path.of(System.getProperty("packaging.image", "target/dist/briefing-desk"));
    private static final Path INSTALLERS = Path.of(System.getProperty("packaging.installers", "target/installers"));
    private static final String VERSION = System.getProperty("project.version", "");
    private static final String ARCHIVE_OPTION = "java-options=-XX:SharedArchiveFile=$APPDIR/briefing-desk.jsa";
    /** What jdeps finds that the runtime leaves out on purpose (app/pom.xml says why). */
    private static final Set<String> LEFT_OUT = Set.of("jdk.jfr", "java.security.jgss", "java.xml.crypto");
    /**
     * The most the installed package may take, in the KiB of the package's Installed-Size: 90 MB with the small
     * archive ({@code -Dpackaging.appcds.classes=350}, issue 15's target), 120 MB with the whole one (115 MB).
     */
    private static final long MAX_INSTALLED_KIB = ("all".equals(System.getProperty("packaging.appcds.classes", "all"))
            ? 120 : 90) * 1024;

    @TempDir
    Path scratch;

    @Test
    void launcherOptionsNameTheAppCdsArchiveWhichIsInTheImageAndMaps() throws Exception {
        assumeImage();
        List<String> config = Files.readAllLines(IMAGE.resolve("lib/app/briefing-desk.cfg"));
        assertTrue(config.contains(ARCHIVE_OPTION), "launcher options: " + config);
        Path archive = IMAGE.resolve("lib/app/briefing-desk.jsa");
        assertTrue(Files.size(archive) > 1_000_000, archive + " is " + Files.size(archive) + " bytes");

        Path loaded = scratch.resolve("classes.log");
        Run version = run(List.of(IMAGE.resolve("bin/briefing-desk").toString(), "--version"), sharedOnly(loaded));
        assertEquals(0, version.exitCode(), version.output());
        assertTrue(Files.readString(loaded).contains("java.lang.Object source: shared objects file"),
                "the JDK's classes come from the archive");
    }

    @Test
    void launcherGivesTheWindowsJavaOptions() throws Exception {
        assumeImage();
        checkJavaOptions(IMAGE);
    }

    /** The options app/pom.xml names for every start of the window (a heap limit among them) are the launcher's. */
    private static void checkJavaOptions(Path home) throws IOException {
        List<String> config = Files.readAllLines(home.resolve("lib/app/briefing-desk.cfg"));
        for (String option : LauncherOptions.javaOptions()) {
            assertTrue(config.contains("java-options=" + option), option + " in the launcher's options: " + config);
        }
        assertTrue(config.stream().anyMatch(line -> line.startsWith("java-options=-Xmx")), "a heap limit: " + config);
    }

    @Test
    void runtimeHoldsEveryJdkModuleJdepsFindsInTheApplication() throws Exception {
        assumeImage();
        // The libraries as modules (several of them are), the application's jar as what is analysed.
        Path lib = IMAGE.resolve("lib/app/lib");
        Path javafx = Path.of("target/packaging/javafx");
        List<String> args = List.of("-q", "--multi-release", "17", "--ignore-missing-deps", "--print-module-deps",
                "--module-path", resolvableModules(lib, javafx).toString(), "--add-modules", "ALL-MODULE-PATH",
                "--class-path", lib.resolve("*").toString(), IMAGE.resolve("lib/app/briefing-desk.jar").toString());
        StringWriter out = new StringWriter();
        int code = ToolProvider.findFirst("jdeps").orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
        assertEquals(0, code, out.toString());
        Set<String> needed = new TreeSet<>(Arrays.asList(out.toString().strip().split(",")));
        needed.removeIf(m -> !m.startsWith("java.") && !m.startsWith("jdk."));
        needed.removeAll(LEFT_OUT);
        Set<String> linked = runtimeModules();
        assertTrue(linked.containsAll(needed), "jdeps finds " + needed + "; the runtime has " + linked);
        assertTrue(linked.containsAll(Set.of("jdk.localedata", "java.management", "javafx.controls", "javafx.fxml")),
                "the modules no class names: " + linked);
        System.out.println("[package test] runtime modules: " + linked);
    }

    /**
     * A folder of the libraries that resolve as modules: without those that require a module the image leaves out
     * (POI requires Commons Math, for formula functions that are never run), which stay on the class path only.
     */
    private Path resolvableModules(Path... folders) throws IOException {
        Map<String, ModuleReference> found = new HashMap<>();
        ModuleFinder.of(folders).findAll().forEach(m -> found.put(m.descriptor().name(), m));
        boolean dropped = true;
        while (dropped) {
            dropped = found.values().removeIf(m -> m.descriptor().requires().stream()
                    .anyMatch(r -> !r.modifiers().contains(Requires.Modifier.STATIC) && !found.containsKey(r.name())
                            && ModuleFinder.ofSystem().find(r.name()).isEmpty()));
        }
        Path modules = Files.createDirectories(scratch.resolve("modules"));
        for (ModuleReference module : found.values()) {
            Path jar = Path.of(module.location().orElseThrow());
            Files.copy(jar, modules.resolve(jar.getFileName()));
        }
        return modules;
    }

    @Test
    void runtimeKeepsTheCzechLocaleData() throws Exception {
        assumeImage();
        Path jimage = Path.of(System.getProperty("java.home"), "bin", "jimage");
        Assumptions.assumeTrue(Files.isExecutable(jimage), skipped("no jimage in " + jimage.getParent()));
        Run list = run(List.of(jimage.toString(), "list", IMAGE.resolve("lib/runtime/lib/modules").toString()),
                Map.of());
        assertEquals(0, list.exitCode());
        assertTrue(list.output().contains("sun/text/resources/ext/CollationData_cs.class"), "Czech collation");
        assertTrue(list.output().contains("sun/text/resources/cldr/ext/FormatData_cs.class"), "Czech formats");
    }

    @Test
    void debianPackageInstallsRunsAndIsRemoved() throws Exception {
        Assumptions.assumeTrue(onPath("dpkg-deb"), skipped("dpkg-deb is not installed: the .deb is not tested"));
        Path deb = installer(".deb");
        Run fields = run(List.of("dpkg-deb", "-f", deb.toString(), "Package", "Version", "Installed-Size"), Map.of());
        assertTrue(fields.output().contains("Package: briefing-desk"), fields.output());
        assertTrue(fields.output().contains("Version: " + VERSION.replace("-SNAPSHOT", "")), fields.output());
        long installedKib = Long.parseLong(fields.output().replaceAll("(?s).*Installed-Size: (\\d+).*", "$1"));
        System.out.printf("[package test] %s: installed size %.1f MB%n", deb.getFileName(), installedKib / 1024.0);
        assertTrue(installedKib <= MAX_INSTALLED_KIB, "installed size " + installedKib + " KiB, at most "
                + MAX_INSTALLED_KIB + " KiB");

        Path root = scratch.resolve("root");
        assertEquals(0, run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), Map.of()).exitCode());
        Path control = scratch.resolve("control");
        assertEquals(0, run(List.of("dpkg-deb", "-e", deb.toString(), control.toString()), Map.of()).exitCode());
        String postinst = Files.readString(control.resolve("postinst"));
        assertTrue(postinst.contains("xdg-desktop-menu install") && postinst.contains("xdg-mime install"), postinst);
        checkInstalled(root.resolve("opt/briefing-desk"));
        deleteTree(root); // what removing the package does to the application's folder
        assertTrue(Files.notExists(root));
    }

    @Test
    void rpmPackageInstallsAndRuns() throws Exception {
        Assumptions.assumeTrue(onPath("rpm") && onPath("rpm2cpio") && onPath("cpio"),
                skipped("rpm, rpm2cpio or cpio is not installed: the .rpm is neither built nor tested"));
        Path rpm = installer(".rpm");
        Run query = run(List.of("rpm", "-qp", "--queryformat", "%{NAME} %{VERSION} %{SIZE}", rpm.toString()),
                Map.of());
        assertTrue(query.output().contains("briefing-desk " + VERSION.replace("-SNAPSHOT", "")), query.output());
        Path root = Files.createDirectories(scratch.resolve("root"));
        Run unpack = run(List.of("sh", "-c", "rpm2cpio \"$0\" | cpio -idm --quiet", rpm.toString()), Map.of(), root);
        assertEquals(0, unpack.exitCode(), unpack.output());
        checkInstalled(root.resolve("opt/briefing-desk"));
        deleteTree(root);
    }

    /** The installed application: menu entry, file types, icon, --version, stats on a sample, the archive. */
    private void checkInstalled(Path home) throws Exception {
        String launcher = home.resolve("bin/briefing-desk").toString();
        assertTrue(Files.isExecutable(Path.of(launcher)), launcher);
        checkJavaOptions(home);
        String desktop = Files.readString(home.resolve("lib/briefing-desk-briefing-desk.desktop"));
        assertTrue(desktop.contains("Name=Briefing Desk"), desktop);
        assertTrue(desktop.contains(
                "MimeType=application/x-briefing-desk-database;application/x-briefing-desk-bundle"), desktop);
        assertTrue(desktop.contains("Exec=/opt/briefing-desk/bin/briefing-desk %f"), desktop);
        String mime = Files.readString(home.resolve("lib/briefing-desk-briefing-desk-MimeInfo.xml"));
        assertTrue(mime.contains("*.bddb") && mime.contains("*.bdesk"), mime);
        assertTrue(Files.size(home.resolve("lib/briefing-desk.png")) > 0);

        Run version = run(List.of(launcher, "--version"), Map.of());
        assertEquals(0, version.exitCode(), version.output());
        assertEquals("Briefing Desk " + VERSION, version.output().strip());

        String db = scratch.resolve("sample.db").toString();
        Run sample = run(List.of(launcher, "--db", db, "sample"), Map.of());
        assertEquals(0, sample.exitCode(), sample.output());
        Run stats = run(List.of(launcher, "--db", db, "stats", "--json"), Map.of());
        assertEquals(0, stats.exitCode(), stats.output());
        assertTrue(stats.output().contains("\"people\""), stats.output());

        // Installed elsewhere than it was built, the archive still maps (it holds only the runtime's classes).
        Path loaded = scratch.resolve("installed-classes.log");
        assertEquals(0, run(List.of(launcher, "--version"), sharedOnly(loaded)).exitCode());
        assertTrue(Files.readString(loaded).contains("java.lang.Object source: shared objects file"));
        if (!onPath("xvfb-run")) {
            System.out.println("[package test] window start not tried: xvfb-run is not installed");
            return;
        }
        Path windowLoaded = scratch.resolve("window-classes.log");
        List<String> window = List.of("xvfb-run", "-a", launcher, "--db", db, "--lang", "cs",
                "--startup-probe=overview");
        Run shown = run(window, sharedOnly(windowLoaded));
        assertEquals(0, shown.exitCode(), shown.output());
        assertTrue(shown.output().matches("(?s).*briefing-desk-probe overview \\d+ rows=29.*"), shown.output());
        // The archive holds the classes a start loads first (app/pom.xml: packaging.appcds.classes), JavaFX's only
        // when it holds them all; the window's start maps it as the command line's does.
        assertTrue(Files.readString(windowLoaded).contains("java.lang.Object source: shared objects file"),
                "the window's start maps the archive");
    }

    /** -Xshare:on fails the start when the archive does not map; the log says where each class came from. */
    private static Map<String, String> sharedOnly(Path classLog) {
        return Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on -Xlog:class+load=info:file=" + classLog);
    }

    private static Set<String> runtimeModules() throws IOException {
        for (String line : Files.readAllLines(IMAGE.resolve("lib/runtime/release"))) {
            if (line.startsWith("MODULES=")) {
                return new TreeSet<>(Arrays.asList(line.substring("MODULES=".length()).replace("\"", "").split(" ")));
            }
        }
        throw new AssertionError("no MODULES line in the runtime's release file");
    }

    private static void assumeImage() {
        Assumptions.assumeTrue(Files.isDirectory(IMAGE), skipped("no application image at " + IMAGE
                + " (built by mvn -Ppackage package, or by mvn verify where fakeroot is installed)"));
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"),
                skipped("the image test reads the Linux layout"));
    }

    private static Path installer(String extension) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(INSTALLERS), skipped("no packages were built into " + INSTALLERS));
        try (Stream<Path> files = Files.list(INSTALLERS)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(extension)).toList();
            Assumptions.assumeTrue(found.size() == 1, skipped("no " + extension + " in " + INSTALLERS
                    + " (the packaging profiles did not run here)"));
            return found.get(0);
        }
    }

    private static String skipped(String reason) {
        System.out.println("[package test] skipped: " + reason);
        return reason;
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(List<String> command, Map<String, String> environment) throws Exception {
        return run(command, environment, scratch);
    }

    private static Run run(List<String> command, Map<String, String> environment, Path directory) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        String text = new String(output, StandardCharsets.UTF_8);
        // JAVA_TOOL_OPTIONS is announced on standard error; what the program said follows.
        return new Run(process.exitValue(), text.replaceAll("Picked up JAVA_TOOL_OPTIONS: .*\\R", ""));
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
