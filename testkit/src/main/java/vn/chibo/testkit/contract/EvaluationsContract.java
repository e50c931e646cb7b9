package vn.chibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.testkit.data.OrganizationTestData.ADMIN;
import static vn.chibo.testkit.data.OrganizationTestData.founded;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.OutOfScopeException;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationKey;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.evaluation.HostCellComment;
import vn.chibo.domain.evaluation.MemberReview;
import vn.chibo.domain.evaluation.OrganizationReview;
import vn.chibo.domain.evaluation.ReviewPeriod;
import vn.chibo.domain.evaluation.Scores;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.port.EvaluationAppend;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.MemberAppend;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.OrganizationAppend;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.Severity;
import vn.chibo.testkit.data.MemberTestData;
import vn.chibo.testkit.data.OrganizationTestData;

/**
 * The contract every {@link Evaluations} implementation keeps. Extend it and return fresh, empty
 * stores. The tree: Tỉnh &gt; Thành phố &gt; Phường 5 with the cell Khu phố 3 (member An), and Phường
 * 1 with the cell Khu phố 9 (member Bình). The store checks versions and scope only: entries here
 * need not follow the workflow.
 */
public abstract class EvaluationsContract {
    private static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);
    private static final Year Y2021 = Year.of(2021);
    private static final OrganizationId P5 = OrganizationTestData.id("Phường 5");
    private static final OrganizationId P1 = OrganizationTestData.id("Phường 1");
    private static final OrganizationId KP3 = OrganizationTestData.id("Khu phố 3");
    private static final MemberId AN = MemberTestData.id("An");
    private static final MemberId BINH = MemberTestData.id("Bình");
    private static final EvaluationRegime HD21 = EvaluationRegimes.qd132hd21();

    private Evaluations evaluations;

    /** A fresh, empty organisation store. */
    protected abstract Organizations newOrganizations();

    /** A fresh, empty member store over {@code organizations}. */
    protected abstract Members newMembers(Organizations organizations);

    /** A fresh, empty review store reading scope from {@code organizations} and {@code members}. */
    protected abstract Evaluations newEvaluations(Organizations organizations, Members members);

    @BeforeEach
    void createStores() {
        Organizations organizations = newOrganizations();
        List<OrganizationFact> tree = List.of(
                founded("Tỉnh", OrganizationKind.PROVINCIAL_COMMITTEE, null, Y2000),
                founded("Thành phố", OrganizationKind.DISTRICT_COMMITTEE, "Tỉnh", Y2000),
                founded("Phường 5", OrganizationKind.GRASSROOTS_COMMITTEE, "Thành phố", Y2000),
                founded("Khu phố 3", OrganizationKind.CELL, "Phường 5", Y2000),
                founded("Phường 1", OrganizationKind.GRASSROOTS_COMMITTEE, "Thành phố", Y2000),
                founded("Khu phố 9", OrganizationKind.CELL, "Phường 1", Y2000));
        Map<OrganizationId, Long> versions = new LinkedHashMap<>();
        tree.forEach(f -> versions.put(f.organization(), 0L));
        organizations.append(ADMIN, OrganizationAppend.of(versions, tree));
        Members members = newMembers(organizations);
        for (List<MemberFact> facts : List.of(
                MemberTestData.admittedAndRecognized("An", KP3, LocalDate.of(2010, 3, 1)),
                MemberTestData.admittedAndRecognized(
                        "Bình", OrganizationTestData.id("Khu phố 9"), LocalDate.of(2012, 5, 1)))) {
            members.append(ADMIN, MemberAppend.of(Map.of(facts.get(0).member(), 0L), facts));
        }
        evaluations = newEvaluations(organizations, members);
        assertThat(members.find(ADMIN, AN).map(MemberHistory::version)).contains(4L);
    }

    private static Actor ward5() {
        return Actor.forSubtree("ward-5-clerk", P5);
    }

    private static Recorded recorded(String at, String reason) {
        return new Recorded(Instant.parse(at), "van-phong-dang-uy", reason);
    }

    private static EvaluationEntry.Proposed proposedWithEveryField(EvaluationKey key) {
        MemberReview review = new MemberReview(
                AN,
                Y2021,
                Grade.GOOD,
                Grade.EXCELLENT,
                Grade.GOOD,
                95,
                false,
                true,
                new Scores(
                        new BigDecimal("27.5"),
                        new BigDecimal("61.25"),
                        true,
                        new BigDecimal("29.9"),
                        new BigDecimal("0"),
                        true),
                true,
                new HostCellComment(
                        OrganizationTestData.id("Khu phố 9"),
                        LocalDate.of(2021, 12, 5),
                        "Giấy nhận xét của Chi bộ Khu phố 9 ngày 05/12/2021",
                        "Gương mẫu, tham gia đầy đủ."),
                new BigDecimal("99.50"),
                new BigDecimal("50.0"));
        return new EvaluationEntry.Proposed(key, review, recorded("2021-12-10T02:00:00.123456Z", "nghị quyết chi bộ"));
    }

    private static EvaluationEntry.Decided decided(EvaluationKey key, Grade grade) {
        Finding finding = Finding.of(
                EvaluationRegime.DISCIPLINE,
                Severity.WARNING,
                "An 2021",
                Label.of("Bị kỷ luật", "Disciplined"),
                HD21.sourceOf(EvaluationRegime.DISCIPLINE),
                HD21);
        return new EvaluationEntry.Decided(
                key,
                grade,
                null,
                true,
                PolicyRef.of(HD21),
                ImmutableList.of(finding),
                recorded("2021-12-20T02:00:00Z", "QĐ 15-QĐ/ĐU"));
    }

    @Test
    void everyKindOfEntryComesBackAsAppendedWithTheVersionCountingThem() {
        EvaluationKey an = EvaluationKey.of(AN, Y2021);
        EvaluationKey p5 = EvaluationKey.of(P5, Y2021);
        List<EvaluationEntry> anEntries = List.of(
                new EvaluationEntry.SelfAssessed(an, Grade.EXCELLENT, recorded("2021-12-01T02:00:00Z", "tự kiểm điểm")),
                proposedWithEveryField(an),
                decided(an, Grade.GOOD),
                new EvaluationEntry.Published(an, Grade.GOOD, recorded("2021-12-25T02:00:00Z", "thông báo")));
        EvaluationEntry exception = new EvaluationEntry.QuotaExceptionRecorded(
                p5, "QĐ 99-QĐ/ĐU ngày 20/12/2021", recorded("2021-12-21T02:00:00Z", "ngoại lệ"));
        EvaluationEntry cell = new EvaluationEntry.Proposed(
                EvaluationKey.of(KP3, Y2021),
                new OrganizationReview(KP3, Y2021, Grade.GOOD, 80, true),
                recorded("2021-12-11T02:00:00Z", "đề xuất"));

        evaluations.append(ADMIN, EvaluationAppend.of(an, 0, anEntries));
        evaluations.append(ADMIN, EvaluationAppend.of(p5, 0, List.of(exception)));
        evaluations.append(ADMIN, EvaluationAppend.of(EvaluationKey.of(KP3, Y2021), 0, List.of(cell)));

        EvaluationRecord stored = evaluations.find(ADMIN, an).orElseThrow();
        assertThat(stored.entries()).containsExactlyElementsOf(anEntries);
        assertThat(stored.version()).isEqualTo(4);
        assertThat(evaluations.find(ADMIN, p5).orElseThrow().entries()).containsExactly(exception);
        assertThat(evaluations
                        .find(ADMIN, EvaluationKey.of(KP3, Y2021))
                        .orElseThrow()
                        .entries())
                .containsExactly(cell);
    }

    @Test
    void aReviewWithNothingRecordedIsEmpty() {
        assertThat(evaluations.find(ADMIN, EvaluationKey.of(AN, Y2021))).isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsKept() {
        EvaluationKey an = EvaluationKey.of(AN, Y2021);
        evaluations.append(ADMIN, EvaluationAppend.of(an, 0, List.of(proposedWithEveryField(an))));

        assertThatThrownBy(() ->
                        evaluations.append(ADMIN, EvaluationAppend.of(an, 0, List.of(decided(an, Grade.GOOD)))))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(evaluations.find(ADMIN, an).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void anAppendOverTwoReviewsWithOneStaleKeepsNeither() {
        EvaluationKey an = EvaluationKey.of(AN, Y2021);
        EvaluationKey kp3 = EvaluationKey.of(KP3, Y2021);
        evaluations.append(ADMIN, EvaluationAppend.of(an, 0, List.of(proposedWithEveryField(an))));
        Map<EvaluationKey, Long> versions = new LinkedHashMap<>();
        versions.put(kp3, 0L);
        versions.put(an, 0L);

        assertThatThrownBy(() -> evaluations.append(
                        ADMIN,
                        EvaluationAppend.of(
                                versions,
                                List.of(
                                        new EvaluationEntry.SelfAssessed(
                                                kp3, Grade.GOOD, recorded("2021-12-01T02:00:00Z", "tự kiểm điểm")),
                                        decided(an, Grade.GOOD)))))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(evaluations.find(ADMIN, kp3)).isEmpty();
        assertThat(evaluations.find(ADMIN, an).orElseThrow().version()).isEqualTo(1);
    }

    /** Self-assessments of An, Bình and Khu phố 3 for 2021 and of An for 2022, in that order. */
    private void selfAssessAnBinhAndKhuPho3In2021AndAnIn2022() {
        for (EvaluationKey k : List.of(
                EvaluationKey.of(AN, Y2021),
                EvaluationKey.of(BINH, Y2021),
                EvaluationKey.of(KP3, Y2021),
                EvaluationKey.of(AN, Year.of(2022)))) {
            evaluations.append(
                    ADMIN,
                    EvaluationAppend.of(
                            k,
                            0,
                            List.of(new EvaluationEntry.SelfAssessed(
                                    k, Grade.GOOD, recorded("2021-12-01T02:00:00Z", "tự kiểm điểm")))));
        }
    }

    @Test
    void theReviewsOfAnOrganizationAreThoseOfTheYearBelowItMembersByTheirCell() {
        selfAssessAnBinhAndKhuPho3In2021AndAnIn2022();

        assertThat(evaluations.ofOrganization(ADMIN, P5, Y2021))
                .extracting(EvaluationRecord::key)
                .containsExactly(EvaluationKey.of(AN, Y2021), EvaluationKey.of(KP3, Y2021));
        assertThat(evaluations.ofOrganization(ADMIN, P1, Y2021))
                .extracting(EvaluationRecord::key)
                .containsExactly(EvaluationKey.of(BINH, Y2021));
        assertThat(evaluations.ofMember(ADMIN, AN))
                .extracting(r -> r.key().year())
                .containsExactly(Y2021, Year.of(2022));
    }

    @Test
    void theReviewsOfSeveralOrganizationsAreForEachThoseOfItsOwnListingOncePerOrganizationInTheOrderAsked() {
        OrganizationId province = OrganizationTestData.id("Tỉnh");
        selfAssessAnBinhAndKhuPho3In2021AndAnIn2022();

        Map<OrganizationId, ImmutableList<EvaluationRecord>> all =
                evaluations.ofOrganizations(ADMIN, List.of(P1, P5, P1, province), Y2021);
        Map<OrganizationId, ImmutableList<EvaluationRecord>> ward5 =
                evaluations.ofOrganizations(ward5(), List.of(province, P5), Y2021);

        assertThat(all.keySet()).containsExactly(P1, P5, province);
        all.forEach((o, records) -> assertThat(records).isEqualTo(evaluations.ofOrganization(ADMIN, o, Y2021)));
        assertThat(all.get(province))
                .extracting(EvaluationRecord::key)
                .containsExactly(
                        EvaluationKey.of(AN, Y2021), EvaluationKey.of(BINH, Y2021), EvaluationKey.of(KP3, Y2021));
        assertThat(ward5.get(province))
                .as("a subtree actor reads, above its subtree, only what lies in it")
                .isEqualTo(evaluations.ofOrganization(ward5(), province, Y2021))
                .isEqualTo(all.get(P5));
        assertThat(evaluations.ofOrganizations(ADMIN, List.of(), Y2021)).isEmpty();
        assertThatThrownBy(() -> evaluations.ofOrganizations(ward5(), List.of(P5, P1), Y2021))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void aSubtreeActorReachesOnlyTheReviewsOfItsSubtree() {
        EvaluationKey binh = EvaluationKey.of(BINH, Y2021);
        evaluations.append(
                ADMIN,
                EvaluationAppend.of(
                        binh,
                        0,
                        List.of(new EvaluationEntry.SelfAssessed(
                                binh, Grade.GOOD, recorded("2021-12-01T02:00:00Z", "tự kiểm điểm")))));
        EvaluationKey an = EvaluationKey.of(AN, Y2021);

        evaluations.append(ward5(), EvaluationAppend.of(an, 0, List.of(proposedWithEveryField(an))));

        assertThat(evaluations.find(ward5(), an)).isPresent();
        assertThatThrownBy(() -> evaluations.find(ward5(), binh)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> evaluations.ofOrganization(ward5(), P1, Y2021))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(evaluations.ofMember(ward5(), BINH)).isEmpty();
        assertThatThrownBy(() -> evaluations.append(
                        ward5(),
                        EvaluationAppend.of(
                                binh,
                                1,
                                List.of(new EvaluationEntry.SelfAssessed(
                                        binh, Grade.EXCELLENT, recorded("2021-12-02T02:00:00Z", "sửa"))))))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(evaluations.find(ADMIN, binh).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void reviewsOfOneSubjectAndYearForDifferentPeriodsAreKeptApartAndListedByYearThenPeriod() {
        EvaluationKey year = EvaluationKey.of(AN, Y2021);
        EvaluationKey q1 = EvaluationKey.of(AN, Y2021, ReviewPeriod.Q1);
        EvaluationKey term = EvaluationKey.of(AN, Y2021, ReviewPeriod.TERM);
        EvaluationKey cellQ3 = EvaluationKey.of(KP3, Y2021, ReviewPeriod.Q3);
        for (EvaluationKey k : List.of(term, q1, cellQ3, year)) {
            evaluations.append(
                    ADMIN,
                    EvaluationAppend.of(
                            k,
                            0,
                            List.of(new EvaluationEntry.SelfAssessed(
                                    k, Grade.GOOD, recorded("2021-12-01T02:00:00Z", "tự kiểm điểm " + k.period())))));
        }
        evaluations.append(ADMIN, EvaluationAppend.of(q1, 1, List.of(decided(q1, Grade.COMPLETED))));

        assertThat(evaluations.find(ADMIN, year).orElseThrow().entries())
                .singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo(year));
        assertThat(evaluations.find(ADMIN, q1).orElseThrow().version()).isEqualTo(2);
        assertThat(evaluations
                        .find(ADMIN, q1)
                        .orElseThrow()
                        .decided()
                        .orElseThrow()
                        .grade())
                .isEqualTo(Grade.COMPLETED);
        assertThat(evaluations.find(ADMIN, term).orElseThrow().key().period()).isEqualTo(ReviewPeriod.TERM);
        assertThat(evaluations.find(ADMIN, EvaluationKey.of(AN, Y2021, ReviewPeriod.Q2)))
                .isEmpty();
        assertThat(evaluations.ofOrganization(ADMIN, P5, Y2021))
                .extracting(EvaluationRecord::key)
                .containsExactly(term, q1, cellQ3, year);
        assertThat(evaluations.ofMember(ADMIN, AN))
                .extracting(EvaluationRecord::key)
                .containsExactly(year, q1, term);
        assertThatThrownBy(() ->
                        evaluations.append(ADMIN, EvaluationAppend.of(year, 0, List.of(decided(year, Grade.GOOD)))))
                .isInstanceOf(ConcurrentUpdateException.class);
    }
}
