package vn.chibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.founded;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.BulkLoadRejectedException;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.meeting.Attendance;
import vn.chibo.domain.meeting.HolidayShift;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingId;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.domain.meeting.MeetingRecord;
import vn.chibo.domain.meeting.MeetingSchedule;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.BulkLoadSummary;
import vn.chibo.domain.port.BulkLoader;
import vn.chibo.domain.port.BulkProgress;
import vn.chibo.domain.port.BulkProgress.BulkPhase;
import vn.chibo.domain.port.BulkReader;
import vn.chibo.domain.port.BulkRecord;
import vn.chibo.domain.port.BulkSelection;
import vn.chibo.domain.port.BulkSource;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;
import vn.chibo.testkit.data.ResidenceTestData;

/**
 * The contract every {@link BulkLoader} keeps: whole records stored as given, every violation of a
 * rejected load reported at once with the record's origin, and nothing stored unless all is
 * valid; and every {@link BulkReader} reads back what was loaded, whole, in its documented order. Extend it and return fresh, empty stores with the loader that writes into them.
 */
public abstract class BulkLoaderContract {
    private static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);
    private static final OrganizationId P5 = OrganizationTestData.id("Phường 5");
    private static final OrganizationId KP3 = OrganizationTestData.id("Khu phố 3");
    private static final OrganizationId MISSING = OrganizationTestData.id("Khu phố không có");
    private static final MemberId AN = MemberTestData.id("An");
    private static final MemberId BINH = MemberTestData.id("Bình");

    /**
     * Fresh, empty stores and the loader writing into them.
     *
     * @param organizations the organisation store
     * @param members the member store
     * @param meetings the meeting store
     * @param residences the residence store
     * @param evaluations the review store
     * @param loader the loader writing into all of them
     * @param reader the reader reading out of all of them
     */
    public record Target(
            Organizations organizations,
            Members members,
            Meetings meetings,
            ResidenceLiaisons residences,
            Evaluations evaluations,
            BulkLoader loader,
            BulkReader reader) {}

    private Target target;

    /** Fresh, empty stores with their loader. */
    protected abstract Target newTarget();

    @BeforeEach
    void createTarget() {
        target = newTarget();
    }

    private static Recorded at(String instant, String reason) {
        return new Recorded(Instant.parse(instant), "he-thong-cu", reason);
    }

    private static BulkRecord.Organization organization(OrganizationFact.Founded founded, String origin) {
        return BulkRecord.Organization.of(founded.organization(), List.of(founded), origin);
    }

    private static List<BulkRecord> ward() {
        return List.of(
                organization(
                        founded("Phường 5", OrganizationKind.GRASSROOTS_COMMITTEE, null, Y2000), "/organizations/0"),
                organization(founded("Khu phố 3", OrganizationKind.CELL, "Phường 5", Y2000), "/organizations/1"));
    }

    private static BulkRecord.Member member(String name, OrganizationId cell, String origin) {
        return BulkRecord.Member.of(
                MemberTestData.id(name),
                MemberTestData.admittedAndRecognized(name, cell, LocalDate.of(2010, 3, 1)),
                origin);
    }

    private static Meeting meeting(MeetingId id, LocalDate date, MemberId present) {
        return new Meeting(
                id,
                KP3,
                MeetingKind.REGULAR,
                false,
                date,
                LocalTime.of(19, 30),
                LocalTime.of(21, 0),
                null,
                List.of("Nghị quyết tháng"),
                List.of(),
                List.of(Attendance.present(present)),
                null,
                List.of());
    }

    private static List<BulkRecord> everyKind() {
        List<BulkRecord> records = new ArrayList<>(ward());
        records.add(member("An", KP3, "/members/0"));
        records.add(member("Bình", KP3, "/members/1"));
        MemberId serving = ResidenceTestData.id("Cường");
        records.add(BulkRecord.Residence.of(
                serving,
                List.of(ResidenceTestData.registered("Cường", KP3, LocalDate.of(2021, 2, 1))),
                "/residences/0"));
        MeetingId m = MeetingId.of(java.util.UUID.nameUUIDFromBytes(
                "meeting:kp3-2021-03".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        records.add(BulkRecord.Meeting.of(
                m,
                List.of(
                        new MeetingRecord(
                                meeting(m, LocalDate.of(2021, 3, 3), AN),
                                at("2021-03-03T14:00:00.123456Z", "biên bản"),
                                1),
                        new MeetingRecord(
                                meeting(m, LocalDate.of(2021, 3, 3), BINH),
                                at("2021-03-05T01:00:00Z", "đính chính"),
                                2)),
                "/meetings/0"));
        records.add(new BulkRecord.Schedule(
                new MeetingSchedule(KP3, MeetingKind.REGULAR, 3, HolidayShift.LATER, DateRange.startingOn(Y2000)),
                at("2020-12-20T01:00:00Z", "lịch sinh hoạt"),
                "/schedules/0"));
        EvaluationKey an2021 = EvaluationKey.of(AN, Year.of(2021));
        records.add(BulkRecord.Evaluation.of(
                an2021,
                List.of(
                        new EvaluationEntry.SelfAssessed(
                                an2021, Grade.GOOD, at("2021-12-01T02:00:00Z", "tự kiểm điểm")),
                        new EvaluationEntry.Published(an2021, Grade.GOOD, at("2021-12-25T02:00:00Z", "thông báo"))),
                "/evaluations/0"));
        return records;
    }

    @Test
    void aLoadStoresEveryKindOfRecordAsGivenKeepingItsRecordedInstants() {
        List<BulkRecord> records = everyKind();

        BulkLoadSummary summary = target.loader().load(ADMIN, BulkSource.of(records), BulkProgress.none());

        assertThat(summary).isEqualTo(new BulkLoadSummary(2, 2, 1, 1, 1, 1, 2 + 8 + 1 + 2 + 1 + 2));
        assertThat(target.organizations().find(ADMIN, KP3))
                .get()
                .satisfies(h -> assertThat(h.facts())
                        .containsExactlyElementsOf(((BulkRecord.Organization) records.get(1)).facts()));
        assertThat(target.members().find(ADMIN, AN).map(MemberHistory::facts))
                .contains(((BulkRecord.Member) records.get(2)).facts());
        assertThat(target.residences().find(ADMIN, ResidenceTestData.id("Cường")))
                .get()
                .satisfies(h -> assertThat(h.facts())
                        .containsExactlyElementsOf(((BulkRecord.Residence) records.get(4)).facts()));
        BulkRecord.Meeting meeting = (BulkRecord.Meeting) records.get(5);
        assertThat(target.meetings().versions(ADMIN, meeting.id())).containsExactlyElementsOf(meeting.versions());
        assertThat(target.meetings().schedules(ADMIN, KP3))
                .containsExactly(((BulkRecord.Schedule) records.get(6)).schedule());
        BulkRecord.Evaluation review = (BulkRecord.Evaluation) records.get(7);
        assertThat(target.evaluations().find(ADMIN, review.key()).map(EvaluationRecord::entries))
                .contains(review.entries());
    }

    @Test
    void progressIsReportedUpToTheCommitWithTheTotals() {
        List<String> seen = new ArrayList<>();

        target.loader()
                .load(
                        ADMIN,
                        BulkSource.of(everyKind()),
                        (phase, records, facts) -> seen.add(phase + " " + records + " " + facts));

        assertThat(seen).isNotEmpty().last().isEqualTo(BulkPhase.DONE + " 8 16");
        assertThat(seen).anyMatch(s -> s.startsWith("READING "));
    }

    @Test
    void aLoadIntoStoresThatAlreadyHoldDataAddsBesideIt() {
        target.loader().load(ADMIN, BulkSource.of(ward()), BulkProgress.none());

        target.loader().load(ADMIN, BulkSource.of(List.of(member("An", KP3, "/members/0"))), BulkProgress.none());

        assertThat(target.members().find(ADMIN, AN)).isPresent();
        assertThat(target.members().ofOrganization(ADMIN, P5, LocalDate.of(2020, 1, 1)))
                .extracting(MemberHistory::id)
                .containsExactly(AN);
    }

    @Test
    void everyViolationOfALoadIsReportedAtOnceWithItsOriginAndNothingIsStored() {
        target.loader()
                .load(
                        ADMIN,
                        BulkSource.of(List.of(organization(
                                founded("Phường 1", OrganizationKind.GRASSROOTS_COMMITTEE, null, Y2000), "/before/0"))),
                        BulkProgress.none());
        List<BulkRecord> records = new ArrayList<>(ward());
        records.add(member("An", KP3, "/members/0"));
        records.add(member("An", KP3, "/members/1"));
        records.add(member("Bình", MISSING, "/members/2"));
        records.add(organization(
                founded("Phường 1", OrganizationKind.GRASSROOTS_COMMITTEE, null, Y2000), "/organizations/2"));
        records.add(BulkRecord.Member.of(
                AN,
                List.of(MemberTestData.condition("Dũng", vn.chibo.domain.member.ConditionKind.EXEMPTION, Y2000, "ốm")),
                "/members/3"));

        assertThatThrownBy(() -> target.loader().load(ADMIN, BulkSource.of(records), BulkProgress.none()))
                .isInstanceOfSatisfying(BulkLoadRejectedException.class, e -> {
                    assertThat(e.violations())
                            .extracting(v -> v.path() + " " + v.rule())
                            .contains(
                                    "/members/1 BULK-DUPLICATE",
                                    "/members/2 BULK-REFERENCE",
                                    "/organizations/2 BULK-EXISTS",
                                    "/members/3.facts[0].member BULK-RECORD");
                    assertThat(e.violations())
                            .filteredOn(v -> v.rule().equals("BULK-REFERENCE"))
                            .extracting(Violation::rejectedValue)
                            .containsExactly(MISSING.toString());
                    assertThat(e.total()).isEqualTo(e.violations().size());
                });

        assertThat(target.organizations().find(ADMIN, P5)).isEmpty();
        assertThat(target.members().find(ADMIN, AN)).isEmpty();
        assertThat(target.members().find(ADMIN, BINH)).isEmpty();
    }

    @Test
    void whatTheSourceReportsRejectsTheLoadTogetherWithTheLoadersOwnFindings() {
        List<BulkRecord> records = new ArrayList<>(ward());
        records.add(member("Bình", MISSING, "/members/0"));
        java.util.Iterator<BulkRecord> it = records.iterator();
        BulkSource source = problems -> {
            if (it.hasNext()) {
                return Optional.of(it.next());
            }
            problems.add(Violation.of("/members/1/birthDate (line 9, column 20)", "BULK-SOURCE", "****", "not a date"));
            return Optional.empty();
        };

        assertThatThrownBy(() -> target.loader().load(ADMIN, source, BulkProgress.none()))
                .isInstanceOfSatisfying(
                        BulkLoadRejectedException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::rule)
                                .containsExactlyInAnyOrder("BULK-SOURCE", "BULK-REFERENCE"));

        assertThat(target.organizations().find(ADMIN, KP3)).isEmpty();
    }

    @Test
    void aLoadWithThousandsOfViolationsKeepsTheFirstThousandAndCountsThemAll() {
        List<BulkRecord> records = new ArrayList<>(ward());
        for (int i = 0; i < 1_500; i++) {
            records.add(member("Người " + i, MISSING, "/members/" + i));
        }

        assertThatThrownBy(() -> target.loader().load(ADMIN, BulkSource.of(records), BulkProgress.none()))
                .isInstanceOfSatisfying(BulkLoadRejectedException.class, e -> {
                    assertThat(e.violations()).hasSize(1_000);
                    assertThat(e.total()).isEqualTo(1_500);
                });
        assertThat(target.members().all(ADMIN)).isEmpty();
    }

    @Test
    void anActorConfinedToASubtreeCannotLoad() {
        Actor clerk = Actor.forSubtree("p5-clerk", P5);

        assertThatThrownBy(() -> target.loader().load(clerk, BulkSource.of(ward()), BulkProgress.none()))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(target.organizations().find(ADMIN, P5)).isEmpty();
    }

    private static String kindAndIdentity(BulkRecord r) {
        if (r instanceof BulkRecord.Schedule s) {
            return "Schedule " + s.schedule();
        } else if (r instanceof BulkRecord.Organization o) {
            return "Organization " + o.id() + " " + o.facts();
        } else if (r instanceof BulkRecord.Member m) {
            return "Member " + m.id() + " " + m.facts();
        } else if (r instanceof BulkRecord.Residence x) {
            return "Residence " + x.member() + " " + x.facts();
        } else if (r instanceof BulkRecord.Meeting m) {
            return "Meeting " + m.id() + " " + m.versions();
        }
        BulkRecord.Evaluation e = (BulkRecord.Evaluation) r;
        return "Evaluation " + e.key() + " " + e.entries();
    }

    private static String sortKey(BulkRecord r) {
        if (r instanceof BulkRecord.Organization o) {
            return "0" + o.id().value();
        } else if (r instanceof BulkRecord.Member m) {
            return "1" + m.id().value();
        } else if (r instanceof BulkRecord.Residence x) {
            return "2" + x.member().value();
        } else if (r instanceof BulkRecord.Meeting m) {
            return "3" + m.id().value();
        } else if (r instanceof BulkRecord.Schedule s) {
            return "4" + s.schedule().organization().value();
        }
        BulkRecord.Evaluation e = (BulkRecord.Evaluation) r;
        String subject = e.key().subject() instanceof vn.chibo.domain.evaluation.EvaluationSubject.OfOrganization o
                ? "0" + o.organization().value()
                : "1"
                        + ((vn.chibo.domain.evaluation.EvaluationSubject.OfMember)
                                        e.key().subject())
                                .member()
                                .value();
        return "5" + subject + e.key().year();
    }

    private static java.util.Comparator<BulkRecord> documentedOrder() {
        return java.util.Comparator.comparing(BulkLoaderContract::sortKey);
    }

    @Test
    void theReaderGivesBackEveryLoadedRecordWholeInTheDocumentedOrder() {
        List<BulkRecord> loaded = new ArrayList<>(everyKind());
        target.loader().load(ADMIN, BulkSource.of(loaded), BulkProgress.none());
        List<BulkRecord> read = new ArrayList<>();

        target.reader().read(ADMIN, BulkSelection.wholeParty(LocalDate.of(2026, 1, 1)), read::add);

        loaded.sort(documentedOrder());
        assertThat(read)
                .extracting(BulkLoaderContract::kindAndIdentity)
                .containsExactlyElementsOf(
                        loaded.stream().map(BulkLoaderContract::kindAndIdentity).toList());
    }

    @Test
    void aSubtreeIsReadWithTheAncestorsOfItsRootAndNothingFromElsewhere() {
        target.loader().load(ADMIN, BulkSource.of(everyKind()), BulkProgress.none());
        target.loader()
                .load(
                        ADMIN,
                        BulkSource.of(List.of(
                                organization(founded("Khu phố 4", OrganizationKind.CELL, "Phường 5", Y2000), "/o/0"),
                                member("Giang", OrganizationTestData.id("Khu phố 4"), "/m/0"))),
                        BulkProgress.none());
        List<BulkRecord> read = new ArrayList<>();

        target.reader().read(ADMIN, BulkSelection.subtree(KP3, LocalDate.of(2026, 1, 1)), read::add);

        assertThat(read)
                .filteredOn(r -> r instanceof BulkRecord.Organization)
                .extracting(r -> ((BulkRecord.Organization) r).id())
                .containsExactlyInAnyOrder(P5, KP3);
        assertThat(read)
                .filteredOn(r -> r instanceof BulkRecord.Member)
                .extracting(r -> ((BulkRecord.Member) r).id())
                .containsExactlyInAnyOrder(AN, BINH);
        assertThat(read).filteredOn(r -> r instanceof BulkRecord.Meeting).hasSize(1);
    }
}
