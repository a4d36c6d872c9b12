package org.briefingdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of ARCHITECTURE.md: the build fails when one breaks. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.briefingdesk");
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.briefingdesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefingdesk.logic..",
                        "org.briefingdesk.persistence..", "org.briefingdesk.ui..", "org.briefingdesk.cli..",
                        "org.briefingdesk.app..")
                .check(classes);
    }

    @Test
    void logicDependsOnModelOnly() {
        noClasses().that().resideInAPackage("org.briefingdesk.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefingdesk.persistence..",
                        "org.briefingdesk.ui..", "org.briefingdesk.cli..", "org.briefingdesk.app..",
                        "org.briefingdesk.output..", "javafx..")
                .check(classes);
    }

    /** The pack writers (PDF, DOCX, HTML) lay out what logic assembled; they know no store, window or command. */
    @Test
    void outputDependsOnLogicAndModelOnly() {
        noClasses().that().resideInAPackage("org.briefingdesk.output..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefingdesk.persistence..",
                        "org.briefingdesk.ui..", "org.briefingdesk.cli..", "org.briefingdesk.app..", "javafx..")
                .check(classes);
    }

    @Test
    void persistenceKnowsNoUserInterface() {
        noClasses().that().resideInAPackage("org.briefingdesk.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefingdesk.ui..", "org.briefingdesk.cli..",
                        "org.briefingdesk.app..", "javafx..")
                .check(classes);
    }

    /** The window reaches the store through logic's interfaces; the wiring in app hands them over. */
    @Test
    void userInterfaceKnowsNoStoreCommandLineOrWiring() {
        noClasses().that().resideInAPackage("org.briefingdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefingdesk.persistence..",
                        "org.briefingdesk.cli..", "org.briefingdesk.app..")
                .check(classes);
    }

    @Test
    void commandLineHasNoJavaFx() {
        noClasses().that().resideInAPackage("org.briefingdesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.briefingdesk.ui..",
                        "org.briefingdesk.persistence..", "javafx..")
                .check(classes);
    }

    @Test
    void sqlOnlyInPersistence() {
        noClasses().that().resideOutsideOfPackages("org.briefingdesk.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void scenesOnlyInUi() {
        noClasses().that().resideOutsideOfPackages("org.briefingdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackages("org.briefingdesk.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }
}
