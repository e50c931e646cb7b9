package vn.chibo.domain.member.dues;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.Severity;

/**
 * Computes a member's dues for a month under the dues policy in force on the first day of that
 * month.
 *
 * <p>The amount is exact: {@code basis × basisPoints / 10,000} for a share, {@code amount ×
 * factor% } for a fixed amount by area (the factor is 100, or the past-working-age share), the flat
 * amount otherwise; then {@code × (100 − reduction%)} for relief; and one rounding at the end, by
 * the policy's {@link DuesPolicy#roundingMode()} to a multiple of its {@link
 * DuesPolicy#roundingUnit()} (half-up to a whole đồng by default): 1% of 7,345,678 VND is 73,457.
 *
 * <p>Relief: an exemption on a statutory ground the policy knows and the member holds (party age
 * checked against {@link DuesPolicy#exemptionMinPartyAgeYears()}) makes the amount 0; otherwise a
 * hardship decision covering the month exempts or reduces. A hardship decision the policy does not
 * allow (a share other than 30/50/70%, more than 12 months) is refused, as are a category without a
 * rate and a missing basis amount or area: one {@link InvalidInputException} with every violation.
 * A month before every dues policy gives an assessment without an amount and a {@link
 * Finding#NO_POLICY} finding.
 */
public final class DuesCalculator {
    private DuesCalculator() {}

    /** Assesses {@code basis} under the central dues policy of its month. */
    public static DuesAssessment assess(DuesBasis basis, PolicyRegistry policies) {
        return assess(basis, policies, List.of());
    }

    /**
     * Assesses {@code basis} under the dues policy of its month for the member's organisation.
     *
     * @param pathFromRoot the member's organisation and its ancestors, root first, as of the month;
     *     empty for the central rules only
     * @throws InvalidInputException if the basis breaks the policy's rules (see the class comment)
     */
    public static DuesAssessment assess(DuesBasis basis, PolicyRegistry policies, List<OrganizationId> pathFromRoot) {
        Objects.requireNonNull(basis, "basis");
        LocalDate day = basis.month().atDay(1);
        PolicyLookup<DuesPolicy> lookup = policies.find(DuesPolicy.KIND, day, pathFromRoot, subject(basis));
        if (lookup instanceof PolicyLookup.Missing<DuesPolicy> missing) {
            return ImmutableDuesAssessment.builder()
                    .member(basis.member())
                    .month(basis.month())
                    .category(basis.category())
                    .addFindings(missing.finding())
                    .build();
        }
        return apply(lookup.policy().orElseThrow(), basis);
    }

    static DuesAssessment apply(DuesPolicy policy, DuesBasis basis) {
        List<Violation> violations = new ArrayList<>();
        DuesRate rate = policy.rates().get(basis.category());
        if (rate == null) {
            violations.add(Violation.of(
                    "category",
                    DuesPolicy.CATEGORY,
                    basis.category().name(),
                    Label.of(
                            "quy định " + policy.id() + " không có mức đóng cho đối tượng này; các đối tượng: "
                                    + policy.rates().keySet(),
                            "policy " + policy.id() + " has no rate for this category; its categories: "
                                    + policy.rates().keySet())));
        } else if (rate instanceof DuesRate.Percentage && basis.basisAmount().isEmpty()) {
            violations.add(Violation.of(
                    "basisAmount",
                    DuesPolicy.BASIS_REQUIRED,
                    "absent",
                    Label.of(
                            "đối tượng " + basis.category() + " đóng theo tỷ lệ của một khoản thu nhập: cần khoản đó",
                            "category " + basis.category() + " pays a share of an amount: the amount is needed")));
        } else if (rate instanceof DuesRate.FixedByArea && basis.area().isEmpty()) {
            violations.add(Violation.of(
                    "area",
                    DuesPolicy.AREA_REQUIRED,
                    "absent",
                    Label.of(
                            "đối tượng " + basis.category() + " đóng mức cố định theo địa bàn: cần địa bàn",
                            "category " + basis.category() + " pays a fixed amount by area: the area is needed")));
        }
        basis.hardshipDecision().ifPresent(d -> violations.addAll(policy.hardshipViolations(d, "hardshipDecision")));
        if (!violations.isEmpty() || rate == null) {
            throw new InvalidInputException("Dues basis of " + basis.month(), violations);
        }

        PolicyRef ref = PolicyRef.of(policy);
        ImmutableDuesComputation.Builder c = ImmutableDuesComputation.builder()
                .policy(ref)
                .category(basis.category())
                .rate(rate)
                .roundingMode(policy.roundingMode())
                .roundingUnit(policy.roundingUnit())
                .rateSource(policy.sourceOf(basis.category()))
                .roundingSource(policy.sourceOf(DuesPolicy.ROUNDING));
        long numerator;
        long denominator;
        int factor = 100;
        if (rate instanceof DuesRate.Percentage share) {
            long amount = basis.basisAmount().orElseThrow();
            c.basisAmount(amount);
            numerator = Math.multiplyExact(amount, share.basisPoints());
            denominator = DuesRate.BASIS_POINTS_PER_WHOLE;
        } else if (rate instanceof DuesRate.FixedByArea byArea) {
            DuesArea area = basis.area().orElseThrow();
            c.area(area);
            if (basis.pastWorkingAge()) {
                factor = policy.pastWorkingAgePercent();
                c.factorSource(policy.sourceOf(DuesPolicy.PAST_WORKING_AGE));
            }
            numerator = Math.multiplyExact(byArea.amount(area), factor);
            denominator = 100;
        } else {
            numerator = ((DuesRate.Flat) rate).amount();
            denominator = 1;
        }
        c.factorPercent(factor);

        List<Finding> findings = new ArrayList<>();
        String subject = subject(basis);
        DuesRelief relief = statutoryRelief(policy, basis, subject, findings);
        if (relief != null) {
            c.reliefSource(policy.sourceOf(DuesPolicy.EXEMPTION));
        } else {
            Optional<HardshipDecision> decision = basis.hardshipDecision().filter(d -> d.covers(basis.month()));
            if (decision.isPresent()) {
                relief = new DuesRelief.Hardship(decision.get());
                c.reliefSource(policy.sourceOf(DuesPolicy.HARDSHIP));
            }
        }
        int reduction = 0;
        if (relief != null) {
            c.relief(relief);
            reduction = relief.reductionPercent();
        }
        c.amountBeforeRelief(policy.round(numerator, denominator));
        c.amountDue(policy.round(Math.multiplyExact(numerator, 100 - reduction), Math.multiplyExact(denominator, 100)));
        return ImmutableDuesAssessment.builder()
                .member(basis.member())
                .month(basis.month())
                .category(basis.category())
                .policy(ref)
                .computation(c.build())
                .findings(ImmutableList.copyOf(findings))
                .build();
    }

