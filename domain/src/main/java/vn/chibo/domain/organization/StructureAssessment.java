package vn.chibo.domain.organization;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRef;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.Severity;

/**
 * Judges one organisation on one date against the structure policy then in force, given its
 * roster: it returns every finding and never throws for a broken rule.
 *
 * <ul>
 *   <li>{@value StructurePolicy#FOUND_MIN_FULL_MEMBERS}: a grassroots organisation or a cell has
 *       at least 3 full members (2 is a violation, 3 is not);
 *   <li>{@value StructurePolicy#GRASSROOTS_SIZE}: a grassroots cell has fewer than 30 members, a
 *       grassroots committee 30 or more, unless the superior's approval is on record;
 *   <li>{@value StructurePolicy#CELL_COMMITTEE_THRESHOLD}: a cell has committee members beyond its
 *       secretary and deputy only with at least 9 full members;
 *   <li>{@value StructurePolicy#CELL_COMMITTEE_MAX} and {@value StructurePolicy#CELL_DEPUTY_MAX}:
 *       at most 7 committee members and 1 deputy secretary in a cell;
 *   <li>{@value StructurePolicy#PARENT_KIND}: the organisation's superior is of a kind the policy
 *       allows, which flags a district level left standing after 1/7/2025;
 *   <li>{@value StructurePolicy#TERM_LENGTH}: the running term has the planned length.
 * </ul>
 *
 * <p>A date no structure policy covers gives one {@link Finding#NO_POLICY} finding.
 */
public final class StructureAssessment {
    private StructureAssessment() {}

    /**
     * Assesses {@code organization} on {@code roster.asOf()}.
     *
     * @param tree the organisation tree (at least the organisation, its ancestors and children)
     * @param roster the organisation's members by status on the date
     * @param policies where the structure policy is found
     */
    public static StructureReport assess(OrganizationTree tree, RosterSnapshot roster, PolicyRegistry policies) {
        Objects.requireNonNull(roster, "roster");
        OrganizationId id = roster.organization();
        LocalDate day = roster.asOf();
        OrganizationTree.Snapshot snap = tree.on(day);
        OrganizationState state = snap.get(id)
                .orElseThrow(() -> new IllegalArgumentException("organisation " + id + " does not exist on " + day));
        String subject = state.name() + " [" + id + "]";
        PolicyLookup<StructurePolicy> lookup = policies.find(StructurePolicy.KIND, day, snap.pathFromRoot(id), subject);
        if (lookup instanceof PolicyLookup.Missing<StructurePolicy> missing) {
            return new StructureReport(id, day, null, ImmutableList.of(missing.finding()));
        }
        StructurePolicy policy = lookup.policy().orElseThrow();
        OrganizationHistory history = tree.history(id).orElseThrow();
        List<Finding> out = new ArrayList<>();
        Finder f = new Finder(policy, subject, out);

        OrganizationKind kind = state.kind();
        if ((kind.isGrassroots() || kind == OrganizationKind.CELL) && roster.full() < policy.minFullMembersToFound()) {
            f.add(
                    StructurePolicy.FOUND_MIN_FULL_MEMBERS,
                    Severity.VIOLATION,
                    Label.of(
                            "Có " + roster.full() + " đảng viên chính thức; cần ít nhất "
                                    + policy.minFullMembersToFound() + ".",
                            roster.full() + " full members; at least " + policy.minFullMembersToFound()
                                    + " are needed."));
        }
        grassrootsSize(f, policy, history, kind, roster, day);
        if (kind.isCell()) {
            cellCommittee(f, policy, history.seatsOn(day), roster);
        }
        state.parentId().flatMap(snap::get).ifPresent(parent -> {
            if (!policy.allows(parent.kind(), kind)) {
                f.add(
                        StructurePolicy.PARENT_KIND,
                        Severity.VIOLATION,
                        Label.of(
                                kind.label().vi() + " không được trực thuộc "
                                        + parent.kind().label().vi() + ".",
                                "A " + kind.label().en() + " may not sit under a "
                                        + parent.kind().label().en() + "."));
            }
        });
        history.termOn(day).ifPresent(term -> termLength(f, policy, kind, term));
        return new StructureReport(id, day, PolicyRef.of(policy), ImmutableList.copyOf(out));
    }

