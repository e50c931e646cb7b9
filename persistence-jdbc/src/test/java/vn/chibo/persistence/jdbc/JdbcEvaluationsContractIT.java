package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.testkit.contract.EvaluationsContract;

/**
 * The evaluations contract on every database chibo runs on, each test on a fresh database; reviews,
 * members and organisations share it, as they do in {@link JdbcChibo}. After each test the
 * maintained aggregates still equal their recomputation.
 */
class JdbcEvaluationsContractIT {
    /** The evaluations contract on a database of one kind. */
    abstract static class OnDatabase extends EvaluationsContract {
        private final TestDatabases databases = new TestDatabases();
        private @Nullable JdbcChibo storage;

        @TempDir
        Path dir;

        abstract Kind kind();

        @Override
        protected Organizations newOrganizations() {
            JdbcChibo fresh = databases.fresh(kind(), dir);
            storage = fresh;
            return fresh.organizations();
        }

        @Override
        protected Members newMembers(Organizations organizations) {
            JdbcChibo current = Objects.requireNonNull(storage, "newOrganizations() comes first");
            assertThat(organizations).isSameAs(current.organizations());
            return current.members();
        }

        @Override
        protected Evaluations newEvaluations(Organizations organizations, Members members) {
            JdbcChibo current = Objects.requireNonNull(storage, "newOrganizations() comes first");
            assertThat(members).isSameAs(current.members());
            return current.evaluations();
        }

        @AfterEach
        void aggregatesStayExactAndDatabasesClose() throws Exception {
            try {
                JdbcChibo current = Objects.requireNonNull(storage);
                assertThat(current.reports().verifyAggregates().differences()).isEmpty();
            } finally {
                databases.close();
            }
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
