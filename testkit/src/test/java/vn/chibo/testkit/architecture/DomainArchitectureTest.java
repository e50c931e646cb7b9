package vn.chibo.testkit.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Rules 1, 3 and 4 on chibo's real domain, the way an integrator applies them: ArchUnit's JUnit 5
 * engine imports the production classes of {@code vn.chibo.domain} (generated ones included) and
 * checks each {@code @ArchTest} field.
 */
@AnalyzeClasses(packages = ChiboArchitectureRules.DOMAIN_PACKAGE, importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {
    @ArchTest
    static final ArchRule domainUsesOnlyAllowedPackages = ChiboArchitectureRules.domainUsesOnlyAllowedPackages();

    @ArchTest
    static final ArchRule domainAreasFollowTheirOrder = ChiboArchitectureRules.domainAreasFollowTheirOrder();

    @ArchTest
    static final ArchRule domainAreasAreFreeOfCycles = ChiboArchitectureRules.domainAreasAreFreeOfCycles();

    @ArchTest
    static final ArchRule portHoldsOnlyInterfacesAndValues = ChiboArchitectureRules.portHoldsOnlyInterfacesAndValues();
}
