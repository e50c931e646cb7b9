package vn.chibo.persistence.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.domain.memory.InMemoryEvaluations;
import vn.chibo.domain.memory.InMemoryMeetings;
import vn.chibo.domain.memory.InMemoryResidenceLiaisons;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.testkit.contract.BulkLoaderContract;

/**
 * The bulk-load contract on every database chibo runs on, each test on a fresh database. The
 * meetings, residences and reviews of the target are the in-memory stores over the database's
 * organisations: their storage is not in this adapter yet, and its loader refuses those kinds
 * ({@code BULK-UNSUPPORTED}), so the contract's tests that load them fail here until it is.
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
            Organizations organizations = storage.organizations();
            Members members = storage.members();
            Meetings meetings = new InMemoryMeetings(organizations);
            ResidenceLiaisons residences = new InMemoryResidenceLiaisons(organizations);
            Evaluations evaluations = new InMemoryEvaluations(organizations, members);
            return new Target(
                    organizations,
                    members,
                    meetings,
                    residences,
                    evaluations,
                    storage.bulkLoader(),
                    storage.bulkReader());
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
