package vn.chibo.testkit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.AbstractMap.SimpleEntry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each rule against fixtures in {@code fixtures.architecture…} (outside {@code vn.chibo}): the
 * {@code Broken*} classes break it in known ways and must be reported exactly; without them the same
 * fixtures pass.
 */
class ChiboArchitectureRulesTest {
    private static final String F = "fixtures.architecture.";
    private static final Pattern LOCATION = Pattern.compile(" in \\([^()]+\\.java:\\d+\\)");

    // ---------------------------------------------------------------- rule 1

    private static final String ALLOW = F + "allowlist.domain";

    @Test
    void domainAllowListReportsJdbcJavaxAndUnlistedLibraries() {
        ArchRule rule = ChiboArchitectureRules.domainUsesOnlyAllowedPackages(ALLOW);

        assertThat(violations(rule, importPackage(F + "allowlist")))
                .containsExactlyInAnyOrder(
                        "Constructor <" + ALLOW + ".BrokenJdbcLedger.<init>(java.sql.Connection)>"
                                + " has parameter of type <java.sql.Connection>",
                        "Field <" + ALLOW + ".BrokenJdbcLedger.connection> has type <java.sql.Connection>",
                        "Method <" + ALLOW
                                + ".BrokenJdbcLedger.isOpen()> calls method <java.sql.Connection.isClosed()>",
                        "Method <" + ALLOW + ".BrokenJdbcLedger.isOpen()> throws type <java.sql.SQLException>",
                        "Field <" + ALLOW + ".sub.BrokenLibraryUser.dataSource> has type <javax.sql.DataSource>",
                        "Method <" + ALLOW
                                + ".sub.BrokenLibraryUser.describe(com.tngtech.archunit.core.domain.JavaClass)>"
                                + " calls method <com.tngtech.archunit.core.domain.JavaClass.getName()>",
                        "Method <" + ALLOW
                                + ".sub.BrokenLibraryUser.describe(com.tngtech.archunit.core.domain.JavaClass)>"
                                + " has parameter of type <com.tngtech.archunit.core.domain.JavaClass>");
    }

    @Test
    void domainAllowListAcceptsItsLibrariesAndImmutablesGeneratedCode() {
        JavaClasses compliant = withoutBroken(importPackage(F + "allowlist"));

        assertThat(compliant.contain(ALLOW + ".ImmutableEntry")).isTrue();
        assertThat(compliant.contain(ALLOW + ".ImmutableEntry$Builder")).isTrue();
        assertThat(violations(ChiboArchitectureRules.domainUsesOnlyAllowedPackages(ALLOW), compliant))
                .isEmpty();
    }

    // ---------------------------------------------------------------- rule 2

    private static final String ADAPTERS = F + "adapters";

    @Test
    void adaptersThatUseEachOtherAreReportedPerPairOfAdapters() {
        ArchRule rule = ChiboArchitectureRules.adaptersAreIndependent(
                List.of(ADAPTERS + ".store", ADAPTERS + ".export", ADAPTERS + ".acme"));

        assertThat(violations(rule, importPackage(ADAPTERS)))
                .containsExactlyInAnyOrder(
                        "Slice " + ADAPTERS + ".acme depends on Slice " + ADAPTERS + ".store:"
                                + " Class <" + ADAPTERS + ".acme.BrokenAcmeStore> extends class <" + ADAPTERS
                                + ".store.Store>"
                                + " Constructor <" + ADAPTERS + ".acme.BrokenAcmeStore.<init>()> calls constructor <"
                                + ADAPTERS + ".store.Store.<init>()>",
                        "Slice " + ADAPTERS + ".store depends on Slice " + ADAPTERS + ".export:"
                                + " Method <" + ADAPTERS + ".store.sub.BrokenStoreUsesExporter.exportAll()>"
                                + " calls constructor <" + ADAPTERS + ".export.Exporter.<init>()>"
                                + " Method <" + ADAPTERS + ".store.sub.BrokenStoreUsesExporter.exportAll()>"
                                + " calls method <" + ADAPTERS + ".export.Exporter.export(java.lang.String)>");
    }

    @Test
    void integratorAdaptersAreCheckedAlongsideChibos() {
        ArchRule rule = ChiboArchitectureRules.adaptersAreIndependent(ADAPTERS + ".store", ADAPTERS + ".acme");

        assertThat(violations(rule, importPackage(ADAPTERS)))
                .singleElement()
                .asString()
                .startsWith("Slice " + ADAPTERS + ".acme depends on Slice " + ADAPTERS + ".store:");
        assertThat(rule.getDescription())
                .contains(ChiboArchitectureRules.PERSISTENCE_JDBC_PACKAGE, ChiboArchitectureRules.EXPORT_JSON_PACKAGE);
    }

