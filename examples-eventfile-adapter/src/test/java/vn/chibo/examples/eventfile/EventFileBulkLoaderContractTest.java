package vn.chibo.examples.eventfile;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.chibo.domain.memory.PortBulkLoader;
import vn.chibo.domain.memory.PortBulkReader;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;
import vn.chibo.testkit.contract.BulkLoaderContract;

/**
 * chibo's default loader and reader over the event file's ports keep the bulk-load contract, read
 * straight or reopened before every read. (They append record by record: the file has no loader of
 * its own that writes a whole load as one record.)
 */
class EventFileBulkLoaderContractTest {
    abstract static class OnEventFile extends BulkLoaderContract {
        @RegisterExtension
        final EventFiles files;

        OnEventFile(boolean reopenBeforeEveryRead) {
            files = new EventFiles(reopenBeforeEveryRead);
        }

        @Override
        protected Target newTarget() {
            FileUnderTest file = files.open();
            Organizations o = file.organizations();
            Members m = file.members();
            Meetings mt = file.meetings();
            ResidenceLiaisons r = file.residenceLiaisons();
            Evaluations e = file.evaluations();
            return new Target(o, m, mt, r, e, new PortBulkLoader(o, m, mt, r, e), new PortBulkReader(o, m, mt, r, e));
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
