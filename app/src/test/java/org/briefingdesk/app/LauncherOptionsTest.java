package org.briefingdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The window's JVM options are named once (app/pom.xml's launcher.* properties, written into launcher.properties)
 * and every start of the window gets them: the installed launcher (jpackage's --java-options) and
 * {@code mvn javafx:run}. PackageImageIT checks the built launcher's configuration itself.
 */
class LauncherOptionsTest {
    private static final Path POM = Path.of("pom.xml");
    private static final Path SOURCE = Path.of("src/main/resources/org/briefingdesk/app/launcher.properties");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{(launcher\\.[a-z.]+)}");

    @Test
    void theBuildWroteAHeapLimitThatSuitsADesktop() {
        List<String> options = LauncherOptions.javaOptions();
        List<String> heap = options.stream().filter(o -> o.startsWith("-Xmx")).toList();
        assertEquals(1, heap.size(), "one heap limit: " + options);
        long megabytes = megabytes(heap.get(0).substring("-Xmx".length()));
        assertTrue(megabytes >= 256 && megabytes <= 1024, "a desktop's heap limit: " + heap);
    }

    @Test
    void theInstalledLauncherAndJavafxRunGetEveryOption() throws Exception {
        List<String> properties = new ArrayList<>();
        Matcher m = PROPERTY.matcher(Files.readString(SOURCE));
        while (m.find()) {
            properties.add("${" + m.group(1) + "}");
        }
        assertFalse(properties.isEmpty(), "launcher.properties names the pom's launcher.* properties");

        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
        List<String> jpackage = texts(execution(pom, "jpackage-image"), "argument");
        List<String> javafxRun = texts(plugin(pom, "javafx-maven-plugin"), "option");
        for (String property : properties) {
            int at = jpackage.indexOf(property);
            assertTrue(at > 0 && jpackage.get(at - 1).equals("--java-options"),
                    "jpackage's --java-options name " + property + ": " + jpackage);
            assertTrue(javafxRun.contains(property), "javafx:run's options name " + property + ": " + javafxRun);
        }
    }

    private static long megabytes(String size) {
        long number = Long.parseLong(size.substring(0, size.length() - 1));
        return switch (Character.toLowerCase(size.charAt(size.length() - 1))) {
            case 'g' -> number * 1024;
            case 'm' -> number;
            default -> throw new AssertionError("a heap limit in m or g: " + size);
        };
    }

    private static Element execution(Document pom, String id) {
        NodeList executions = pom.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            if (texts(execution, "id").contains(id)) {
                return execution;
            }
        }
        throw new AssertionError("no execution " + id + " in " + POM);
    }

    private static Element plugin(Document pom, String artifactId) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (texts(plugin, "artifactId").contains(artifactId)) {
                return plugin;
            }
        }
        throw new AssertionError("no plugin " + artifactId + " in " + POM);
    }

    private static List<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
