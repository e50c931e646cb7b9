package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;
import vn.chibo.persistence.jdbc.TestDatabases.Kind;
import vn.chibo.testkit.contract.ResidenceLiaisonsContract;

/**
 * The residence liaisons contract on every database chibo runs on (H2 in memory, H2 in a file, the JVM's one
 * embedded PostgreSQL), on a fresh database per kind emptied before every test; residence histories and
 * organisations share it, as they do in {@link JdbcChibo}.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Kind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcResidenceLiaisonsContractIT extends ResidenceLiaisonsContract {
    private final ReusedStorage storage = new ReusedStorage();

    @Parameter
    @Nullable
    Kind kind;

    @TempDir
    Path dir;

    @Override
    protected Organizations newOrganizations() {
        return storage.freshOrganizations(Objects.requireNonNull(kind, "kind"), dir);
    }

    @Override
    protected ResidenceLiaisons newResidenceLiaisons(Organizations organizations) {
        assertThat(organizations).isSameAs(storage.storage().organizations());
        return storage.storage().residenceLiaisons();
    }

    @AfterParameterizedClassInvocation
    void closeDatabase() throws Exception {
        storage.close();
    }
}
