import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The steps of {@code mvn -Ppackage package} that no Maven plugin does, run by the build with the JDK's
 * source launcher ({@code java app/packaging/Packaging.java STEP ...}); not part of the application.
 *
 * <ul>
 * <li>{@code input TARGET PACKAGING}: the jars, sorted for jlink (JavaFX's modules, linked into the runtime)
 * and jpackage (the rest, on the class path). On Linux SQLite's native library leaves its jar and lies beside
 * it, loaded through {@code -Dorg.sqlite.lib.path} instead of being unpacked into the temporary folder at every
 * start; the jar loses the other platforms' libraries too (11 MB). A jar's classes repeated byte for byte under
 * {@code META-INF/versions/N} (OpenPDF's) are taken out.</li>
 * <li>{@code natives PACKAGING RUNTIME}: JavaFX's native libraries into the linked runtime (where JavaFX
 * looks for them when it is linked in), instead of being unpacked into the user's cache at every start; on Linux
 * the runtime's libraries lose their symbol tables.</li>
 * <li>{@code appcds IMAGE WORK [CLASSES|all]}: the AppCDS archive of the image. The image's own launcher opens
 * the sample in the window ({@code --startup-probe=overview}, in Xvfb where there is no display) with
 * {@code -XX:DumpLoadedClassList}; of the classes it loaded, the runtime's (the JDK's and JavaFX's, 4,500 of
 * 5,800; or the first CLASSES of them in the order they were loaded) are dumped into {@code briefing-desk.jsa}
 * beside the jars by the runtime's own java, which is then removed; the launcher's options name the archive,
 * and one run with {@code -Xshare:on} proves that it maps. Without any display the training is the command
 * line's {@code stats} (a warning says so).</li>
 * </ul>
 */
public final class Packaging {
    private static final String NAME = "briefing-desk";
    private static final String ARCHIVE = NAME + ".jsa";
    private static final long TIMEOUT_MINUTES = 10;
    private static final String VERSIONS = "META-INF/versions/";
    private static final String ALL = "all";

    private Packaging() {
    }

    public static void main(String[] args) throws Exception {
        String step = args.length == 3 || args.length == 4 && args[0].equals("appcds") ? args[0] : "";
        switch (step) {
            case "input" -> input(Path.of(args[1]), Path.of(args[2]));
            case "natives" -> natives(Path.of(args[1]), Path.of(args[2]));
            case "appcds" -> appCds(Path.of(args[1]), Path.of(args[2]), args.length == 4 ? args[3] : ALL);
            default -> {
                System.err.println("usage: Packaging input TARGET PACKAGING | natives PACKAGING RUNTIME"
                        + " | appcds IMAGE WORK [CLASSES|all]");
                System.exit(2);
            }
        }
    }

    // --- input ---

