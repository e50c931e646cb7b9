package vn.chibo.persistence.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.domain.port.Organizations;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.testkit.contract.OrganizationsContract;

/** The organisations contract on every database chibo runs on, each test on a fresh database. */
class JdbcOrganizationsContractIT {
    /** The organisations contract on a database of one kind. */
    abstract static class OnDatabase extends OrganizationsContract {
        private final TestDatabases databases = new TestDatabases();

        @TempDir
        Path dir;

        abstract Kind kind();

        @Override
        protected Organizations newStore() {
            return databases.fresh(kind(), dir).organizations();
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
