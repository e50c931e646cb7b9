package vn.chibo.examples;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.chibo.testkit.architecture.ChiboArchitectureRules;

/** Every architecture rule on every chibo module at once: the examples module sees them all. */
@AnalyzeClasses(packages = "vn.chibo", importOptions = ImportOption.DoNotIncludeTests.class)
class ChiboArchitectureTest {
    @ArchTest
    static final ArchRule domainUsesOnlyAllowedPackages = ChiboArchitectureRules.domainUsesOnlyAllowedPackages();

    @ArchTest
    static final ArchRule adaptersAreIndependent = ChiboArchitectureRules.adaptersAreIndependent();

    @ArchTest
    static final ArchRule nothingDependsOnExamplesOrBenchmarks =
            ChiboArchitectureRules.nothingDependsOnExamplesOrBenchmarks();

    @ArchTest
    static final ArchRule domainAreasFollowTheirOrder = ChiboArchitectureRules.domainAreasFollowTheirOrder();

    @ArchTest
    static final ArchRule domainAreasAreFreeOfCycles = ChiboArchitectureRules.domainAreasAreFreeOfCycles();

    @ArchTest
    static final ArchRule portHoldsOnlyInterfacesAndValues = ChiboArchitectureRules.portHoldsOnlyInterfacesAndValues();

    @ArchTest
    static final ArchRule sqlReachesJdbcOnlyThroughSql = ChiboArchitectureRules.sqlReachesJdbcOnlyThroughSql();

    @ArchTest
    static final ArchRule sqlTextIsCompileTimeConstant = ChiboArchitectureRules.sqlTextIsCompileTimeConstant();

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = ChiboArchitectureRules.everyPackageIsNullMarked();
}