    private static @Nullable DuesRelief statutoryRelief(
            DuesPolicy policy, DuesBasis basis, String subject, List<Finding> findings) {
        RuleSource source = policy.sourceOf(DuesPolicy.EXEMPTION);
        int minAge = policy.exemptionMinPartyAgeYears();
        DuesRelief relief = null;
        boolean groundOutsidePolicy = false;
        for (ExemptionGround ground : ExemptionGround.values()) {
            if (!basis.exemptionGrounds().contains(ground)) {
                continue;
            }
            if (!policy.exemptionGrounds().contains(ground)) {
                groundOutsidePolicy = true;
            } else if (ground == ExemptionGround.LONG_PARTY_AGE && basis.partyAgeYears() < minAge) {
                findings.add(Finding.of(
                        DuesPolicy.EXEMPTION_NOT_APPLIED,
                        Severity.WARNING,
                        subject,
                        Label.of(
                                "Tuổi đảng " + basis.partyAgeYears() + " năm, chưa đủ " + minAge
                                        + " năm để được miễn đảng phí; vẫn phải đóng.",
                                "A party age of " + basis.partyAgeYears() + " years is short of the " + minAge
                                        + " years that exempt from dues; dues are owed."),
                        source,
                        policy));
            } else if (relief == null) {
                relief = new DuesRelief.Exemption(ground);
            }
        }
        if (groundOutsidePolicy) {
            findings.add(Finding.of(
                    DuesPolicy.EXEMPTION_NOT_APPLIED,
                    Severity.WARNING,
                    subject,
                    Label.of(
                            "Quy định " + policy.id() + " không có căn cứ miễn đảng phí đã nêu; không áp dụng.",
                            "Policy " + policy.id() + " has no such exemption ground; it was not applied."),
                    source,
                    policy));
        }
        if (relief == null
                && policy.exemptionGrounds().contains(ExemptionGround.LONG_PARTY_AGE)
                && !basis.exemptionGrounds().contains(ExemptionGround.LONG_PARTY_AGE)
                && basis.partyAgeYears() >= minAge) {
            findings.add(Finding.of(
                    DuesPolicy.EXEMPTION_AVAILABLE,
                    Severity.INFO,
                    subject,
                    Label.of(
                            "Tuổi đảng " + basis.partyAgeYears() + " năm: được miễn đảng phí nếu có đơn đề nghị.",
                            "A party age of " + basis.partyAgeYears() + " years: exempt from dues on application."),
                    source,
                    policy));
        }
        return relief;
    }

    private static String subject(DuesBasis basis) {
        return "member " + basis.member() + ", " + basis.month();
    }
}
