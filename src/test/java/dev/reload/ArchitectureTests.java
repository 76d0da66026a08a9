package dev.reload;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of STYLE.md, beside {@link ModularityTests}. Features live side by side under
 * {@code dev.reload} with no cycles between them; each may use another's public services, never its
 * web layer; the product's vocabulary ({@code knee}) and the adviser engine are pure Java; only the
 * adviser sees its engine (and history the R6 package); the importer is plain Java; the shared
 * {@code system} package depends on no feature.
 */
class ArchitectureTests {

    private static final Pattern FEATURE = Pattern.compile("^dev\\.reload\\.([a-z]+)(\\..*)?$");
    private static final Pattern INTERNAL = Pattern.compile("^dev\\.reload\\.([a-z]+)\\.web(\\..*)?$");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.reload");

    /** Spring, Jakarta, JDBC, JSON and file or class-path I/O: what pure Java must not use. */
    private static final String[] NOT_PURE = {
        "org.springframework..",
        "jakarta..",
        "javax.servlet..",
        "java.sql..",
        "javax.sql..",
        "java.io..",
        "java.nio.file..",
        "tools.jackson..",
        "com.fasterxml.jackson..",
        "dev.reload.system..",
        "dev.reload.account.."
    };

    @Test
    void theAdviceEngineIsPureJava() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("dev.reload.advice.engine..")
                .and()
                .doNotHaveSimpleName("package-info") // the module check's metadata, not code
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(NOT_PURE)
                .as("the adviser engine uses no Spring, Jakarta, JDBC, JSON, file I/O or application services")
                .allowEmptyShould(true);
        rule.check(PRODUCTION);
    }

    @Test
    void theVocabularyIsPureJavaAndUsesNoFeature() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("dev.reload.knee..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat(new DescribedPredicate<JavaClass>("are impure or belong to a feature") {
                    @Override
                    public boolean test(JavaClass target) {
                        String name = target.getPackageName();
                        return PackageMatchers.of(NOT_PURE).test(name)
                                || feature(name).filter(f -> !f.equals("knee")).isPresent();
                    }
                })
                .as("the vocabulary is pure Java and uses no feature");
        rule.check(PRODUCTION);
    }

    @Test
    void theOutcomeScoringAndThePainTrendArePureJava() {
        ArchRule rule = noClasses()
                .that()
                .haveFullyQualifiedName("dev.reload.outcomes.KoosScoring")
                .or()
                .haveFullyQualifiedName("dev.reload.outcomes.KoosSubscale")
                .or()
                .haveFullyQualifiedName("dev.reload.outcomes.PainTrends")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(NOT_PURE)
                .as(
                        "KOOS scoring and the pain trend use no Spring, Jakarta, JDBC, JSON or file I/O: records in, records out");
        rule.check(PRODUCTION);
    }

    @Test
    void theImporterIsPlainJava() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("dev.reload.importing..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.servlet..", "java.sql..", "javax.sql..")
                .as("the importer uses no Spring, Jakarta or JDBC: it runs and is tested on the plain JVM");
        rule.check(PRODUCTION);
    }

    @Test
    void onlyTheAdviserSeesTheEngineAndHistoryOnlyItsLoadPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.reload.advice..", "dev.reload.history..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.reload.advice.engine..")
                .check(PRODUCTION);
        noClasses()
                .that()
                .resideInAPackage("dev.reload.history..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.reload.advice.engine")
                .as("history uses the engine's R6 package (advice.engine.load) only")
                .check(PRODUCTION);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("dev.reload.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void featuresDoNotReachIntoEachOthersWebLayer() {
        ArchRule rule = ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("dev.reload..")
                .should(new ArchCondition<JavaClass>("use no other feature's web package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> own = feature(origin.getPackageName());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            Matcher internal =
                                    INTERNAL.matcher(dependency.getTargetClass().getPackageName());
                            if (internal.matches()
                                    && !internal.group(1).equals("system")
                                    && !own.equals(Optional.of(internal.group(1)))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
        rule.check(PRODUCTION);
    }

    @Test
    void theSystemPackageDependsOnNoFeature() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("dev.reload.system..")
                .should()
                .dependOnClassesThat(new DescribedPredicate<JavaClass>("belong to a feature") {
                    @Override
                    public boolean test(JavaClass target) {
                        return feature(target.getPackageName())
                                .filter(name -> !name.equals("system"))
                                .isPresent();
                    }
                });
        rule.check(PRODUCTION);
    }

    @Test
    void controllersAreNotPublic() {
        ArchRule rule = noClasses()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .bePublic();
        rule.check(PRODUCTION);
    }

    private static Optional<String> feature(String packageName) {
        Matcher matcher = FEATURE.matcher(packageName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
