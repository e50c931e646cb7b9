package vn.chibo.examples.eventfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.founded;
import static vn.chibo.testkit.data.OrganizationTestData.id;
import static vn.chibo.testkit.data.OrganizationTestData.renamed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.ResidenceLiaisonAppend;
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.ResidenceTestData;

/** The event file itself: reopening, torn and damaged records, failing disks, locking, wiring. */
class EventFileStoreTest {
    private static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);
    private static final OrganizationId KP3 = id("Khu phố 3");
    private static final MemberId AN = MemberTestData.id("An");
    private static final MemberId BINH = MemberTestData.id("Bình");
    private static final EvaluationKey AN_2021 = EvaluationKey.of(AN, Year.of(2021));

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("chibo.events");
    }

    /** One record of each kind: the tree, a member, a residence, a meeting, a schedule, a review. */
    private static void seed(EventFileStore store) {
        List<OrganizationFact> tree = List.of(
                founded("Tỉnh", OrganizationKind.PROVINCIAL_COMMITTEE, null, Y2000),
                founded("Thành phố", OrganizationKind.DISTRICT_COMMITTEE, "Tỉnh", Y2000),
                founded("Phường 5", OrganizationKind.GRASSROOTS_COMMITTEE, "Thành phố", Y2000),
                founded("Khu phố 3", OrganizationKind.CELL, "Phường 5", Y2000),
                founded("Phường 1", OrganizationKind.GRASSROOTS_COMMITTEE, "Thành phố", Y2000));
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        tree.forEach(f -> versions.put(f.organization(), 0L));
        store.organizations().append(ADMIN, OrganizationAppend.of(versions, tree));
        store.members()
                .append(
                        ADMIN,
                        MemberAppend.of(
                                Map.of(AN, 0L),
                                MemberTestData.admittedAndRecognized("An", KP3, LocalDate.of(2010, 3, 1))));
        store.residenceLiaisons()
                .append(
                        ADMIN,
                        ResidenceLiaisonAppend.of(
                                Map.of(BINH, 0L),
                                List.of(ResidenceTestData.registered("Bình", KP3, LocalDate.of(2021, 3, 1)))));
        store.meetings().record(ADMIN, Samples.meeting(), Samples.RECORDED, 0);
        store.meetings().addSchedule(ADMIN, Samples.schedules().get(0), Samples.RECORDED);
        store.evaluations()
                .append(
                        ADMIN,
                        EvaluationAppend.of(
                                AN_2021,
                                0,
                                List.of(new EvaluationEntry.SelfAssessed(AN_2021, Grade.GOOD, Samples.RECORDED))));
    }

    private void renameCell(EventFileStore store, String name) {
        long version = store.organizations().find(ADMIN, KP3).orElseThrow().version();
        store.organizations()
                .append(ADMIN, OrganizationAppend.of(Map.of(KP3, version), List.of(renamed("Khu phố 3", name, Y2000))));
    }

    private static String name(EventFileStore store) {
        return store.organizations()
                .find(ADMIN, KP3)
                .orElseThrow()
                .on(Y2000)
                .orElseThrow()
                .name();
    }

    // ---------------------------------------------------------------- write, close, reopen, read

    @Test
    void organisationsWrittenAreReadBackAfterTheFileIsReopened() {
        List<OrganizationFact> facts;
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
            renameCell(store, "Chi bộ Khu phố 3");
            facts = store.organizations().find(ADMIN, KP3).orElseThrow().facts();
        }
        try (EventFileStore store = EventFileStore.open(file())) {
            OrganizationHistory h = store.organizations().find(ADMIN, KP3).orElseThrow();
            assertThat(h.facts()).isEqualTo(facts).hasSize(2);
            assertThat(h.version()).isEqualTo(2);
            assertThat(store.organizations().all(ADMIN)).hasSize(5);
        }
    }

    @Test
    void membersWrittenAreReadBackAfterTheFileIsReopened() {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
        }
        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(store.members().find(ADMIN, AN).orElseThrow().facts())
                    .isEqualTo(MemberTestData.admittedAndRecognized("An", KP3, LocalDate.of(2010, 3, 1)));
            assertThat(store.members().ofOrganization(ADMIN, id("Phường 5"), LocalDate.of(2020, 1, 1)))
                    .hasSize(1);
        }
    }

    @Test
    void meetingsAndSchedulesWrittenAreReadBackAfterTheFileIsReopened() {
        Meeting meeting = Samples.meeting();
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
        }
        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(store.meetings().find(ADMIN, meeting.id()).orElseThrow().meeting())
                    .isEqualTo(meeting);
            assertThat(store.meetings().find(ADMIN, meeting.id()).orElseThrow().version())
                    .isEqualTo(1);
            assertThat(store.meetings().schedules(ADMIN, KP3))
                    .containsExactly(Samples.schedules().get(0));
        }
    }

    @Test
    void residenceHistoriesWrittenAreReadBackAfterTheFileIsReopened() {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
        }
        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(store.residenceLiaisons().find(ADMIN, BINH).orElseThrow().facts())
                    .containsExactly(ResidenceTestData.registered("Bình", KP3, LocalDate.of(2021, 3, 1)));
        }
    }

    @Test
    void reviewsWrittenAreReadBackAfterTheFileIsReopened() {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
        }
        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(store.evaluations().find(ADMIN, AN_2021).orElseThrow().entries())
                    .containsExactly(new EvaluationEntry.SelfAssessed(AN_2021, Grade.GOOD, Samples.RECORDED));
            assertThat(store.evaluations().ofOrganization(ADMIN, id("Phường 5"), Year.of(2021)))
                    .hasSize(1);
        }
    }

    @Test
    void reopeningGivesTheSameAnswersAndLeavesTheFileAsItWas() throws IOException {
        Answers before;
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
            before = Answers.of(store);
        }
        byte[] bytes = Files.readAllBytes(file());

        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(Answers.of(store)).isEqualTo(before);
        }
        assertThat(Files.readAllBytes(file())).isEqualTo(bytes);
    }

    @Test
    void aSubtreeActorIsConfinedAfterReopeningAsBefore() {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
        }
        Actor ward1 = Actor.forSubtree("ward-1-clerk", id("Phường 1"));
        try (EventFileStore store = EventFileStore.open(file())) {
            assertThatThrownBy(() -> store.members().find(ward1, AN)).isInstanceOf(OutOfScopeException.class);
            assertThat(store.members().find(Actor.forSubtree("ward-5-clerk", id("Phường 5")), AN))
                    .isPresent();
        }
    }

    // ---------------------------------------------------------------- all or nothing

    @Test
    void aRefusedWriteLeavesNoRecord() throws IOException {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
            long size = Files.size(file());
            Answers before = Answers.of(store);

            assertThatThrownBy(() -> store.organizations()
                            .append(
                                    ADMIN,
                                    OrganizationAppend.of(
                                            Map.of(KP3, 0L), List.of(renamed("Khu phố 3", "stale", Y2000)))))
                    .isInstanceOf(ConcurrentUpdateException.class);
            assertThatThrownBy(() -> store.organizations()
                            .append(
                                    Actor.forSubtree("ward-1-clerk", id("Phường 1")),
                                    OrganizationAppend.of(
                                            Map.of(KP3, 1L), List.of(renamed("Khu phố 3", "outside", Y2000)))))
                    .isInstanceOf(OutOfScopeException.class);
            assertThatThrownBy(() -> store.meetings().record(ADMIN, Samples.meeting(), Samples.RECORDED, 0))
                    .isInstanceOf(ConcurrentUpdateException.class);

            assertThat(Files.size(file())).isEqualTo(size);
            assertThat(Answers.of(store)).isEqualTo(before);
        }
    }

    @Test
    void eachAcceptedWriteAddsExactlyOneRecord() throws IOException {
        try (EventFileStore store = EventFileStore.open(file())) {
            long empty = Files.size(file());
            seed(store);
            long seeded = Files.size(file());
            renameCell(store, "A");
            long one = Files.size(file()) - seeded;
            renameCell(store, "B");

            assertThat(empty).isEqualTo(12);
            assertThat(one).isPositive();
            assertThat(Files.size(file()) - seeded).isEqualTo(2 * one);
        }
    }

    // ---------------------------------------------------------------- torn and damaged records

    @Test
    void aLastRecordCutShortAtAnyByteIsCutOffOnReopenAndEverythingBeforeItIsKept() throws IOException {
        long whole;
        Answers seeded;
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
            seeded = Answers.of(store);
            whole = Files.size(file());
            renameCell(store, "Chi bộ Khu phố 3");
        }
        byte[] bytes = Files.readAllBytes(file());
        assertThat((long) bytes.length).isGreaterThan(whole + 12);

        for (long cut = whole + 1; cut < bytes.length; cut++) {
            Files.write(file(), Arrays.copyOf(bytes, (int) cut));
            try (EventFileStore store = EventFileStore.open(file())) {
                assertThat(store.organizations().find(ADMIN, KP3).orElseThrow().version())
                        .as("cut at %s", cut)
                        .isEqualTo(1);
                if (cut == whole + 1 || cut == bytes.length - 1) {
                    assertThat(Answers.of(store)).as("cut at %s", cut).isEqualTo(seeded);
                }
            }
            assertThat(Files.size(file())).as("cut at %s", cut).isEqualTo(whole);
        }
    }

    @Test
    void afterATornRecordIsCutOffTheFileTakesNewRecordsAndKeepsThem() throws IOException {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
            renameCell(store, "lost in the crash");
        }
        cutLastBytes(5);

        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(name(store)).isEqualTo("Khu phố 3");
            renameCell(store, "after the crash");
        }
        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(name(store)).isEqualTo("after the crash");
            assertThat(store.organizations().find(ADMIN, KP3).orElseThrow().version())
                    .isEqualTo(2);
        }
    }

    @Test
    void zeroBytesAfterTheLastRecordAreCutOff() throws IOException {
        long whole;
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
            whole = Files.size(file());
        }
        Files.write(file(), new byte[4096], StandardOpenOption.APPEND);

        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(store.evaluations().find(ADMIN, AN_2021)).isPresent();
        }
        assertThat(Files.size(file())).isEqualTo(whole);
    }

    @Test
    void aLastRecordFailingItsChecksumIsCutOff() throws IOException {
        long seeded;
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
            seeded = Files.size(file());
            renameCell(store, "half written");
        }
        flipByte(Files.size(file()) - 3);

        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(name(store)).isEqualTo("Khu phố 3");
        }
        assertThat(Files.size(file())).isEqualTo(seeded);
    }

    @Test
    void aDamagedRecordBeforeTheLastOneStopsTheOpeningAndLeavesTheFileAsItIs() throws IOException {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
        }
        flipByte(12 + 12 + 20);
        byte[] damaged = Files.readAllBytes(file());

        assertThatThrownBy(() -> EventFileStore.open(file()))
                .isInstanceOf(EventFileException.class)
                .hasMessageContaining("damaged at offset 12")
                .hasMessageContaining("checksum")
                .hasMessageContaining("left as it is");
        assertThat(Files.readAllBytes(file())).isEqualTo(damaged);
    }

    @Test
    void aWholeRecordThatDoesNotDecodeStopsTheOpening() throws IOException {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
        }
        long offset = Files.size(file());
        appendRecord(new byte[] {99});

        assertThatThrownBy(() -> EventFileStore.open(file()))
                .isInstanceOf(EventFileException.class)
                .hasMessageContaining("damaged at offset " + offset)
                .hasMessageContaining("cannot be decoded");
        assertThat(Files.size(file())).isEqualTo(offset + 13);
    }

    @Test
    void aWholeRecordThatTheStoresRefuseStopsTheOpening() throws IOException {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
        }
        long offset = Files.size(file());
        appendRecord(EventCodec.encode(new Event.OrganizationsAppended(
                OrganizationAppend.of(Map.of(KP3, 7L), List.of(renamed("Khu phố 3", "X", Y2000))))));

        assertThatThrownBy(() -> EventFileStore.open(file()))
                .isInstanceOf(EventFileException.class)
                .hasMessageContaining("cannot be replayed at offset " + offset)
                .hasMessageContaining("OrganizationsAppended")
                .hasCauseInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void aDamagedRecordLengthIsDamageNotATornTail() throws IOException {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
        }
        flipByte(12 + 2); // the first record's length now points past the end of the file

        assertThatThrownBy(() -> EventFileStore.open(file()))
                .isInstanceOf(EventFileException.class)
                .hasMessageContaining("damaged at offset 12")
                .hasMessageContaining("record header that fails its check");
    }

    @Test
    void aRecordHeaderOnZeroBytesIsATornTail() throws IOException {
        long whole;
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
            whole = Files.size(file());
        }
        byte[] tail = new byte[100];
        tail[0] = 1;
        tail[5] = 7;
        Files.write(file(), tail, StandardOpenOption.APPEND);

        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(store.evaluations().find(ADMIN, AN_2021)).isPresent();
        }
        assertThat(Files.size(file())).isEqualTo(whole);
    }

    @Test
    void aRecordLengthBeyondTheLimitIsDamage() throws IOException {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
        }
        long offset = Files.size(file());
        appendFrame(-5, new byte[] {1, 2, 3});

        assertThatThrownBy(() -> EventFileStore.open(file()))
                .isInstanceOf(EventFileException.class)
                .hasMessageContaining("damaged at offset " + offset)
                .hasMessageContaining("record length of -5");
    }

    @Test
    void aFileThatIsNotAnEventFileIsNotOpened() throws IOException {
        Files.writeString(file(), "name,birth date\nAn,1980-01-01\n");

        assertThatThrownBy(() -> EventFileStore.open(file()))
                .isInstanceOf(EventFileException.class)
                .hasMessageContaining("not a chibo event file")
                .hasMessageNotContaining("1980");
        assertThat(Files.readString(file())).startsWith("name,birth date");
    }

    @Test
    void aHeaderCutShortWhileTheFileWasCreatedIsWrittenAgain() throws IOException {
        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(store.file()).isEqualTo(file());
        }
        byte[] header = Files.readAllBytes(file());
        assertThat(header).hasSize(12);
        Files.write(file(), Arrays.copyOf(header, 10));

        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
        }
        assertThat(Arrays.copyOf(Files.readAllBytes(file()), 12)).isEqualTo(header);
    }

    // ---------------------------------------------------------------- failing disks

    @Test
    void aWriteWhoseForceFailsKeepsNothingAndTheStoreGoesOn() throws IOException {
        FailingChannel[] channel = new FailingChannel[1];
        try (EventFileStore store = EventFileStore.open(file(), path -> channel[0] = FailingChannel.open(path))) {
            seed(store);
            long size = Files.size(file());
            channel[0].forcesToFail = 1;

            assertThatThrownBy(() -> renameCell(store, "never kept"))
                    .isInstanceOf(EventFileException.class)
                    .hasMessageContaining("Cannot append a OrganizationsAppended record")
                    .hasMessageContaining("nothing of it is kept");

            assertThat(Files.size(file())).isEqualTo(size);
            assertThat(name(store)).isEqualTo("Khu phố 3");
            renameCell(store, "kept");
            assertThat(name(store)).isEqualTo("kept");
        }
        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(name(store)).isEqualTo("kept");
            assertThat(store.organizations().find(ADMIN, KP3).orElseThrow().version())
                    .isEqualTo(2);
        }
    }

    @Test
    void aWriteThatStopsHalfwayIsCutBackAndKeepsNothing() throws IOException {
        FailingChannel[] channel = new FailingChannel[1];
        try (EventFileStore store = EventFileStore.open(file(), path -> channel[0] = FailingChannel.open(path))) {
            seed(store);
            long size = Files.size(file());
            channel[0].failWrites = true;

            assertThatThrownBy(() -> renameCell(store, "never kept")).isInstanceOf(EventFileException.class);
            channel[0].failWrites = false;

            assertThat(Files.size(file())).isEqualTo(size);
            assertThat(name(store)).isEqualTo("Khu phố 3");
        }
    }

    @Test
    void aWriteThatCannotBeCutBackStopsTheStoreUntilTheFileIsReopened() throws IOException {
        FailingChannel[] channel = new FailingChannel[1];
        long size;
        try (EventFileStore store = EventFileStore.open(file(), path -> channel[0] = FailingChannel.open(path))) {
            seed(store);
            size = Files.size(file());
            channel[0].failWrites = true;
            channel[0].failTruncate = true;

            assertThatThrownBy(() -> renameCell(store, "never kept"))
                    .isInstanceOf(EventFileException.class)
                    .hasMessageContaining("nor cut the file back");
            channel[0].failWrites = false;
            channel[0].failTruncate = false;

            assertThat(Files.size(file())).isGreaterThan(size);
            assertThatThrownBy(() -> name(store))
                    .isInstanceOf(EventFileException.class)
                    .hasMessageContaining("reopen the file");
        }
        try (EventFileStore store = EventFileStore.open(file())) {
            assertThat(name(store)).isEqualTo("Khu phố 3");
        }
        assertThat(Files.size(file())).isEqualTo(size);
    }

    // ---------------------------------------------------------------- one store per file

    @Test
    void aFileOpenInThisProgramCannotBeOpenedAgainUntilItIsClosed() {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
            assertThatThrownBy(() -> EventFileStore.open(file()))
                    .isInstanceOf(EventFileException.class)
                    .hasMessageContaining("already open");
        }
        try (EventFileStore again = EventFileStore.open(file())) {
            assertThat(again.organizations().all(ADMIN)).hasSize(5);
        }
    }

    @Test
    void aClosedStoreRefusesEveryCallAndClosesOnlyOnce() {
        EventFileStore store = EventFileStore.open(file());
        store.close();
        store.close();

        assertThatThrownBy(() -> store.organizations().all(ADMIN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> seed(store)).isInstanceOf(IllegalStateException.class);
    }

    // ---------------------------------------------------------------- registering

    @Test
    void configurePlugsAllFivePortsIntoChibo() {
        try (EventFileStore store = EventFileStore.open(file())) {
            seed(store);
        }
        try (EventFileStore store = EventFileStore.open(file())) {
            Chibo chibo = store.configure(Chibo.builder()).build();

            assertThat(chibo.organizations().find(ADMIN, KP3)).isPresent();
            assertThat(chibo.members().find(ADMIN, AN)).isPresent();
            assertThat(chibo.meetings().find(ADMIN, Samples.meeting().id())).isPresent();
            assertThat(chibo.residences().find(ADMIN, BINH)).isPresent();
            assertThat(chibo.evaluations().find(ADMIN, AN_2021)).isPresent();
        }
    }

    @Test
    void serviceLoaderFindsTheEventFileProviderByName() {
        assertThat(ChiboStorageProvider.find(EventFileStorageProvider.NAME))
                .get()
                .isInstanceOf(EventFileStorageProvider.class);

        try (ChiboStorage storage = ChiboStorageProvider.open("eventfile", file().toString())) {
            Chibo chibo = storage.configure(Chibo.builder()).build();
            assertThat(chibo.organizations().find(ADMIN, KP3)).isEmpty();
            assertThat(storage).isInstanceOf(EventFileStore.class);
        }
        assertThat(file()).exists();
    }

    @Test
    void anUnknownStorageNameSaysWhichOnesThereAre() {
        assertThat(ChiboStorageProvider.find("cassandra")).isEmpty();
        assertThatThrownBy(() -> ChiboStorageProvider.open("cassandra", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No chibo storage named 'cassandra'; found: eventfile");
    }

    // ---------------------------------------------------------------- helpers

    private void cutLastBytes(int count) throws IOException {
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(bytes, bytes.length - count));
    }

    private void flipByte(long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(file());
        bytes[(int) offset] ^= 0x5a;
        Files.write(file(), bytes);
    }

    /** Appends a whole record, with a correct length and checksums, around {@code payload}. */
    private void appendRecord(byte[] payload) throws IOException {
        appendFrame(payload.length, payload);
    }

    /** Appends a record header saying {@code length}, with correct checks, and {@code payload}. */
    private void appendFrame(int length, byte[] payload) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(12 + payload.length)
                .putInt(length)
                .putInt(crc32c(ByteBuffer.allocate(4).putInt(length).array()))
                .putInt(crc32c(ByteBuffer.allocate(4 + payload.length)
                        .putInt(length)
                        .put(payload)
                        .array()))
                .put(payload);
        Files.write(file(), frame.array(), StandardOpenOption.APPEND);
    }

    private static int crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
