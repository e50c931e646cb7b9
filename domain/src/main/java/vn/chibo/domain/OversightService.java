package vn.chibo.domain;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationRecord;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.oversight.Commendation;
import vn.chibo.domain.oversight.EducationStarted;
import vn.chibo.domain.oversight.Oversight;
import vn.chibo.domain.oversight.OversightReport;
import vn.chibo.domain.oversight.OversightRules;
import vn.chibo.domain.oversight.RemovalConsideration;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.rule.PolicyRef;

/**
 * Oversight as a host runs it: for the members of a subtree, the removal considerations with their
 * evidence (meetings of their cells, their dues ledger, their decided grades, the cell's education
 * notes) and the five-year commendation. It flags; it never removes. Obtained from {@link
 * Chibo#oversight()}; thread-safe as far as its ports are.
 */
public final class OversightService {
    private final Chibo chibo;
    private final Members members;

    OversightService(Chibo chibo, Members members) {
        this.chibo = chibo;
        this.members = members;
    }

    /** As {@link #review(Actor, OrganizationId, Year, LocalDate, Collection, OversightRules)} under the central rules. */
    public OversightReport review(
            Actor actor,
            OrganizationId organization,
            Year year,
            LocalDate asOf,
            Collection<EducationStarted> education) {
        return review(actor, organization, year, asOf, education, OversightRules.central());
    }

    /**
     * The members of {@code organization}'s subtree on {@code asOf} (home or activity cell) who are
     * members then, each looked at for {@code year}: absences from the regular meetings of every
     * cell they belonged to or attended in the year up to {@code asOf}, unpaid dues (the calendar
     * year, or the twelve months to {@code asOf}, as {@code rules} say), decided grades up to {@code
     * year}, and {@code education}.
     */
    public OversightReport review(
            Actor actor,
            OrganizationId organization,
            Year year,
            LocalDate asOf,
            Collection<EducationStarted> education,
            OversightRules rules) {
        List<RemovalConsideration> removals = new ArrayList<>();
        List<Commendation> commendations = new ArrayList<>();
        Map<OrganizationId, List<Meeting>> meetingsOf = new HashMap<>();
        LocalDate first = year.atDay(1);
        LocalDate last = year.atMonth(12).atEndOfMonth();
        for (MemberHistory h : members.ofOrganization(actor, organization, asOf)) {
            if (h.statusOn(asOf).isEmpty()) {
                continue;
            }
            Set<OrganizationId> cells = new LinkedHashSet<>();
            for (int month = 1; month <= 12; month++) {
                for (LocalDate day : List.of(
                        year.atMonth(month).atDay(1), year.atMonth(month).atEndOfMonth())) {
                    h.homeCellOn(day).ifPresent(cells::add);
                    h.activityCellOn(day).ifPresent(cells::add);
                }
            }
            List<Meeting> meetings = new ArrayList<>();
            for (OrganizationId cell : cells) {
                meetings.addAll(
                        meetingsOf.computeIfAbsent(cell, c -> chibo.meetings().meetings(actor, c, first, last)));
            }
            Map<Year, Grade> grades = new HashMap<>();
            for (EvaluationRecord r : chibo.evaluations().ofMember(actor, h.id())) {
                if (!r.key().yearly()) {
                    continue;
                }
                r.decided()
                        .flatMap(EvaluationEntry.Decided::gradeIfRated)
                        .ifPresent(g -> grades.put(r.key().year(), g));
            }
            removals.addAll(Oversight.removal(h, year, asOf, meetings, grades, education, rules));
            Oversight.commendation(h, year, grades, rules).ifPresent(commendations::add);
        }
        return new OversightReport(
                organization,
                year,
                asOf,
                PolicyRef.of(rules),
                ImmutableList.copyOf(removals),
                ImmutableList.copyOf(commendations));
    }
}
