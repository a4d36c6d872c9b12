package org.briefingdesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.function.Predicate;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Test classes run two at a time ({@code junit-platform.properties}); those that share something of the JVM's
 * hold its lock. A class that forgot would pass alone and fail now and then beside another, so the rules are
 * checked here rather than remembered, with the locks found as JUnit finds them (a base class's included).
 */
class ParallelTestsTest {
    private static List<JavaClass> tests;

    @BeforeAll
    static void importTests() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.briefingdesk");
        tests = classes.stream().filter(c -> c.getSimpleName().endsWith("Test")
                && !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isEquivalentTo(ParallelTestsTest.class))
                .toList();
    }

    /** The JavaFX toolkit: every test class of the ui packages, and any other that uses scenes, stages or TestFX. */
    @Test
    void everyTestClassThatTouchesTheToolkitHoldsItsLock() {
        assertEquals(List.of(), withoutLock(Locks.FX_TOOLKIT, test -> test.getPackageName()
                .startsWith("org.briefingdesk.ui") || dependsOn(test, "javafx.scene", "javafx.stage",
                "javafx.application", "org.testfx")));
    }

    /** The test PostgreSQL server: its roles belong to the whole server, not to a test's database. */
    @Test
    void everyTestClassThatUsesTheTestServerHoldsItsLock() {
        assertEquals(List.of(), withoutLock(Locks.TEST_SERVER, test -> test.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().isEquivalentTo(TestServer.class))));
    }

    /** The root logger: a command-line run sends all logging to the log beside its database while it lasts. */
    @Test
    void everyTestClassThatRunsTheCommandLineHoldsTheLoggersLock() {
        assertEquals(List.of(), withoutLock(Locks.ROOT_LOGGER, test -> test.getDirectDependenciesFromSelf().stream()
                .map(d -> d.getTargetClass().getName()).anyMatch(name -> name.equals("org.briefingdesk.cli.CliRun")
                        || name.equals("org.briefingdesk.cli.BriefingDeskCommand")
                        || name.equals("org.briefingdesk.cli.CliLog"))));
    }

    private static List<String> withoutLock(String lock, Predicate<JavaClass> needsIt) {
        return tests.stream().filter(needsIt)
                .filter(test -> AnnotationSupport.findRepeatableAnnotations(test.reflect(), ResourceLock.class)
                        .stream().noneMatch(held -> lock.equals(held.value())))
                .map(JavaClass::getName).sorted().toList();
    }

    private static boolean dependsOn(JavaClass test, String... packages) {
        return test.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass().getPackageName())
                .anyMatch(p -> List.of(packages).stream().anyMatch(p::startsWith));
    }
}
