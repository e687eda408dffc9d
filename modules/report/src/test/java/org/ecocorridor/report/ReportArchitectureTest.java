package org.ecocorridor.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The report module is plain Java: no Spring, no JDBC, no store or server code. */
class ReportArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ecocorridor.report");

    @Test
    void plainJava() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                "javax.sql..", "org.ecocorridor.store..", "org.ecocorridor.server..", "org.ecocorridor.connectivity..",
                "java.util.logging..").check(classes);
    }

    @Test
    void modelDependsOnNothingButJacksonAnnotations() {
        noClasses().that().resideInAPackage("org.ecocorridor.report.model..").should().dependOnClassesThat()
                .resideInAnyPackage("org.ecocorridor.ogc..", "org.jfree..", "com.openhtmltopdf..", "java.awt..")
                .check(classes);
    }

    @Test
    void generalCodingRules() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
        fields().that().areStatic().should().beFinal().check(classes);
    }
}
