package vn.chibo.examples.eventfile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import vn.chibo.testkit.architecture.ChiboArchitectureRules;

/**
 * The architecture rules that apply to an integrator's adapter, on this module's production classes
 * imported with chibo's: rule 2 (adapters independent, nothing depends on examples), every package
 * null-marked, and this adapter's own promise: it uses chibo's published domain API only.
 */
class EventFileArchitectureTest {
    private static final String ADAPTER = "vn.chibo.examples.eventfile";

    private static final JavaClasses CHIBO = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("vn.chibo");

    @Test
    void adaptersDependOnNoOtherAdapter() {
        ChiboArchitectureRules.adaptersAreIndependent(ADAPTER).check(CHIBO);
    }

    @Test
    void nothingOutsideTheExamplesDependsOnThem() {
        ChiboArchitectureRules.nothingDependsOnExamplesOrBenchmarks().check(CHIBO);
    }

    @Test
    void everyPackageOfTheAdapterIsNullMarked() {
        ChiboArchitectureRules.everyPackageIsNullMarked(ADAPTER).check(CHIBO);
    }

    @Test
    void theAdapterUsesOnlyTheJdkGuavaAndChibosDomain() {
        ArchRule publishedApiOnly = classes()
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
        publishedApiOnly.check(CHIBO);
    }

    @Test
    void theAdapterDoesNotTouchJdbc() {
        classes()
                .that()
                .resideInAPackage(ADAPTER + "..")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages("java.sql..", "javax.sql..")
                .check(CHIBO);
    }
}
