package vn.chibo.persistence.jdbc;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.chibo.testkit.architecture.ChiboArchitectureRules;

/** Rule 5 of {@code architecture.md} on this adapter's production classes. */
class PersistenceArchitectureTest {
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(ChiboArchitectureRules.PERSISTENCE_JDBC_PACKAGE);

    @Test
    void onlySqlHandsSqlTextToJdbc() {
        ChiboArchitectureRules.sqlReachesJdbcOnlyThroughSql().check(ADAPTER);
    }

    @Test
    void sqlTakesOnlyCompileTimeConstantText() {
        ChiboArchitectureRules.sqlTextIsCompileTimeConstant().check(ADAPTER);
    }
}
