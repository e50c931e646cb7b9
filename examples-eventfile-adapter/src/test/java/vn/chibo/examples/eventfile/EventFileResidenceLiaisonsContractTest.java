package vn.chibo.examples.eventfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;
import vn.chibo.testkit.contract.ResidenceLiaisonsContract;

/** The event file keeps the residence-liaisons contract, read straight or reopened before every read. */
class EventFileResidenceLiaisonsContractTest {
    abstract static class OnEventFile extends ResidenceLiaisonsContract {
        @RegisterExtension
        final EventFiles files;

        OnEventFile(boolean reopenBeforeEveryRead) {
            files = new EventFiles(reopenBeforeEveryRead);
        }

        @Override
        protected Organizations newOrganizations() {
            return files.open().organizations();
        }

        @Override
        protected ResidenceLiaisons newResidenceLiaisons(Organizations organizations) {
            assertThat(organizations).isSameAs(files.current().organizations());
            return files.current().residenceLiaisons();
        }
    }

    @Nested
    class FreshFile extends OnEventFile {
        FreshFile() {
            super(false);
        }
    }

    @Nested
    class ReopenedBeforeEveryRead extends OnEventFile {
        ReopenedBeforeEveryRead() {
            super(true);
        }
    }
}
