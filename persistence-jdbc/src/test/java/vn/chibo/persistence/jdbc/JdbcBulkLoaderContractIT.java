package vn.chibo.persistence.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.domain.Chibo;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.testkit.contract.BulkLoaderContract;

/**
 * The bulk-load contract on every database chibo runs on, each test on a fresh database, with
 * every port of the target the database's own: the loader and reader that a JDBC-configured
 * {@link vn.chibo.domain.Chibo} hands out.
 */
class JdbcBulkLoaderContractIT {
    /** The contract on a database of one kind. */
    abstract static class OnDatabase extends BulkLoaderContract {
        private final TestDatabases databases = new TestDatabases();

        @TempDir
        Path dir;

        abstract Kind kind();

        @Override
        protected Target newTarget() {
            JdbcChibo storage = databases.fresh(kind(), dir);
            Chibo chibo = storage.configure(Chibo.builder()).build();
            return new Target(
                    storage.organizations(),
                    storage.members(),
                    storage.meetings(),
                    storage.residenceLiaisons(),
                    storage.evaluations(),
                    chibo.bulkLoader(),
                    chibo.bulkReader());
        }

        @AfterEach
        void closeDatabases() throws Exception {
            databases.close();
        }
    }

    @Nested
    class OnH2InMemory extends OnDatabase {
        @Override
        Kind kind() {
            return Kind.H2_MEMORY;
        }
    }

    @Nested
    class OnH2File extends OnDatabase {
        @Override
        Kind kind() {
            return Kind.H2_FILE;
        }
    }

    @Nested
    class OnPostgreSql extends OnDatabase {
        @Override
        Kind kind() {
            return Kind.POSTGRESQL;
        }
    }
}