    /**
     * Sorts the build's jars for jlink and jpackage: JavaFX's (modules, linked into the runtime) into
     * {@code PACKAGING/javafx} with their native libraries in {@code PACKAGING/javafx-natives}; the others, for
     * the class path, into {@code PACKAGING/input}, SQLite's native library beside them on Linux.
     */
    private static void input(Path target, Path packaging) throws IOException {
        Path input = packaging.resolve("input");
        Path lib = Files.createDirectories(input.resolve("lib"));
        Path javafx = Files.createDirectories(packaging.resolve("javafx"));
        Path javafxNatives = Files.createDirectories(packaging.resolve("javafx-natives"));
        copyWithoutClassPath(target.resolve(NAME + ".jar"), input.resolve(NAME + ".jar"));
        try (var jars = Files.list(target.resolve("lib"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String name = jar.getFileName().toString();
                if (!hasClasses(jar)) {
                    continue; // JavaFX's jars without a platform are empty: their classes are in the -linux etc. ones
                }
                if (name.startsWith("javafx-")) {
                    moveNativeLibrariesOut(jar, javafx.resolve(name), javafxNatives, entry -> !entry.contains("/"));
                } else if (name.startsWith("sqlite-jdbc-") && os().equals("linux")) {
                    String folder = "org/sqlite/native/Linux/" + sqliteArch() + "/";
                    moveNativeLibrariesOut(jar, lib.resolve(name), lib, entry -> entry.startsWith(folder));
                } else {
                    copyWithoutRepeatedVersions(jar, lib.resolve(name));
                }
            }
        }
    }

    /**
     * The application's jar without the manifest's Class-Path (lib/...): the launcher names every jar itself.
     */
    private static void copyWithoutClassPath(Path jar, Path copy) throws IOException {
        try (JarFile in = new JarFile(jar.toFile())) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().remove(Attributes.Name.CLASS_PATH);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy), manifest)) {
                for (JarEntry entry : in.stream().toList()) {
                    if (!entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        copyEntry(in, entry, out);
                    }
                }
            }
        }
    }

    /**
     * Copies the jar without the entries under {@code META-INF/versions/N/} that repeat their unversioned entry
     * byte for byte (OpenPDF ships each class twice: 1.4 MB); a Java of any version then reads the same bytes.
     * An entry kept in more than one version stays as it is, since taking one out could change which is read.
     */
    private static void copyWithoutRepeatedVersions(Path jar, Path copy) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Map<String, List<ZipEntry>> versions = new HashMap<>();
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().startsWith(VERSIONS) && !entry.isDirectory()) {
                    versions.computeIfAbsent(unversioned(entry.getName()), k -> new ArrayList<>()).add(entry);
                }
            }
            Set<String> repeated = new HashSet<>();
            versions.forEach((name, copies) -> {
                ZipEntry base = zip.getEntry(name);
                ZipEntry only = copies.get(0);
                if (copies.size() == 1 && base != null && base.getCrc() == only.getCrc()
                        && base.getSize() == only.getSize()) {
                    repeated.add(only.getName());
                }
            });
            if (repeated.isEmpty()) {
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
                for (ZipEntry entry : zip.stream().toList()) {
                    if (!repeated.contains(entry.getName())) {
                        copyEntry(zip, entry, out);
                    }
                }
            }
            System.out.println("[packaging] " + jar.getFileName() + ": " + repeated.size()
                    + " entries that repeat their unversioned entry taken out");
        }
    }

    /** {@code META-INF/versions/17/a/B.class} is {@code a/B.class}. */
    private static String unversioned(String name) {
        int slash = name.indexOf('/', VERSIONS.length());
        return slash < 0 ? name : name.substring(slash + 1);
    }

    private static boolean hasClasses(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().endsWith(".class"));
        }
    }

    private static boolean isNativeLibrary(String name) {
        return name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".jnilib");
    }

    /**
     * Copies the jar without any native library; those that {@code ours} accepts (this platform's) are written
     * into {@code natives}.
     */
    private static void moveNativeLibrariesOut(Path jar, Path copy, Path natives, Predicate<String> ours)
            throws IOException {
        int moved = 0;
        try (ZipFile zip = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (!isNativeLibrary(name)) {
                    copyEntry(zip, entry, out);
                } else if (ours.test(name)) {
                    Path library = natives.resolve(name.substring(name.lastIndexOf('/') + 1));
                    try (InputStream in = zip.getInputStream(entry);
                         OutputStream file = Files.newOutputStream(library)) {
                        in.transferTo(file);
                    }
                    moved++;
                }
            }
        }
        if (moved > 0) {
            System.out.println("[packaging] " + jar.getFileName() + ": " + moved + " native libraries taken out");
        }
    }

    private static void copyEntry(ZipFile zip, ZipEntry entry, ZipOutputStream out) throws IOException {
        ZipEntry same = new ZipEntry(entry.getName());
        same.setTime(entry.getTime());
        out.putNextEntry(same);
        try (InputStream in = zip.getInputStream(entry)) {
            in.transferTo(out);
        }
        out.closeEntry();
    }

    private static String sqliteArch() {
        String arch = System.getProperty("os.arch");
        return arch.equals("amd64") ? "x86_64" : arch;
    }

    // --- natives ---

    /**
     * JavaFX's native libraries into the linked runtime, where JavaFX looks for them (lib, or bin/javafx); then, on
     * Linux, the runtime's libraries lose their symbol tables.
     */
    private static void natives(Path packaging, Path runtime) throws IOException, InterruptedException {
        Path target = Files.createDirectories(runtime.resolve(os().equals("windows") ? "bin/javafx" : "lib"));
        try (var libraries = Files.list(packaging.resolve("javafx-natives"))) {
            for (Path library : libraries.toList()) {
                Files.copy(library, target.resolve(library.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (os().equals("linux")) {
            stripSymbols(runtime);
        }
    }

    /**
     * The JDK's libraries keep their symbol tables (libjvm.so 4 MB of its 24), which only name functions in a crash
     * report; jlink's --strip-native-debug-symbols takes out debug sections, not these. The exported symbols that
     * linking needs stay ({@code strip --strip-unneeded}).
     */
    private static void stripSymbols(Path runtime) throws IOException, InterruptedException {
        if (!onPath("strip")) {
            System.out.println("[packaging] WARNING: no strip (binutils): the runtime's libraries keep their symbols");
            return;
        }
        long before = 0;
        long after = 0;
        List<Path> libraries;
        try (var paths = Files.walk(runtime)) {
            libraries = paths.filter(p -> p.toString().endsWith(".so") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path library : libraries) {
            before += Files.size(library);
            library.toFile().setWritable(true);
            Process strip = new ProcessBuilder("strip", "--strip-unneeded", library.toString()).inheritIO().start();
            if (strip.waitFor() != 0) {
                throw new IOException("strip failed on " + library);
            }
            after += Files.size(library);
        }
        System.out.printf("[packaging] %d native libraries stripped: %.1f MB less%n", libraries.size(),
                (before - after) / 1e6);
    }

    // --- appcds ---

    private static void appCds(Path image, Path work, String classes) throws IOException, InterruptedException {
        Path launcher = launcher(image);
        Path config = config(image);
        Path appDir = config.getParent();
        Path archive = appDir.resolve(ARCHIVE);
        Path runtimeBin = runtime(image).resolve("bin");
        Files.createDirectories(work);
        Path sample = work.resolve("sample.db");
        Path classList = work.resolve("classes.list");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(work.resolve("sample.db" + suffix));
        }
        Files.deleteIfExists(archive);
        String original = Files.readString(config);
        try {
            run(List.of(launcher.toString(), "--db", sample.toString(), "sample"), work, "sample");

            Files.writeString(config, withJavaOptions(original, "-XX:DumpLoadedClassList=" + classList));
            List<String> window = List.of(launcher.toString(), "--db", sample.toString(), "--lang", "cs",
                    "--startup-probe=overview");
            if (!trainInWindow(window, work)) {
                System.out.println("[packaging] WARNING: no display and no xvfb-run: the AppCDS archive is trained on"
                        + " the command line only, which leaves JavaFX's classes out of it");
                run(List.of(launcher.toString(), "--db", sample.toString(), "stats"), work, "training (stats)");
            }
            Files.writeString(config, original);
            Path archived = classes.equals(ALL) ? classList
                    : firstClasses(classList, runtime(image), Integer.parseInt(classes), work);

            // The runtime's own java, with the launcher's options and no class path: the archive then holds the
            // runtime's classes (the JDK's and JavaFX's) only, which the JVM maps wherever the image is installed;
            // classes from the class path would tie it to this folder (JDK 17 checks their paths).
            List<String> dump = new ArrayList<>(List.of(runtimeBin.resolve(javaExecutable()).toString()));
            // Without the --add-exports of ControlsFX: module options at dump time make the archive 1.1 MB larger,
            // and at run time they are allowed either way.
            dump.addAll(javaOptions(original, appDir).stream().filter(o -> !o.startsWith("--add-")).toList());
            dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + archived,
                    "-XX:SharedArchiveFile=" + archive, "-cp", ""));
            run(dump, work, "dump");
        } finally {
            Files.writeString(config, original);
        }
        // What jlink's --strip-native-commands would have left out: the runtime's java served the dump only.
        deleteTree(runtimeBin);
        Files.writeString(config, withJavaOptions(original, "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE,
                "-Xshare:on"));
        try {
            run(List.of(launcher.toString(), "--version"), work, "check (-Xshare:on)");
        } finally {
            Files.writeString(config, withJavaOptions(original, "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE,
                    "-Xshare:auto"));
        }
        System.out.printf("[packaging] AppCDS archive %s: %.1f MB, from %d classes listed (%s kept)%n", archive,
                Files.size(archive) / 1e6, Files.readAllLines(classList).size(), classes);
    }

    /**
     * The first {@code count} of the runtime's classes in the order the training start loaded them, without the
     * application's classes and the lambda lines: every archived class costs about 6 kB installed, so a smaller
     * archive keeps what every start loads first (the JVM's own start, then the JDK's and JavaFX's classes).
     */
    private static Path firstClasses(Path classList, Path runtime, int count, Path work) throws IOException {
        Set<String> inRuntime = new HashSet<>();
        try (var jrt = FileSystems.newFileSystem(URI.create("jrt:/"), Map.of("java.home", runtime.toString()));
             var paths = Files.walk(jrt.getPath("/modules"))) {
            paths.map(Path::toString).filter(p -> p.endsWith(".class"))
                    .forEach(p -> inRuntime.add(p.substring(p.indexOf('/', "/modules/".length()) + 1,
                            p.length() - ".class".length())));
        }
        List<String> first = Files.readAllLines(classList).stream()
                .filter(line -> inRuntime.contains(line.strip())).limit(count).toList();
        Path kept = work.resolve("classes-archived.list");
        Files.write(kept, first);
        return kept;
    }

    /** The launcher's Java options ([JavaOptions] of its configuration), with $APPDIR filled in. */
    private static List<String> javaOptions(String config, Path appDir) {
        List<String> options = new ArrayList<>();
        boolean inSection = false;
        for (String line : config.split("\\R")) {
            if (line.startsWith("[")) {
                inSection = line.equals("[JavaOptions]");
            } else if (inSection && line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()).replace("$APPDIR", appDir.toString()));
            }
        }
        return options;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Runs the window on the sample until its overview shows: directly, or in Xvfb on a Linux with no display. */
    private static boolean trainInWindow(List<String> window, Path work) throws IOException, InterruptedException {
        boolean display = !os().equals("linux") || System.getenv("DISPLAY") != null
                || System.getenv("WAYLAND_DISPLAY") != null;
        if (display && tryRun(window, work, "training (window)")) {
            return true;
        }
        if (os().equals("linux") && onPath("xvfb-run")) {
            List<String> xvfb = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
            xvfb.addAll(window);
            return tryRun(xvfb, work, "training (window in Xvfb)");
        }
        return false;
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    /** The configuration with these options added to its [JavaOptions] (jpackage's launcher reads them). */
    private static String withJavaOptions(String config, String... options) {
        StringBuilder lines = new StringBuilder();
        for (String option : options) {
            lines.append("java-options=").append(option).append('\n');
        }
        String section = "[JavaOptions]\n";
        int at = config.indexOf(section);
        return at < 0 ? config + "\n" + section + lines
                : config.substring(0, at + section.length()) + lines + config.substring(at + section.length());
    }

    private static void run(List<String> command, Path work, String what) throws IOException, InterruptedException {
        if (!tryRun(command, work, what)) {
            throw new IOException(what + " failed: " + String.join(" ", command) + " (see " + log(work, what) + ")");
        }
    }

    private static boolean tryRun(List<String> command, Path work, String what)
            throws IOException, InterruptedException {
        System.out.println("[packaging] AppCDS " + what + ": " + String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log(work, what).toFile()).start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }

    private static Path log(Path work, String what) {
        return work.resolve(what.replaceAll("[^A-Za-z]+", "-") + ".log");
    }

    private static Path launcher(Path image) {
        return switch (os()) {
            case "windows" -> image.resolve(NAME + ".exe");
            case "mac" -> image.resolve("Contents/MacOS/" + NAME);
            default -> image.resolve("bin/" + NAME);
        };
    }

    private static Path runtime(Path image) {
        return switch (os()) {
            case "windows" -> image.resolve("runtime");
            case "mac" -> image.resolve("Contents/runtime/Contents/Home");
            default -> image.resolve("lib/runtime");
        };
    }

    private static String javaExecutable() {
        return os().equals("windows") ? "java.exe" : "java";
    }

    private static Path config(Path image) {
        return switch (os()) {
            case "windows" -> image.resolve("app/" + NAME + ".cfg");
            case "mac" -> image.resolve("Contents/app/" + NAME + ".cfg");
            default -> image.resolve("lib/app/" + NAME + ".cfg");
        };
    }

    private static String os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "mac" : "linux";
    }
}
