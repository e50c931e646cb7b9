package vn.chibo.examples.eventfile;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.chibo.domain.port.Organizations;
import vn.chibo.testkit.contract.OrganizationsContract;

/** The event file keeps the organisations contract, read straight or reopened before every read. */
class EventFileOrganizationsContractTest {
    abstract static class OnEventFile extends OrganizationsContract {
        @RegisterExtension
        final EventFiles files;

        OnEventFile(boolean reopenBeforeEveryRead) {
            files = new EventFiles(reopenBeforeEveryRead);
        }

        @Override
        protected Organizations newStore() {
            return files.open().organizations();
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
