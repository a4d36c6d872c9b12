package org.briefingdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.FieldLabels;
import org.briefingdesk.logic.records.RecordDiff;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.OrganisationKind;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Czech and English bundles and the code in step: a key missing from either language,
 * a key the code or FXML uses that no bundle has, or a key nothing uses fails the build.
 */
class BundleConsistencyTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    /** A string literal that looks like a bundle key: a known group, then dotted words. */
    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"((?:app|enum|error|rule|ui|cli|sample|detail|field|search|briefing|drafting|exchange"
                    + "|kind)\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    /** A key picocli looks up itself when it shows a command's usage: {@code paramLabel = "${bundle:KEY}"}. */
    private static final Pattern PICOCLI_KEY = Pattern.compile("\\$\\{bundle:([A-Za-z0-9_.]+)}");

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream(
                "/" + Localization.BUNDLE.replace('.', '/') + "_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysIn(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new HashSet<>();
        for (Path file : files(SOURCES, ".java")) {
            collect(KEY_LITERAL, Files.readString(file), used);
            collect(PICOCLI_KEY, Files.readString(file), used);
        }
        for (Path file : files(RESOURCES, ".fxml")) {
            collect(FXML_KEY, Files.readString(file), used);
        }
        return used;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    /** enum.X.Y keys are used through Localization.of(Enum): they must name a real model constant. */
    private static boolean isEnumKeyOfModel(String key) {
        String[] parts = key.split("\\.");
        if (parts.length != 3 || !parts[0].equals("enum")) {
            return false;
        }
        for (String type : List.of("org.briefingdesk.model." + parts[1],
                "org.briefingdesk.model.ChangeEntry$" + parts[1])) {
            try {
                Class<?> c = Class.forName(type);
                if (c.isEnum()) {
                    return Stream.of(c.getEnumConstants()).anyMatch(e -> ((Enum<?>) e).name().equals(parts[2]));
                }
            } catch (ClassNotFoundException ignored) {
                // try the next place an enum may live
            }
        }
        return false;
    }

    /** The fields a change history may name, per kind. */
    private static Map<RecordKind, Set<String>> historyFields() {
        Map<RecordKind, Class<? extends StoredRecord>> types = Map.of(RecordKind.EVENT, Event.class,
                RecordKind.REPORT, Report.class,
                RecordKind.PERSON, Person.class, RecordKind.ORGANISATION, Organisation.class,
                RecordKind.STATEMENT, Statement.class, RecordKind.COMMITMENT, Commitment.class,
                RecordKind.TOPIC, Topic.class);
        Map<RecordKind, Set<String>> fields = new EnumMap<>(RecordKind.class);
        types.forEach((kind, type) -> fields.put(kind, new TreeSet<>(RecordDiff.fieldNames(type))));
        return fields;
    }

    /** field.KIND.COMPONENT keys are used through FieldLabels: they must name a real record component. */
    private static boolean isFieldKeyOfModel(String key) {
        return historyFields().entrySet().stream().anyMatch(e -> e.getValue().stream()
                .anyMatch(field -> FieldLabels.key(e.getKey(), field).equals(key)));
    }

    @Test
    void everyFieldAChangeHistoryNamesHasALabelInBothLanguages() throws IOException {
        Set<String> cs = keysIn(load("cs"));
        Set<String> en = keysIn(load("en"));
        historyFields().forEach((kind, fields) -> fields.forEach(field -> {
            assertTrue(cs.contains(FieldLabels.key(kind, field)), "no Czech label for " + FieldLabels.key(kind, field));
            assertTrue(en.contains(FieldLabels.key(kind, field)),
                    "no English label for " + FieldLabels.key(kind, field));
        }));
    }

    @Test
    void czechAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> cs = keysIn(load("cs"));
        Set<String> en = keysIn(load("en"));
        Set<String> onlyCs = new TreeSet<>(cs);
        onlyCs.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(cs);
        assertEquals(Set.of(), onlyCs, "keys missing from messages_en");
        assertEquals(Set.of(), onlyEn, "keys missing from messages_cs");
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = keysIn(load("cs"));
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(keys);
        assertEquals(Set.of(), missing, "keys used in code or FXML but missing from the bundles");
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> used = usedKeys();
        Set<String> unused = new TreeSet<>();
        for (String key : keysIn(load("cs"))) {
            if (!used.contains(key) && !isEnumKeyOfModel(key) && !isFieldKeyOfModel(key)) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "keys in the bundles that nothing uses");
    }

    @Test
    void everyModelEnumConstantHasALabel() throws IOException {
        Set<String> keys = keysIn(load("cs"));
        for (Class<? extends Enum<?>> type : List.of(Sensitivity.class,
                OrganisationKind.class, EventKind.class,
                ParticipationRole.class, StatementKind.class,
                CommitmentStatus.class, RecordKind.class,
                ChangeEntry.Action.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                assertTrue(keys.contains(key), "no label for " + key);
            }
        }
    }

    @Test
    void czechTextsAreWrittenInCzech() {
        Localization cs = new Localization(Localization.CZECH);
        assertEquals("bilaterální jednání", cs.of(EventKind.BILATERAL_MEETING));
        assertEquals("částečně splněno", cs.of(CommitmentStatus.PARTLY_FULFILLED));
        assertEquals("partly fulfilled", new Localization(Localization.ENGLISH)
                .of(CommitmentStatus.PARTLY_FULFILLED));
    }
}
