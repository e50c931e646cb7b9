package vn.chibo.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Where {@code vn.chibo.domain.member.residence} sits: it reads {@code common}, {@code rule}, {@code
 * organization} and {@code member} only, and only the root package, {@code port} and {@code memory}
 * read it. The area-order rule sees it as part of {@code member}, so these two rules say what that
 * rule cannot: {@code member} itself never reads its sub-package.
 */
@AnalyzeClasses(packages = ChiboArchitectureRules.DOMAIN_PACKAGE, importOptions = ImportOption.DoNotIncludeTests.class)
class ResidenceArchitectureTest {
    private static final String RESIDENCE = "vn.chibo.domain.member.residence..";

    @ArchTest
    static final ArchRule onlyTheRootPortAndMemoryReadResidence = noClasses()
            .that()
            .resideInAPackage("vn.chibo.domain..")
            .and()
            .resideOutsideOfPackages(RESIDENCE, "vn.chibo.domain", "vn.chibo.domain.port..", "vn.chibo.domain.memory..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(RESIDENCE)
            .because("only the root package, port and memory depend on the residence area");

    @ArchTest
    static final ArchRule residenceReadsOnlyLowerAreas = noClasses()
            .that()
            .resideInAPackage(RESIDENCE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "vn.chibo.domain",
                    "vn.chibo.domain.port..",
                    "vn.chibo.domain.memory..",
                    "vn.chibo.domain.meeting..",
                    "vn.chibo.domain.evaluation..",
                    "vn.chibo.domain.oversight..",
                    "vn.chibo.domain.report..")
            .because("the residence area depends on common, rule, organization and member only");
}
