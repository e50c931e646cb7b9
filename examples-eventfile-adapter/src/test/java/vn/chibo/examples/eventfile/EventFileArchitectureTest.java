package vn.chibo.examples.eventfile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import vn.chibo.testkit.architecture.ChiboArchitectureRules;

/**
 * The architecture rules that apply to an integrator's adapter, on this module's production
 * classes: rule 2 (adapters never depend on each other), every package null-marked, and the
 * adapter's own promise, which is stricter: it depends on the JDK, Guava and chibo's published
 * domain API only (no other adapter, no testkit, no JDBC). Rule 2's other half (nothing depends on
 * the examples) and rules 1, 3, 4 and 5 are about chibo's own modules, which check them.
 *
 * <p>Only the adapter's classes are imported, which keeps the test fast: a dependency on a class
 * outside them is still seen, by its package.
 */
class EventFileArchitectureTest {
    private static final String ADAPTER = "vn.chibo.examples.eventfile";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(ADAPTER);

    @Test
    void adaptersDependOnNoOtherAdapter() {
        ChiboArchitectureRules.adaptersAreIndependent(ADAPTER).check(CLASSES);
    }

    @Test
    void everyPackageOfTheAdapterIsNullMarked() {
        ChiboArchitectureRules.everyPackageIsNullMarked(ADAPTER).check(CLASSES);
    }

    @Test
    void theAdapterUsesOnlyTheJdkGuavaAndChibosDomain() {
        publishedApiOnly().check(CLASSES);
    }

    @Test
    void thePublishedApiRuleSeesADependencyOnTheTestkit() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(ADAPTER);

        EvaluationResult result = publishedApiOnly().evaluate(tests);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("vn.chibo.testkit"));
    }

    private static ArchRule publishedApiOnly() {
        return classes()
                .that()
                .resideInAPackage(ADAPTER + "..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "com.google.common..",
                        "com.google.errorprone.annotations..",
                        "org.jspecify..",
                        "vn.chibo.domain..",
                        ADAPTER + "..")
                .because("an integrator's adapter is written against chibo-domain's published API only");
    }

    @Test
    void theAdapterDoesNotTouchJdbc() {
        classes()
                .that()
                .resideInAPackage(ADAPTER + "..")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages("java.sql..", "javax.sql..")
                .check(CLASSES);
    }
}
