package org.ecocorridor.ogc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** Layering of the ogc module (STYLE.md): no Spring, no JDBC, never store or server. */
class OgcArchitectureTest {
    private static final JavaClasses OGC = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ecocorridor.ogc");

    @Test
    void ogcDependsOnNeitherSpringNorJdbcNorStoreNorServer() {
        noClasses().that().resideInAPackage("org.ecocorridor.ogc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "org.ecocorridor.store..", "org.ecocorridor.server..", "..store..",
                        "..server..")
                .check(OGC);
    }

    @Test
    void noCyclesBetweenOgcPackages() {
        slices().matching("org.ecocorridor.ogc.(**)").should().beFreeOfCycles().check(OGC);
    }

    @Test
    void staticFieldsAreFinal() {
        fields().that().areStatic().should().beFinal().allowEmptyShould(true).check(OGC);
    }

    @Test
    void generalCodingRules() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(OGC);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(OGC);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(OGC);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(OGC);
    }
}
