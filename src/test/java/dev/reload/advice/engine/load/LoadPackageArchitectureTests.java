package dev.reload.advice.engine.load;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class LoadPackageArchitectureTests {

    @Test
    void historyAnalysisIsPlainJava() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.reload.advice.engine.load");
        noClasses()
                .that()
                .doNotHaveSimpleName("package-info") // the module check's metadata, not code
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..", "dev.reload.importing..")
                .check(classes);
    }
}
