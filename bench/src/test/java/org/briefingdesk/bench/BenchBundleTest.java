package org.briefingdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The benchmarks' Czech and English texts have the same keys, and the code uses exactly those. */
class BenchBundleTest {
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(bench\\.[A-Za-z0-9_.]+)\"");
    /** A key picocli looks up itself when it shows a command's usage: {@code paramLabel = "${bundle:KEY}"}. */
    private static final Pattern PICOCLI_KEY = Pattern.compile("\\$\\{bundle:(bench\\.[A-Za-z0-9_.]+)}");

    private static Set<String> keys(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BenchBundleTest.class.getResourceAsStream("/i18n/bench_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (Pattern pattern : new Pattern[] {KEY_LITERAL, PICOCLI_KEY}) {
                    Matcher m = pattern.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return used;
    }

    @Test
    void czechAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("cs"), keys("en"));
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> defined = keys("cs");
        Set<String> used = usedKeys();
        assertTrue(defined.containsAll(used), "missing: " + diff(used, defined));
        assertTrue(used.containsAll(defined), "unused: " + diff(defined, used));
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
