package org.ecocorridor.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store's layering (docs/architecture.md): no Spring, no protocols, no server. */
class StoreArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ecocorridor.store");
    }

    @Test
    void storeKnowsNeitherSpringNorOgcNorServer() {
        noClasses().that().resideInAPackage("org.ecocorridor.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.ecocorridor.ogc..",
                        "org.ecocorridor.server..")
                .check(classes);
    }

    @Test
    void storeWritesNoStandardStreamsAndUsesNoJavaUtilLogging() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
    }

    @Test
    void staticFieldsAreFinal() {
        fields().that().areStatic().should().beFinal().check(classes);
    }
}
