package vn.chibo.examples.eventfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.Organizations;
import vn.chibo.testkit.contract.MeetingsContract;

/** The event file keeps the meetings contract, read straight or reopened before every read. */
class EventFileMeetingsContractTest {
    abstract static class OnEventFile extends MeetingsContract {
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
        protected Meetings newMeetings(Organizations organizations) {
            assertThat(organizations).isSameAs(files.current().organizations());
            return files.current().meetings();
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
