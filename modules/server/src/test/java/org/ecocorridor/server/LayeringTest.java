package org.ecocorridor.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module layering of docs/architecture.md, checked over all of Ecocorridor's classes (the
 * server's test class path holds every module).
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ecocorridor");
    }

    @Test
    void coreDependsOnNoModuleAndNoFramework() {
        noClasses().that().resideInAPackage("org.ecocorridor.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ecocorridor.connectivity..",
                        "org.ecocorridor.store..", "org.ecocorridor.ogc..", "org.ecocorridor.server..",
                        "org.springframework..", "java.sql..", "javax.sql..", "java.awt..")
                .check(classes);
    }

    @Test
    void connectivityKnowsOnlyCore() {
        noClasses().that().resideInAPackage("org.ecocorridor.connectivity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ecocorridor.store..",
                        "org.ecocorridor.ogc..", "org.ecocorridor.server..", "org.springframework..",
                        "java.sql..", "javax.sql..", "java.awt..", "tools.jackson..")
                .check(classes);
    }

    @Test
    void storeAndOgcNeverMeet() {
        noClasses().that().resideInAPackage("org.ecocorridor.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ecocorridor.ogc..",
                        "org.ecocorridor.server..", "org.springframework..")
                .check(classes);
        noClasses().that().resideInAPackage("org.ecocorridor.ogc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ecocorridor.store..",
                        "org.ecocorridor.server..", "org.springframework..", "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void restControllersAndAdviceLiveInServer() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestControllerAdvice.class)
                .should().resideInAPackage("org.ecocorridor.server..error..").check(classes);
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAPackage("org.ecocorridor.server..").check(classes);
    }

    @Test
    void noModuleCycles() {
        slices().matching("org.ecocorridor.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void generalCodingRules() {
        noClasses().that().resideOutsideOfPackage("org.ecocorridor.server.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(classes);
        noClasses().should().dependOnClassesThat().resideInAPackage("lombok..").check(classes);
        fields().that().areStatic().should().beFinal().check(classes);
    }
}
