package vn.chibo.testkit.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CompileTimeConstant;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The five rules of {@code architecture.md} ("Rules the architecture tests enforce") as ArchUnit
 * rules, for chibo's own build and for an integrator's.
 *
 * <p>Every rule has a factory taking the packages it is about (so it can be tried on any code) and
 * a no-argument overload for chibo's real packages. An integrator imports chibo's classes together
 * with their own and checks the rules, either with ArchUnit's JUnit 5 support:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = {"vn.chibo", "com.acme.chibo"}, importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchRule adapters = ChiboArchitectureRules.adaptersAreIndependent("com.acme.chibo.store");
 *
 *     @ArchTest
 *     static final ArchRule domain = ChiboArchitectureRules.domainUsesOnlyAllowedPackages();
 * }
 * }</pre>
 *
 * <p>or by hand: {@code ChiboArchitectureRules.allRules("com.acme.chibo.store").forEach(rule ->
 * rule.check(classes))}, with {@code classes} imported by a {@code ClassFileImporter}.
 *
 * <p>Rules fail when what they check is absent (ArchUnit's default {@code failOnEmptyShould}), so a
 * mistyped package name does not pass silently.
 *
 * <p>Thread safety: this class is stateless; every factory returns a new rule, and ArchUnit rules
 * are immutable and may be evaluated from several threads.
 */
public final class ChiboArchitectureRules {
    /** chibo's domain root package. */
    public static final String DOMAIN_PACKAGE = "vn.chibo.domain";

    /** chibo's JDBC adapter. */
    public static final String PERSISTENCE_JDBC_PACKAGE = "vn.chibo.persistence.jdbc";

    /** chibo's JSON export adapter. */
    public static final String EXPORT_JSON_PACKAGE = "vn.chibo.export.json";

    /** chibo's adapters, in the order of {@code architecture.md}. */
    public static final ImmutableList<String> ADAPTER_PACKAGES =
            ImmutableList.of(PERSISTENCE_JDBC_PACKAGE, EXPORT_JSON_PACKAGE);

    /** chibo's runnable examples. */
    public static final String EXAMPLES_PACKAGE = "vn.chibo.examples";

    /** chibo's benchmarks. */
    public static final String BENCHMARKS_PACKAGE = "vn.chibo.benchmarks";

    /**
     * What the domain may depend on besides itself (ArchUnit package identifiers), less {@link
     * #DOMAIN_FORBIDDEN_PACKAGES}.
     *
     * <p>Immutables' generated classes carry {@code @javax.annotation.processing.Generated} too,
     * but that annotation has source retention: it never reaches the bytecode this rule reads, so
     * it needs no entry and {@code javax..} stays forbidden. Their own {@code
     * @org.immutables.value.Generated} (class retention) is covered by {@code org.immutables.value..}.
     */
    public static final ImmutableList<String> DOMAIN_ALLOWED_PACKAGES = ImmutableList.of(
            "java..",
            "com.google.common..",
            "com.google.errorprone.annotations..",
            "org.immutables.value..",
            "jakarta.validation..",
            "org.jspecify..");

    /** Packages inside {@link #DOMAIN_ALLOWED_PACKAGES} that the domain still must not use: JDBC. */
    public static final ImmutableList<String> DOMAIN_FORBIDDEN_PACKAGES = ImmutableList.of("java.sql..");

    private static final String SOURCE = "architecture.md, \"Rules the architecture tests enforce\", rule ";

    private static final String IMMUTABLES_VALUE = "org.immutables.value.Value$Immutable";
    private static final String IMMUTABLES_GENERATED = "org.immutables.value.Generated";

    private static final ImmutableSet<String> CONNECTION_SQL_METHODS =
            ImmutableSet.of("prepareStatement", "prepareCall", "createStatement", "nativeSQL");
    private static final ImmutableSet<String> STATEMENT_SQL_METHODS =
            ImmutableSet.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

    private ChiboArchitectureRules() {}

    // ---------------------------------------------------------------- rule 1: domain allow-list

    /** Rule 1 for {@value #DOMAIN_PACKAGE}. */
    public static ArchRule domainUsesOnlyAllowedPackages() {
        return domainUsesOnlyAllowedPackages(DOMAIN_PACKAGE);
    }

    /**
     * Rule 1: classes in {@code domainPackage..}, generated ones included, depend only on {@link
     * #DOMAIN_ALLOWED_PACKAGES} and on {@code domainPackage..} itself, and never on {@link
     * #DOMAIN_FORBIDDEN_PACKAGES} ({@code java.sql} is in {@code java..}).
     *
     * @param domainPackage the domain's root package, e.g. {@code vn.chibo.domain}
     */
    public static ArchRule domainUsesOnlyAllowedPackages(String domainPackage) {
        List<String> allowed = new ArrayList<>(DOMAIN_ALLOWED_PACKAGES);
        allowed.add(domainPackage + "..");
        return classes()
                .that()
                .resideInAPackage(domainPackage + "..")
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage(allowed.toArray(String[]::new))
                        .and(resideOutsideOfPackages(DOMAIN_FORBIDDEN_PACKAGES.toArray(String[]::new))))
                .because(SOURCE + "1: the domain uses only the JDK, Guava, Error Prone's annotations, Immutables,"
                        + " Jakarta Validation and JSpecify; no java.sql, no Jackson, no Hibernate, no adapter");
    }

    // ---------------------------------------------------------------- rule 2: adapters, examples, benchmarks

    /**
     * Rule 2, first half: chibo's adapters ({@link #ADAPTER_PACKAGES}) and the integrator's never
     * depend on each other.
     *
     * @param integratorAdapterPackages root packages of the integrator's own adapters, if any
     */
    public static ArchRule adaptersAreIndependent(String... integratorAdapterPackages) {
        List<String> adapters = new ArrayList<>(ADAPTER_PACKAGES);
        adapters.addAll(List.of(integratorAdapterPackages));
        return adaptersAreIndependent(adapters);
    }

    /**
     * Rule 2, first half, for exactly the given adapters: no class in one adapter's package (or
     * below) depends on a class of another. A class belongs to the adapter with the longest
     * matching package, so nested adapter packages work.
     *
     * @param adapterPackages root packages of the adapters, at least one
     */
    public static ArchRule adaptersAreIndependent(Collection<String> adapterPackages) {
        ImmutableList<String> adapters = ImmutableList.copyOf(adapterPackages);
        if (adapters.isEmpty()) {
            throw new IllegalArgumentException("at least one adapter package is needed");
        }
        return slices().assignedFrom(new AdapterSlices(adapters))
                .should()
                .notDependOnEachOther()
                .because(SOURCE + "2: adapters never depend on each other");
    }

    /** Rule 2, second half, for {@value #EXAMPLES_PACKAGE} and {@value #BENCHMARKS_PACKAGE}. */
    public static ArchRule nothingDependsOnExamplesOrBenchmarks() {
        return nothingDependsOnExamplesOrBenchmarks(EXAMPLES_PACKAGE, BENCHMARKS_PACKAGE);
    }

    /**
     * Rule 2, second half: no class outside {@code examplesPackage..} and {@code
     * benchmarksPackage..} depends on the examples (benchmarks run them), and no class outside
     * {@code benchmarksPackage..} depends on the benchmarks.
     *
     * @param examplesPackage the examples' root package
     * @param benchmarksPackage the benchmarks' root package
     */
    public static ArchRule nothingDependsOnExamplesOrBenchmarks(String examplesPackage, String benchmarksPackage) {
        ArchRule examples = noClasses()
                .that()
                .resideOutsideOfPackages(examplesPackage + "..", benchmarksPackage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(examplesPackage + "..");
        ArchRule benchmarks = noClasses()
                .that()
                .resideOutsideOfPackage(benchmarksPackage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(benchmarksPackage + "..");
        return CompositeArchRule.of(examples)
                .and(benchmarks)
                .because(SOURCE + "2: nothing depends on examples or benchmarks (benchmarks may run examples)");
    }

    // ---------------------------------------------------------------- rule 3: area order, no cycles

    /** Rule 3, the order, for {@value #DOMAIN_PACKAGE}. */
    public static ArchRule domainAreasFollowTheirOrder() {
        return domainAreasFollowTheirOrder(DOMAIN_PACKAGE);
    }

    /**
     * Rule 3, the order: {@code common} ← {@code rule} ← {@code organization} ← {@code member} ←
     * {@code meeting} ← {@code evaluation} ← {@code oversight}, {@code report}; {@code port} may use
     * all of these, {@code memory} also {@code port}, and the root package (exactly {@code
     * domainPackage}, not its sub-packages) everything. Only dependencies between these packages
     * count. {@code common}, {@code rule} and the root package must exist; the rest may be absent.
     *
     * @param domainPackage the domain's root package
     */
    public static ArchRule domainAreasFollowTheirOrder(String domainPackage) {
        String d = domainPackage + ".";
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("common")
                .definedBy(d + "common..")
                .layer("rule")
                .definedBy(d + "rule..")
                .optionalLayer("organization")
                .definedBy(d + "organization..")
                .optionalLayer("member")
                .definedBy(d + "member..")
                .optionalLayer("meeting")
                .definedBy(d + "meeting..")
                .optionalLayer("evaluation")
                .definedBy(d + "evaluation..")
                .optionalLayer("oversight")
                .definedBy(d + "oversight..")
                .optionalLayer("report")
                .definedBy(d + "report..")
                .optionalLayer("port")
                .definedBy(d + "port..")
                .optionalLayer("memory")
                .definedBy(d + "memory..")
                .layer("root")
                .definedBy(domainPackage)
                .whereLayer("common")
                .mayNotAccessAnyLayer()
                .whereLayer("rule")
                .mayOnlyAccessLayers("common")
                .whereLayer("organization")
                .mayOnlyAccessLayers("common", "rule")
                .whereLayer("member")
                .mayOnlyAccessLayers("common", "rule", "organization")
                .whereLayer("meeting")
                .mayOnlyAccessLayers("common", "rule", "organization", "member")
                .whereLayer("evaluation")
                .mayOnlyAccessLayers("common", "rule", "organization", "member", "meeting")
                .whereLayer("oversight")
                .mayOnlyAccessLayers("common", "rule", "organization", "member", "meeting", "evaluation")
                .whereLayer("report")
                .mayOnlyAccessLayers("common", "rule", "organization", "member", "meeting", "evaluation")
                .whereLayer("port")
                .mayOnlyAccessLayers(
                        "common", "rule", "organization", "member", "meeting", "evaluation", "oversight", "report")
                .whereLayer("memory")
                .mayOnlyAccessLayers(
                        "common",
                        "rule",
                        "organization",
                        "member",
                        "meeting",
                        "evaluation",
                        "oversight",
                        "report",
                        "port")
                .because(SOURCE + "3: domain areas follow their order; a lower area never reads a higher one");
    }

    /** Rule 3, no cycles, for {@value #DOMAIN_PACKAGE}. */
    public static ArchRule domainAreasAreFreeOfCycles() {
        return domainAreasAreFreeOfCycles(DOMAIN_PACKAGE);
    }

    /**
     * Rule 3, no cycles: the packages directly below {@code domainPackage} (each with its
     * sub-packages) do not depend on each other in a cycle, including packages the order does not
     * name.
     *
     * @param domainPackage the domain's root package
     */
    public static ArchRule domainAreasAreFreeOfCycles(String domainPackage) {
        return slices().matching(domainPackage + ".(*)..")
                .should()
                .beFreeOfCycles()
                .because(SOURCE + "3: domain areas have no cycles");
    }

    // ---------------------------------------------------------------- rule 4: port

    /** Rule 4 for {@value #DOMAIN_PACKAGE}. */
    public static ArchRule portHoldsOnlyInterfacesAndValues() {
        return portHoldsOnlyInterfacesAndValues(DOMAIN_PACKAGE);
    }

    /**
     * Rule 4: every class in {@code domainPackage.port..} is an interface, an enum, a record, an
     * annotation, an exception (a {@link Throwable}) or an Immutables value type: annotated
     * {@code @Value.Immutable}, or generated by Immutables (annotated {@code
     * @org.immutables.value.Generated}, which has class retention), or nested in such a generated
     * class (its builder). Fails when there is no {@code port} package.
     *
     * @param domainPackage the domain's root package
     */
    public static ArchRule portHoldsOnlyInterfacesAndValues(String domainPackage) {
        return classes()
                .that()
                .resideInAPackage(domainPackage + ".port..")
                .should(be(portType()))
                .because(SOURCE + "4: port holds interfaces and the value types they exchange, nothing else");
    }

    // ---------------------------------------------------------------- rule 5: SQL only through Sql

    /** Rule 5, the calls, for {@value #PERSISTENCE_JDBC_PACKAGE}. */
    public static ArchRule sqlReachesJdbcOnlyThroughSql() {
        return sqlReachesJdbcOnlyThroughSql(PERSISTENCE_JDBC_PACKAGE);
    }

    /**
     * Rule 5, the calls: within {@code adapterPackage..} only {@code adapterPackage.internal.Sql}
     * calls or references {@link Connection}'s {@code prepareStatement}, {@code prepareCall},
     * {@code createStatement} or {@code nativeSQL}, or an overload of {@link Statement}'s {@code
     * execute*} or {@code addBatch} that takes SQL text (a {@code String}); on any subtype of
     * either, e.g. a driver's connection class. Pair it with {@link #sqlTextIsCompileTimeConstant(String)},
     * which fails when the adapter has no {@code Sql} factory.
     *
     * @param adapterPackage the adapter's root package
     */
    public static ArchRule sqlReachesJdbcOnlyThroughSql(String adapterPackage) {
        String sql = sqlClass(adapterPackage);
        return classes()
                .that()
                .resideInAPackage(adapterPackage + "..")
                .should(notAccessJdbcSqlEntryPointsUnlessIn(sql))
                .because(SOURCE + "5: SQL text reaches JDBC only through " + sql);
    }

    /** Rule 5, the factory, for {@value #PERSISTENCE_JDBC_PACKAGE}. */
    public static ArchRule sqlTextIsCompileTimeConstant() {
        return sqlTextIsCompileTimeConstant(PERSISTENCE_JDBC_PACKAGE);
    }

    /**
     * Rule 5, the factory: every non-private constructor and method of {@code
     * adapterPackage.internal.Sql} that takes a {@code String} has each such parameter annotated
     * {@link CompileTimeConstant}, so Error Prone rejects any SQL text that is not a constant. The
     * annotation has class retention; ArchUnit reads it from the bytecode. Fails when there is no
     * such code unit at all.
     *
     * @param adapterPackage the adapter's root package
     */
    public static ArchRule sqlTextIsCompileTimeConstant(String adapterPackage) {
        String sql = sqlClass(adapterPackage);
        return codeUnits()
                .that()
                .areDeclaredInClassesThat()
                .haveFullyQualifiedName(sql)
                .and()
                .doNotHaveModifier(JavaModifier.PRIVATE)
                .and(takeAString())
                .should(annotateEveryStringParameterWith(CompileTimeConstant.class.getName()))
                .because(SOURCE + "5: the factory of " + sql + " takes only @CompileTimeConstant SQL text");
    }

    // ---------------------------------------------------------------- all of them

    /**
     * Every rule for chibo's real packages, with the integrator's adapters added to rule 2. Import
     * all of chibo (domain and adapters) together with the integrator's classes before checking.
     *
     * @param integratorAdapterPackages root packages of the integrator's own adapters, if any
     */
    public static ImmutableList<ArchRule> allRules(String... integratorAdapterPackages) {
        return ImmutableList.of(
                domainUsesOnlyAllowedPackages(),
                adaptersAreIndependent(integratorAdapterPackages),
                nothingDependsOnExamplesOrBenchmarks(),
                domainAreasFollowTheirOrder(),
                domainAreasAreFreeOfCycles(),
                portHoldsOnlyInterfacesAndValues(),
                sqlReachesJdbcOnlyThroughSql(),
                sqlTextIsCompileTimeConstant(),
                everyPackageIsNullMarked());
    }

    // ---------------------------------------------------------------- nullness

    /** Every package of chibo is {@code @NullMarked}. */
    public static ArchRule everyPackageIsNullMarked() {
        return everyPackageIsNullMarked("vn.chibo");
    }

    /**
     * Every class under {@code rootPackage} lies in a package whose {@code package-info.java} is
     * annotated {@code @org.jspecify.annotations.NullMarked}, so that NullAway checks it and readers
     * know that nothing is null unless marked {@code @Nullable} (issue: quality gates).
     *
     * @param rootPackage the root of the packages checked
     */
    public static ArchRule everyPackageIsNullMarked(String rootPackage) {
        return classes()
                .that()
                .resideInAPackage(rootPackage + "..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should(new ArchCondition<JavaClass>("reside in a @NullMarked package") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        boolean marked = item.getPackage().isAnnotatedWith("org.jspecify.annotations.NullMarked");
                        if (!marked) {
                            events.add(SimpleConditionEvent.violated(
                                    item,
                                    item.getName() + " is in package " + item.getPackageName()
                                            + ", which is not @NullMarked"));
                        }
                    }
                })
                .because("every package carries JSpecify's @NullMarked in its package-info.java");
    }

    // ---------------------------------------------------------------- helpers

    private static String sqlClass(String adapterPackage) {
        return adapterPackage + ".internal.Sql";
    }

    private static ArchCondition<JavaClass> be(DescribedPredicate<JavaClass> predicate) {
        return new ArchCondition<>("be " + predicate.getDescription()) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!predicate.test(javaClass)) {
                    events.add(SimpleConditionEvent.violated(
                            javaClass,
                            "Class <" + javaClass.getName() + "> is not " + predicate.getDescription() + " in "
                                    + javaClass.getSourceCodeLocation()));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> portType() {
        return DescribedPredicate.describe(
                "an interface, enum, record, annotation, exception or Immutables value type",
                c -> c.isInterface()
                        || c.isEnum()
                        || c.isRecord()
                        || c.isAnnotation()
                        || c.isAssignableTo(Throwable.class)
                        || c.isAnnotatedWith(IMMUTABLES_VALUE)
                        || generatedByImmutables(c));
    }

    private static boolean generatedByImmutables(JavaClass javaClass) {
        Optional<JavaClass> c = Optional.of(javaClass);
        while (c.isPresent()) {
            if (c.get().isAnnotatedWith(IMMUTABLES_GENERATED)) {
                return true;
            }
            c = c.get().getEnclosingClass();
        }
        return false;
    }

    private static ArchCondition<JavaClass> notAccessJdbcSqlEntryPointsUnlessIn(String sqlClass) {
        return new ArchCondition<>("not pass SQL text to JDBC unless they are " + sqlClass) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (javaClass.getName().equals(sqlClass)) {
                    return;
                }
                javaClass.getAccessesFromSelf().stream()
                        .filter(ChiboArchitectureRules::passesSqlTextToJdbc)
                        .sorted(Comparator.comparing(JavaAccess::getDescription))
                        .forEach(a -> events.add(SimpleConditionEvent.violated(a, a.getDescription())));
            }
        };
    }

    private static boolean passesSqlTextToJdbc(JavaAccess<?> access) {
        if (!(access.getTarget() instanceof CodeUnitAccessTarget target)) {
            return false;
        }
        JavaClass owner = target.getOwner();
        String name = target.getName();
        if (CONNECTION_SQL_METHODS.contains(name) && owner.isAssignableTo(Connection.class)) {
            return true;
        }
        return STATEMENT_SQL_METHODS.contains(name)
                && owner.isAssignableTo(Statement.class)
                && target.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(String.class));
    }

    private static DescribedPredicate<JavaCodeUnit> takeAString() {
        return DescribedPredicate.describe(
                "take a String", u -> u.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(String.class)));
    }

    private static ArchCondition<JavaCodeUnit> annotateEveryStringParameterWith(String annotation) {
        String simpleName = annotation.substring(annotation.lastIndexOf('.') + 1);
        return new ArchCondition<>("annotate every String parameter with @" + simpleName) {
            @Override
            public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
                for (JavaParameter p : codeUnit.getParameters()) {
                    if (p.getRawType().isEquivalentTo(String.class) && !p.isAnnotatedWith(annotation)) {
                        events.add(SimpleConditionEvent.violated(
                                codeUnit,
                                codeUnit.getDescription() + " has String parameter #" + p.getIndex() + " without @"
                                        + simpleName + " in " + codeUnit.getSourceCodeLocation()));
                    }
                }
            }
        };
    }

    /** Puts each class into the slice of the adapter with the longest matching package. */
    private static final class AdapterSlices implements SliceAssignment {
        private final ImmutableList<String> adapters;

        AdapterSlices(ImmutableList<String> adapters) {
            this.adapters = adapters;
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            return adapters.stream()
                    .filter(a -> pkg.equals(a) || pkg.startsWith(a + "."))
                    .max(Comparator.comparingInt(String::length))
                    .map(SliceIdentifier::of)
                    .orElseGet(SliceIdentifier::ignore);
        }

        @Override
        public String getDescription() {
            return "adapters " + adapters;
        }
    }
}
