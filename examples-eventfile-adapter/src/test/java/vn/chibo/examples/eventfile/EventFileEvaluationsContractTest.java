package vn.chibo.examples.eventfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;
import vn.chibo.testkit.contract.EvaluationsContract;

/** The event file keeps the evaluations contract, read straight or reopened before every read. */
class EventFileEvaluationsContractTest {
    abstract static class OnEventFile extends EvaluationsContract {
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

        @Override
        protected Evaluations newEvaluations(Organizations organizations, Members members) {
            assertThat(organizations).isSameAs(files.current().organizations());
            assertThat(members).isSameAs(files.current().members());
            return files.current().evaluations();
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
