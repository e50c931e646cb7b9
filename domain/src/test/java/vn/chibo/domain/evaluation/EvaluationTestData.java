package vn.chibo.domain.evaluation;

import static vn.chibo.domain.member.MemberTestData.NOW;
import static vn.chibo.domain.member.MemberTestData.conditionFact;
import static vn.chibo.domain.member.MemberTestData.fullMemberFacts;
import static vn.chibo.domain.member.MemberTestData.recordedAt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberDiscipline;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.RemovalGround;
import vn.chibo.domain.organization.OrganizationDiscipline;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.rule.PolicyRef;

/**
 * Test data for the evaluation area: member histories imported as facts (a full member of Khu phố 3
 * since 2010 unless a test says otherwise), reviews and ratings built directly.
 */
final class EvaluationTestData {
    static final Year Y2018 = Year.of(2018);
    static final Year Y2021 = Year.of(2021);
    static final Year Y2023 = Year.of(2023);
    static final Year Y2025 = Year.of(2025);

    /** The decision admitting the default member: long before any review judged here. */
    static final LocalDate ADMITTED_2010 = LocalDate.of(2010, 3, 1);

    static final MemberId MEMBER = vn.chibo.domain.member.MemberTestData.member(101);

    private EvaluationTestData() {}

    /** A member admitted in 2010, with {@code more} facts added. */
    static MemberHistory member(MemberFact... more) {
        List<MemberFact> facts = new ArrayList<>(fullMemberFacts(MEMBER, ADMITTED_2010));
        facts.addAll(List.of(more));
        return MemberHistory.of(MEMBER, facts);
    }

    /** A member whose ceremony was held on {@code ceremony}. */
    static MemberHistory admittedWithCeremony(LocalDate ceremony) {
        return MemberHistory.of(MEMBER, fullMemberFacts(MEMBER, ceremony.minusDays(14)));
    }

    static MemberFact.ConditionBegan condition(ConditionKind kind, LocalDate from, @Nullable LocalDate until) {
        return conditionFact(MEMBER, kind, from, until);
    }

    static MemberFact.Disciplined disciplined(LocalDate effective, boolean selfDetectedAndFixed) {
        return new MemberFact.Disciplined(
                MEMBER,
                effective,
                MemberDiscipline.REPRIMAND,
                "Chi bộ Khu phố 3",
                "vi phạm quy định (giả định)",
                selfDetectedAndFixed,
                recordedAt(NOW));
    }

    static MemberFact.Removed removed(LocalDate effective) {
        return new MemberFact.Removed(
                MEMBER, effective, RemovalGround.ABSENCE_OR_DUES, "Đảng ủy Phường 5", recordedAt(NOW));
    }

    /** A review with only the proposal. */
    static MemberReview proposed(Year year, Grade proposed) {
        return MemberReview.proposed(MEMBER, year, proposed);
    }

    /** A review with every optional fact stated. */
    static MemberReview review(
            Year year,
            Grade proposed,
            @Nullable Grade civilServant,
            @Nullable Integer targetsPercent,
            boolean degradation,
            boolean negativeResidence) {
        return new MemberReview(
                MEMBER, year, proposed, null, civilServant, targetsPercent, degradation, negativeResidence, null);
    }

    /** A 2025 review with scores. */
    static MemberReview scored(Grade proposed, Scores scores) {
        return new MemberReview(MEMBER, Y2025, proposed, null, null, null, false, false, scores);
    }

    static Scores scores(
            String general,
            String results,
            boolean allOnTime,
            String exceededPercent,
            String latePercent,
            boolean shortcomingsFixed) {
        return new Scores(
                new BigDecimal(general),
                new BigDecimal(results),
                allOnTime,
                new BigDecimal(exceededPercent),
                new BigDecimal(latePercent),
                shortcomingsFixed);
    }

    /** {@code count} members rated {@code grade} under {@code regime}, built directly. */
    static List<MemberRating> rated(int count, Grade grade, EvaluationRegime regime, Year year, int firstId) {
        PolicyRef ref = PolicyRef.of(regime);
        List<MemberRating> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new MemberRating.Rated(
                    vn.chibo.domain.member.MemberTestData.member(firstId + i),
                    year,
                    ref,
                    grade,
                    grade,
                    ImmutableList.of()));
        }
        return out;
    }

    /**
     * Adds {@code cells} cells under Phường 5, founded on {@code founded} and named Khu phố 10, 11 …,
     * the first {@code disciplined} of them disciplined (warning) on {@code on}.
     */
    static void cells(
            ImmutableMap.Builder<OrganizationId, List<OrganizationFact>> b,
            int cells,
            int disciplined,
            LocalDate founded,
            LocalDate on) {
        for (int i = 0; i < cells; i++) {
            OrganizationId id = OrganizationTestData.org(100 + i);
            List<OrganizationFact> facts = new ArrayList<>();
            facts.add(OrganizationTestData.founded(
                    id,
                    founded,
                    OrganizationKind.CELL,
                    "Chi bộ Khu phố " + (10 + i),
                    OrganizationTestData.PHUONG_5,
                    NOW));
            if (i < disciplined) {
                facts.add(new OrganizationFact.DisciplineImposed(
                        id,
                        on,
                        OrganizationDiscipline.WARNING,
                        "Đảng ủy Phường 5",
                        "vi phạm (giả định)",
                        OrganizationTestData.recordedAt(NOW)));
            }
            b.put(id, facts);
        }
    }
}
