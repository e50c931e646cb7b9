package vn.chibo.examples.eventfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;
import vn.chibo.testkit.contract.MembersContract;

/** The event file keeps the members contract, read straight or reopened before every read. */
class EventFileMembersContractTest {
    abstract static class OnEventFile extends MembersContract {
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
        protected Members newMembers(Organizations organizations) {
            assertThat(organizations).isSameAs(files.current().organizations());
            return files.current().members();
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
