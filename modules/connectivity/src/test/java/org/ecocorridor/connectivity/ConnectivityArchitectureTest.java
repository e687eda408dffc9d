package org.ecocorridor.connectivity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** Layering of the connectivity module (STYLE.md): plain Java on core; no Spring, JDBC, AWT, store, ogc, server. */
class ConnectivityArchitectureTest {
    private static final JavaClasses CONNECTIVITY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ecocorridor.connectivity");

    @Test
    void connectivityDependsOnNeitherSpringJdbcAwtNorOtherModules() {
        noClasses().that().resideInAPackage("org.ecocorridor.connectivity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "java.awt..", "..store..", "..ogc..", "..server..")
                .check(CONNECTIVITY);
    }

    @Test
    void noCyclesBetweenConnectivityPackages() {
        slices().matching("org.ecocorridor.connectivity.(*)..").should().beFreeOfCycles().check(CONNECTIVITY);
    }

    @Test
    void staticFieldsAreFinal() {
        fields().that().areStatic().should().beFinal().allowEmptyShould(true).check(CONNECTIVITY);
    }

    @Test
    void generalCodingRules() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CONNECTIVITY);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CONNECTIVITY);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(CONNECTIVITY);
    }
}
