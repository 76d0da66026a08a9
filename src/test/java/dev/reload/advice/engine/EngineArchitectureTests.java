package dev.reload.advice.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine is pure Java: no Spring, no Jakarta, no JDBC, no clock. */
class EngineArchitectureTests {

    static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.reload.advice.engine");

    @Test
    void engineDependsOnNeitherSpringNorJakartaNorJdbc() {
        noClasses()
                .that()
                .resideInAPackage("dev.reload.advice.engine..")
                .and()
                .doNotHaveSimpleName("package-info") // the module check's metadata, not code
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "javax..", "java.sql..")
                .check(ENGINE);
    }

    @Test
    void engineReadsNoClock() {
        noClasses()
                .that()
                .resideInAPackage("dev.reload.advice.engine..")
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(java.time.Clock.class)
                .check(ENGINE);
    }
}
