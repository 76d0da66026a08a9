package dev.reload;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules of STYLE.md. Features live side by side under {@code dev.reload}; each may use
 * another's public services and domain types (the adviser engine's records and enums are the
 * product's vocabulary), but never its web layer; the shared {@code system} package depends on no
 * feature; and the pure adviser engine and the importer know nothing of Spring, Jakarta or JDBC.
 */
class ArchitectureTests {

    private static final Pattern FEATURE = Pattern.compile("^dev\\.reload\\.([a-z]+)(\\..*)?$");
    private static final Pattern INTERNAL = Pattern.compile("^dev\\.reload\\.([a-z]+)\\.web(\\..*)?$");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.reload");

    @Test
    void theAdviceEngineIsPureJava() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("dev.reload.advice.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta..",
                        "javax.servlet..",
                        "java.sql..",
                        "javax.sql..",
                        "dev.reload.system..",
                        "dev.reload.account..")
                .as("the adviser engine uses no Spring, Jakarta, JDBC or application services")
                .allowEmptyShould(true);
        rule.check(PRODUCTION);
    }

    @Test
    void theImporterIsPlainJava() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("dev.reload.importing..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.servlet..", "java.sql..", "javax.sql..")
                .as("the importer uses no Spring, Jakarta or JDBC: it runs and is tested on the plain JVM");
        rule.check(PRODUCTION);
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
                .dependOnClassesThat(
                        new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("belong to a feature") {
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