    private static void grassrootsSize(
            Finder f,
            StructurePolicy policy,
            OrganizationHistory history,
            OrganizationKind kind,
            RosterSnapshot roster,
            LocalDate day) {
        int threshold = policy.grassrootsCommitteeMinMembers();
        boolean approved = history.hasApproval(StructurePolicy.GRASSROOTS_SIZE, day);
        boolean offSize = (kind == OrganizationKind.GRASSROOTS_CELL && roster.total() >= threshold)
                || (kind == OrganizationKind.GRASSROOTS_COMMITTEE && roster.total() < threshold);
        if (!offSize) {
            return;
        }
        Label message = kind == OrganizationKind.GRASSROOTS_CELL
                ? Label.of(
                        "Chi bộ cơ sở có " + roster.total() + " đảng viên (từ " + threshold
                                + " trở lên là đảng bộ cơ sở)",
                        "A grassroots cell of " + roster.total() + " members (" + threshold
                                + " or more make a grassroots committee)")
                : Label.of(
                        "Đảng bộ cơ sở có " + roster.total() + " đảng viên (dưới " + threshold + " là chi bộ cơ sở)",
                        "A grassroots committee of " + roster.total() + " members (under " + threshold
                                + " make a grassroots cell)");
        if (approved) {
            f.add(
                    StructurePolicy.GRASSROOTS_SIZE,
                    Severity.INFO,
                    Label.of(
                            message.vi() + "; cấp trên đã đồng ý bằng văn bản.",
                            message.en() + "; approved by the superior in writing."));
        } else {
            f.add(
                    StructurePolicy.GRASSROOTS_SIZE,
                    Severity.WARNING,
                    Label.of(
                            message.vi() + "; cần văn bản đồng ý của cấp ủy cấp trên.",
                            message.en() + "; needs the superior committee's written approval."));
        }
    }

    private static void cellCommittee(
            Finder f, StructurePolicy policy, ImmutableList<CommitteeSeat> seats, RosterSnapshot roster) {
        long committee =
                seats.stream().filter(s -> s.role() instanceof CommitteeRole).count();
        long beyondLeaders = seats.stream()
                .filter(s -> s.role() == CommitteeRole.MEMBER || s.role() == CommitteeRole.STANDING_MEMBER)
                .count();
        long deputies = seats.stream()
                .filter(s -> s.role() == CommitteeRole.DEPUTY_SECRETARY)
                .count();
        if (beyondLeaders > 0 && roster.full() < policy.cellCommitteeMinFullMembers()) {
            f.add(
                    StructurePolicy.CELL_COMMITTEE_THRESHOLD,
                    Severity.VIOLATION,
                    Label.of(
                            "Chi bộ có " + roster.full() + " đảng viên chính thức, dưới "
                                    + policy.cellCommitteeMinFullMembers()
                                    + ": chỉ bầu bí thư và phó bí thư, không bầu chi ủy.",
                            "The cell has " + roster.full() + " full members, under "
                                    + policy.cellCommitteeMinFullMembers()
                                    + ": it elects a secretary and a deputy, not a committee."));
        }
        if (committee > policy.cellCommitteeMaxMembers()) {
            f.add(
                    StructurePolicy.CELL_COMMITTEE_MAX,
                    Severity.VIOLATION,
                    Label.of(
                            "Chi ủy có " + committee + " ủy viên; tối đa " + policy.cellCommitteeMaxMembers() + ".",
                            "The cell committee has " + committee + " members; at most "
                                    + policy.cellCommitteeMaxMembers() + "."));
        }
        if (deputies > policy.cellDeputySecretariesMax()) {
            f.add(
                    StructurePolicy.CELL_DEPUTY_MAX,
                    Severity.VIOLATION,
                    Label.of(
                            "Chi bộ có " + deputies + " phó bí thư; tối đa " + policy.cellDeputySecretariesMax() + ".",
                            "The cell has " + deputies + " deputy secretaries; at most "
                                    + policy.cellDeputySecretariesMax() + "."));
        }
    }

    private static void termLength(Finder f, StructurePolicy policy, OrganizationKind kind, Term term) {
        int years = term.plannedYears();
        boolean ok;
        String expected;
        if (kind == OrganizationKind.CELL) {
            // Twice in five years is 2.5 years, ±6 months: 2 or 3 calendar years; the pilot allows 5.
            int perCongress = 5 / policy.cellCongressesPerFiveYears();
            ok = years >= perCongress && years <= perCongress + 1 || policy.cellOneCongressPilotAllowed() && years == 5;
            expected = policy.cellCongressesPerFiveYears() + "/5"
                    + (policy.cellOneCongressPilotAllowed() ? " (pilot 1/5)" : "");
        } else if (kind == OrganizationKind.PARTY_GROUP) {
            return;
        } else {
            ok = years == policy.grassrootsTermYears();
            expected = Integer.toString(policy.grassrootsTermYears());
        }
        if (!ok) {
            f.add(
                    StructurePolicy.TERM_LENGTH,
                    Severity.WARNING,
                    Label.of(
                            term.label().vi() + " dài " + years + " năm; quy định: " + expected + ".",
                            term.label().en() + " lasts " + years + " years; the rule: " + expected + "."));
        }
    }

    /** Adds findings of one policy for one subject. */
    private record Finder(StructurePolicy policy, String subject, List<Finding> out) {
        void add(String code, Severity severity, Label message) {
            out.add(Finding.of(code, severity, subject, message, policy.sourceOf(code), policy));
        }
    }
}