    @Test
    void independentAdaptersAndTheCodeWiringThemPass() {
        ArchRule rule = ChiboArchitectureRules.adaptersAreIndependent(
                List.of(ADAPTERS + ".store", ADAPTERS + ".export", ADAPTERS + ".acme"));

        assertThat(violations(rule, withoutBroken(importPackage(ADAPTERS)))).isEmpty();
    }

    @Test
    void adapterIndependenceNeedsAtLeastOneAdapter() {
        assertThatThrownBy(() -> ChiboArchitectureRules.adaptersAreIndependent(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final String OUTER = F + "outer";

    @Test
    void dependingOnExamplesOrBenchmarksIsReported() {
        ArchRule rule =
                ChiboArchitectureRules.nothingDependsOnExamplesOrBenchmarks(OUTER + ".examples", OUTER + ".benchmarks");

        assertThat(violations(rule, importPackage(OUTER)))
                .containsExactlyInAnyOrder(
                        "Class <" + OUTER + ".examples.BrokenScenarioTimesItself> extends class <" + OUTER
                                + ".benchmarks.ScenarioBenchmark>",
                        "Constructor <" + OUTER + ".examples.BrokenScenarioTimesItself.<init>()> calls constructor <"
                                + OUTER + ".benchmarks.ScenarioBenchmark.<init>()>",
                        "Method <" + OUTER + ".core.BrokenCoreRunsScenario.run(" + OUTER + ".examples.Scenario)>"
                                + " calls method <" + OUTER + ".examples.Scenario.play()>",
                        "Method <" + OUTER + ".core.BrokenCoreRunsScenario.run(" + OUTER + ".examples.Scenario)>"
                                + " has parameter of type <" + OUTER + ".examples.Scenario>");
    }

    @Test
    void benchmarksMayRunExamples() {
        ArchRule rule =
                ChiboArchitectureRules.nothingDependsOnExamplesOrBenchmarks(OUTER + ".examples", OUTER + ".benchmarks");

        assertThat(violations(rule, withoutBroken(importPackage(OUTER)))).isEmpty();
    }

    // ---------------------------------------------------------------- rule 3

    private static final String LAYERS = F + "layers.domain";

    @Test
    void domainAreasReportEveryDependencyAgainstTheOrder() {
        ArchRule rule = ChiboArchitectureRules.domainAreasFollowTheirOrder(LAYERS);
        EvaluationResult result = rule.evaluate(importPackage(LAYERS));

        assertThat(offendingClassPairs(result))
                .containsExactlyInAnyOrder(
                        entry(LAYERS + ".common.BrokenCommonReadsRule", LAYERS + ".rule.Rule"),
                        entry(LAYERS + ".rule.BrokenRuleReadsRoot", LAYERS + ".Domain"),
                        entry(LAYERS + ".organization.BrokenOrganizationReadsMember", LAYERS + ".member.Member"),
                        entry(LAYERS + ".meeting.BrokenMeetingReadsPort", LAYERS + ".port.Ports"),
                        entry(LAYERS + ".report.BrokenReportReadsOversight", LAYERS + ".oversight.Oversight"),
                        entry(LAYERS + ".port.BrokenPortReadsMemory", LAYERS + ".memory.InMemoryPorts"));
        // Each broken record has a field, a constructor parameter and an accessor of the wrong type.
        assertThat(violations(rule, importPackage(LAYERS)))
                .hasSize(18)
                .contains(
                        "Field <" + LAYERS + ".rule.BrokenRuleReadsRoot.domain> has type <" + LAYERS + ".Domain>",
                        "Method <" + LAYERS + ".report.BrokenReportReadsOversight.oversight()> has return type <"
                                + LAYERS + ".oversight.Oversight>");
    }

    @Test
    void domainAreasInTheirOrderPass() {
        JavaClasses compliant = withoutBroken(importPackage(LAYERS));

        assertThat(violations(ChiboArchitectureRules.domainAreasFollowTheirOrder(LAYERS), compliant))
                .isEmpty();
        assertThat(violations(ChiboArchitectureRules.domainAreasAreFreeOfCycles(LAYERS), compliant))
                .isEmpty();
    }

    @Test
    void areasMayBeAbsentButCommonRuleAndTheRootPackageMayNot() {
        ArchRule rule = ChiboArchitectureRules.domainAreasFollowTheirOrder(LAYERS);
        JavaClasses compliant = withoutBroken(importPackage(LAYERS));

        JavaClasses onlyTheBase = compliant.that(resideInAnyPackage(LAYERS, LAYERS + ".common..", LAYERS + ".rule.."));
        assertThat(violations(rule, onlyTheBase)).isEmpty();

        JavaClasses withoutCommon = compliant.that(not(resideInAPackage(LAYERS + ".common..")));
        assertThat(violations(rule, withoutCommon)).containsExactly("Layer 'common' is empty");

        JavaClasses withoutRoot = compliant.that(not(resideInAPackage(LAYERS)));
        assertThat(violations(rule, withoutRoot)).containsExactly("Layer 'root' is empty");
    }

    private static final String CYCLES = F + "cycles.domain";

    @Test
    void domainAreaCyclesAreReportedWithTheirDependencies() {
        ArchRule rule = ChiboArchitectureRules.domainAreasAreFreeOfCycles(CYCLES);

        assertThat(violations(rule, importPackage(CYCLES)))
                .containsExactly("Cycle detected: Slice alpha -> Slice beta -> Slice alpha"
                        + " 1. Dependencies of Slice alpha"
                        + " - Constructor <" + CYCLES + ".alpha.Alpha.<init>(" + CYCLES + ".beta.Beta)>"
                        + " has parameter of type <" + CYCLES + ".beta.Beta>"
                        + " - Field <" + CYCLES + ".alpha.Alpha.beta> has type <" + CYCLES + ".beta.Beta>"
                        + " - Method <" + CYCLES + ".alpha.Alpha.beta()> has return type <" + CYCLES + ".beta.Beta>"
                        + " 2. Dependencies of Slice beta"
                        + " - Constructor <" + CYCLES + ".beta.BrokenBetaReadsAlpha.<init>(" + CYCLES
                        + ".alpha.Alpha)> has parameter of type <" + CYCLES + ".alpha.Alpha>"
                        + " - Field <" + CYCLES + ".beta.BrokenBetaReadsAlpha.alpha> has type <" + CYCLES
                        + ".alpha.Alpha>"
                        + " - Method <" + CYCLES + ".beta.BrokenBetaReadsAlpha.alpha()> has return type <" + CYCLES
                        + ".alpha.Alpha>");
        assertThat(violations(rule, withoutBroken(importPackage(CYCLES)))).isEmpty();
    }

    // ---------------------------------------------------------------- rule 4

    private static final String PORT = F + "port.domain";

    @Test
    void portReportsConcreteAndAbstractClassesThatAreNotValues() {
        ArchRule rule = ChiboArchitectureRules.portHoldsOnlyInterfacesAndValues(PORT);
        String isNot = " is not an interface, enum, record, annotation, exception or Immutables value type";

        assertThat(violations(rule, importPackage(F + "port")))
                .containsExactlyInAnyOrder(
                        "Class <" + PORT + ".port.BrokenInMemoryThingPort>" + isNot,
                        "Class <" + PORT + ".port.BrokenThingDefaults>" + isNot,
                        "Class <" + PORT + ".port.ThingPort$BrokenHelper>" + isNot);
    }

    @Test
    void portAcceptsInterfacesEnumsRecordsAnnotationsExceptionsAndImmutablesValues() {
        JavaClasses compliant = withoutBroken(importPackage(F + "port"));

        assertThat(compliant.contain(PORT + ".port.ImmutableThingQuery$Builder"))
                .isTrue();
        assertThat(violations(ChiboArchitectureRules.portHoldsOnlyInterfacesAndValues(PORT), compliant))
                .isEmpty();
    }

    @Test
    void aMistypedDomainPackageFailsInsteadOfPassingSilently() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ChiboArchitectureRules.portHoldsOnlyInterfacesAndValues(LAYERS)
                                .check(importPackage(ALLOW)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    // ---------------------------------------------------------------- rule 5

    private static final String SQL = F + "sql.adapter";

    @Test
    void sqlReachingJdbcOutsideSqlIsReportedForCallsAndMethodReferences() {
        ArchRule rule = ChiboArchitectureRules.sqlReachesJdbcOnlyThroughSql(SQL);
        String exists = "Method <" + SQL + ".BrokenStatementRepository.exists(java.sql.Connection, java.lang.String)>";
        String prepare = "Method <" + SQL + ".BrokenPreparingRepository.prepare(" + SQL
                + ".AuditedConnection, java.lang.String)>";

        assertThat(violations(rule, importPackage(SQL)))
                .containsExactlyInAnyOrder(
                        exists + " calls method <java.sql.Connection.createStatement()>",
                        exists + " calls method <java.sql.Statement.addBatch(java.lang.String)>",
                        exists + " calls method <java.sql.Statement.executeQuery(java.lang.String)>",
                        prepare + " calls method <" + SQL + ".AuditedConnection.prepareStatement(java.lang.String)>",
                        prepare + " calls method <" + SQL + ".AuditedConnection.nativeSQL(java.lang.String)>",
                        "Method <" + SQL + ".BrokenPreparingRepository.opener(java.sql.Connection)>"
                                + " references method <java.sql.Connection.createStatement()>",
                        "Method <" + SQL + ".internal.BrokenSqlHelper.call(java.sql.Connection, java.lang.String)>"
                                + " calls method <java.sql.Connection.prepareCall(java.lang.String)>");
    }

    @Test
    void sqlThroughSqlAndParameterlessExecutionPass() {
        JavaClasses compliant = withoutBroken(importPackage(SQL));

        assertThat(violations(ChiboArchitectureRules.sqlReachesJdbcOnlyThroughSql(SQL), compliant))
                .isEmpty();
        assertThat(violations(ChiboArchitectureRules.sqlTextIsCompileTimeConstant(SQL), compliant))
                .isEmpty();
    }

    @Test
    void sqlWaysInWithoutCompileTimeConstantAreReported() {
        String sql = F + "sql.unannotated.internal.Sql";
        ArchRule rule = ChiboArchitectureRules.sqlTextIsCompileTimeConstant(F + "sql.unannotated");

        assertThat(violations(rule, importPackage(F + "sql.unannotated")))
                .containsExactlyInAnyOrder(
                        "Method <" + sql
                                + ".of(java.lang.String)> has String parameter #0 without @CompileTimeConstant",
                        "Method <" + sql + ".joined(java.lang.String, java.lang.String)>"
                                + " has String parameter #0 without @CompileTimeConstant",
                        "Method <" + sql + ".append(java.lang.String)>"
                                + " has String parameter #0 without @CompileTimeConstant");
    }

    @Test
    void anAdapterWithoutSqlFailsTheFactoryRule() {
        ArchRule rule = ChiboArchitectureRules.sqlTextIsCompileTimeConstant(ADAPTERS);
        JavaClasses noSql = importPackage(ADAPTERS);

        assertThatThrownBy(() -> rule.evaluate(noSql))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    // ---------------------------------------------------------------- all

    @Test
    void allRulesCoverTheFiveRulesOfArchitectureMd() {
        List<ArchRule> rules = ChiboArchitectureRules.allRules();

        assertThat(rules).hasSize(9);
        for (int n = 1; n <= 5; n++) {
            String cited = "\"Rules the architecture tests enforce\", rule " + n + ":";
            assertThat(rules).anySatisfy(r -> assertThat(r.getDescription()).contains(cited));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static JavaClasses importPackage(String pkg) {
        return new ClassFileImporter().importPackages(pkg);
    }

    private static JavaClasses withoutBroken(JavaClasses classes) {
        return classes.that(not(simpleNameStartingWith("Broken")));
    }

    /** The failure report's details, without source locations, each on one line. */
    private static List<String> violations(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes).getFailureReport().getDetails().stream()
                .map(d -> LOCATION.matcher(d)
                        .replaceAll("")
                        .replaceAll("\\s+", " ")
                        .trim())
                .toList();
    }

    /** Origin and target class of every violating dependency. */
    private static Set<Map.Entry<String, String>> offendingClassPairs(EvaluationResult result) {
        Set<Map.Entry<String, String>> pairs = new TreeSet<>(Map.Entry.comparingByKey());
        result.handleViolations((Collection<Dependency> dependencies, String message) ->
                dependencies.forEach(d -> pairs.add(new SimpleEntry<>(
                        d.getOriginClass().getName(), d.getTargetClass().getName()))));
        return pairs;
    }

    // ---------------------------------------------------------------- nullness

    @Test
    void classesInAPackageWithoutNullMarkedAreReportedAndMarkedOnesAreNot() {
        com.tngtech.archunit.lang.EvaluationResult result = ChiboArchitectureRules.everyPackageIsNullMarked(
                        "fixtures.architecture.nullness")
                .evaluate(importPackage("fixtures.architecture.nullness"));

        assertThat(result.getFailureReport().getDetails())
                .containsExactly("fixtures.architecture.nullness.unmarked.BrokenUnmarked is in package"
                        + " fixtures.architecture.nullness.unmarked, which is not @NullMarked");
    }
}
