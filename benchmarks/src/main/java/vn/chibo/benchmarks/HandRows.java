package vn.chibo.benchmarks;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.member.dues.DuesEntry;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.port.BulkRecord;

/**
 * The baselines of the JDBC bulk loads, their common half: the rows a person would write by hand
 * for organisations and members, into the tables the JDBC stores write (schema V1–V3): each
 * aggregate's version row, one row per fact with every column of its type, the sponsors of
 * admissions, the derived states and cell periods (folded by the domain's histories, as the stores
 * fold them), and the maintained aggregates: every organisation's ancestor paths over time and the
 * admissions per cell and month. No checks: the records are known good. Rows go to a {@link Sink}
 * as they are made; the ancestor paths and admission counts once every record was read. Holds the
 * organisations' states and the admission counts, nothing per member.
 */
final class HandRows {
    /** The last day of an open validity, as the schema keeps it. */
    static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /** The deepest ancestor path followed, as the stores follow it. */
    private static final int MAX_DEPTH = 100;

    /** A table written, in an order its foreign keys allow, with the columns written. */
    enum Table {
        /** Organisation versions (the ordinal is the identity column's). */
        ORGANIZATION_VERSION("organization_version", "organization_id, version"),
        /** Organisation facts. */
        ORGANIZATION_FACT(
                "organization_fact",
                "organization_id, seq, fact_type, effective_on, recorded_at, recorded_nano, recorded_by,"
                        + " recorded_reason, kind, name, parent_id, merged_into_id, reorganization_id,"
                        + " reorganization_kind, reorganization_decision, seat_id, member_id, role_type, role_code,"
                        + " until_date, congress, planned_end, committee_of_id, discipline, decided_by, violation,"
                        + " rule_code, decision"),
        /** Organisation states. */
        ORGANIZATION_STATE("organization_state", "organization_id, valid_from, valid_until, kind, name, parent_id"),
        /** Member versions. */
        MEMBER_VERSION("member_version", "member_id, version"),
        /** Member facts. */
        MEMBER_FACT(
                "member_fact",
                "member_id, seq, fact_type, effective_on, recorded_at, recorded_nano, recorded_by, recorded_reason,"
                        + " full_name, birth_date, sex, citizen_id, party_card_number, cell_id, considered_on,"
                        + " decided_by, readmission, decided_on, transfer_kind, from_cell_id, to_cell_id, until_date,"
                        + " trigger_on, letter_issued_on, study, party_group_id, condition_id, condition_kind, note,"
                        + " discipline, violation, self_detected_and_fixed, removal_ground, amount_due, amount_paid,"
                        + " paid_on, payment_channel, badge_years, early"),
        /** Sponsors of admissions. */
        ADMISSION_SPONSOR(
                "admission_sponsor",
                "member_id, seq, sponsor_index, sponsor_type, sponsor_member_id, relation, since_on, replacement,"
                        + " union_body, resolution"),
        /** Members' cells over time. */
        MEMBER_CELL_PERIOD("member_cell_period", "member_id, valid_from, valid_until, home_cell_id, activity_cell_id"),
        /** Ancestor paths over time (maintained). */
        ORGANIZATION_ANCESTOR("organization_ancestor", "organization_id, ancestor_id, valid_from, valid_until, depth"),
        /** Admissions per cell and month (maintained). */
        ADMISSION_COUNT("admission_count", "cell_id, admission_month, readmission, n");

        final String name;
        final String columns;
        final int width;

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
            this.width = columns.split(",").length;
        }
    }

    /** Where the rows go. */
    interface Sink {
        /** One row of {@code table}, its values in the order of {@link Table#columns}. */
        void row(Table table, @Nullable Object[] values) throws SQLException, IOException;
    }

    /** A state of an organisation, for the ancestor paths. */
    private record Span(
            LocalDate from, LocalDate until, @Nullable UUID parent) {}

    /** An admission count's key. */
    private record AdmissionKey(UUID cell, int month, boolean readmission) {}

    private final Sink sink;
    private final Map<UUID, List<Span>> states = new HashMap<>();
    private final List<UUID> organizations = new ArrayList<>();
    private final Map<AdmissionKey, long[]> admissions = new TreeMap<>((a, b) -> {
        int c = a.cell().compareTo(b.cell());
        c = c != 0 ? c : Integer.compare(a.month(), b.month());
        return c != 0 ? c : Boolean.compare(a.readmission(), b.readmission());
    });

    HandRows(Sink sink) {
        this.sink = sink;
    }

    /** Writes the rows of {@code r}, an organisation or a member. */
    void add(BulkRecord r) throws SQLException, IOException {
        if (r instanceof BulkRecord.Organization o) {
            organization(o);
        } else if (r instanceof BulkRecord.Member m) {
            member(m);
        } else {
            throw new IllegalArgumentException("only organisations and members: " + r.getClass());
        }
    }

    /** Writes the maintained rows, once every record was added. */
    void finish() throws SQLException, IOException {
        for (UUID o : organizations) {
            for (Span s : states.getOrDefault(o, List.of())) {
                ancestors(o, o, s.parent(), s.from(), s.until(), 0);
            }
        }
        for (Map.Entry<AdmissionKey, long[]> e : admissions.entrySet()) {
            AdmissionKey k = e.getKey();
            sink.row(Table.ADMISSION_COUNT, new Object[] {k.cell(), k.month(), k.readmission(), e.getValue()[0]});
        }
    }

    private void ancestors(UUID org, UUID ancestor, @Nullable UUID parent, LocalDate from, LocalDate until, int depth)
            throws SQLException, IOException {
        sink.row(Table.ORGANIZATION_ANCESTOR, new Object[] {org, ancestor, from, until, depth});
        if (parent == null || depth >= MAX_DEPTH) {
            return;
        }
        for (Span p : states.getOrDefault(parent, List.of())) {
            if (p.from().isBefore(until) && from.isBefore(p.until())) {
                LocalDate f = p.from().isAfter(from) ? p.from() : from;
                LocalDate u = p.until().isBefore(until) ? p.until() : until;
                ancestors(org, parent, p.parent(), f, u, depth + 1);
            }
        }
    }

    private void organization(BulkRecord.Organization o) throws SQLException, IOException {
        UUID id = o.id().value();
        sink.row(Table.ORGANIZATION_VERSION, new Object[] {id, (long) o.size()});
        for (int i = 0; i < o.facts().size(); i++) {
            sink.row(Table.ORGANIZATION_FACT, organizationFact(o.facts().get(i), i));
        }
        List<Span> spans = new ArrayList<>();
        for (OrganizationState s : OrganizationHistory.of(o.id(), o.facts()).states()) {
            LocalDate until = s.valid().until() == null ? OPEN_END : s.valid().until();
            UUID parent = s.parent() == null ? null : s.parent().value();
            sink.row(Table.ORGANIZATION_STATE, new @Nullable Object[] {
                id, s.valid().from(), until, s.kind().name(), s.name(), parent
            });
            spans.add(new Span(s.valid().from(), until, parent));
        }
        states.put(id, spans);
        organizations.add(id);
    }

    private void member(BulkRecord.Member m) throws SQLException, IOException {
        UUID id = m.id().value();
        sink.row(Table.MEMBER_VERSION, new Object[] {id, (long) m.size()});
        for (int i = 0; i < m.facts().size(); i++) {
            MemberFact f = m.facts().get(i);
            sink.row(Table.MEMBER_FACT, memberFact(f, i));
            if (f instanceof MemberFact.AdmissionDecided a) {
                int index = 0;
                for (Sponsor s : a.sponsors()) {
                    sink.row(Table.ADMISSION_SPONSOR, sponsor(id, i, index++, s));
                }
                int month = a.effective().getYear() * 100 + a.effective().getMonthValue();
                admissions
                        .computeIfAbsent(new AdmissionKey(a.cell().value(), month, a.readmission()), k -> new long[1])[
                        0]++;
            }
        }
        periods(MemberHistory.of(m.id(), m.facts()));
    }

    /** The member's home and activity cells over the stretches of days on which neither changes. */
    private void periods(MemberHistory history) throws SQLException, IOException {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (MemberFact f : history.facts()) {
            cuts.add(f.effective());
            if (f instanceof MemberFact.Transferred t && t.until() != null) {
                cuts.add(t.until());
            }
        }
        UUID member = history.id().value();
        @Nullable LocalDate openFrom = null;
        @Nullable OrganizationId openHome = null;
        @Nullable OrganizationId openActivity = null;
        @Nullable LocalDate openUntil = null;
        List<LocalDate> days = new ArrayList<>(cuts);
        for (int i = 0; i < days.size(); i++) {
            LocalDate from = days.get(i);
            LocalDate until = i + 1 < days.size() ? days.get(i + 1) : OPEN_END;
            Optional<OrganizationId> home = history.homeCellOn(from);
            Optional<OrganizationId> activity = history.activityCellOn(from);
            if (home.isEmpty() || activity.isEmpty() || !from.isBefore(OPEN_END)) {
                continue;
            }
            if (openFrom != null
                    && from.equals(openUntil)
                    && home.get().equals(openHome)
                    && activity.get().equals(openActivity)) {
                openUntil = until;
                continue;
            }
            if (openFrom != null && openHome != null && openActivity != null) {
                sink.row(
                        Table.MEMBER_CELL_PERIOD,
                        new Object[] {member, openFrom, openUntil, openHome.value(), openActivity.value()});
            }
            openFrom = from;
            openUntil = until;
            openHome = home.get();
            openActivity = activity.get();
        }
        if (openFrom != null && openHome != null && openActivity != null) {
            sink.row(
                    Table.MEMBER_CELL_PERIOD,
                    new Object[] {member, openFrom, openUntil, openHome.value(), openActivity.value()});
        }
    }

    private static void stamp(@Nullable Object[] v, Recorded recorded) {
        Instant at = recorded.at();
        v[4] = OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        v[5] = at.getNano() % 1000;
        v[6] = recorded.actor();
        v[7] = recorded.reason();
    }

    private static @Nullable UUID raw(@Nullable OrganizationId id) {
        return id == null ? null : id.value();
    }

    private static @Nullable Object[] organizationFact(OrganizationFact fact, int seq) {
        @Nullable Object[] v = new Object[Table.ORGANIZATION_FACT.width];
        v[0] = fact.organization().value();
        v[1] = seq;
        v[3] = fact.effective();
        stamp(v, fact.recorded());
        if (fact instanceof OrganizationFact.Structural s) {
            s.reorganization().ifPresent(r -> {
                v[12] = r.id();
                v[13] = r.kind().name();
                v[14] = r.decision();
            });
        }
        if (fact instanceof OrganizationFact.Founded f) {
            v[2] = "FOUNDED";
            v[8] = f.kind().name();
            v[9] = f.name();
            v[10] = raw(f.parent());
        } else if (fact instanceof OrganizationFact.Renamed f) {
            v[2] = "RENAMED";
            v[9] = f.name();
        } else if (fact instanceof OrganizationFact.KindChanged f) {
            v[2] = "KIND_CHANGED";
            v[8] = f.kind().name();
        } else if (fact instanceof OrganizationFact.Reparented f) {
            v[2] = "REPARENTED";
            v[10] = f.parent().value();
        } else if (fact instanceof OrganizationFact.Dissolved f) {
            v[2] = "DISSOLVED";
            v[11] = raw(f.mergedInto());
        } else if (fact instanceof OrganizationFact.SeatTaken f) {
            v[2] = "SEAT_TAKEN";
            v[15] = f.seat();
            v[16] = f.member().value();
            v[17] = f.role() instanceof CommitteeRole ? "COMMITTEE" : "PARTY_GROUP";
            v[18] = f.role().name();
            v[19] = f.until();
            v[20] = f.congress();
        } else if (fact instanceof OrganizationFact.SeatVacated f) {
            v[2] = "SEAT_VACATED";
            v[15] = f.seat();
        } else if (fact instanceof OrganizationFact.TermOpened f) {
            v[2] = "TERM_OPENED";
            v[20] = f.congress();
            v[21] = f.plannedEnd();
        } else if (fact instanceof OrganizationFact.SupervisionAssigned f) {
            v[2] = "SUPERVISION_ASSIGNED";
            v[16] = f.supervisor().value();
            v[22] = f.committeeOf().value();
            v[19] = f.until();
        } else if (fact instanceof OrganizationFact.DisciplineImposed f) {
            v[2] = "DISCIPLINE_IMPOSED";
            v[23] = f.form().name();
            v[24] = f.decidedBy();
            v[25] = f.violation();
        } else if (fact instanceof OrganizationFact.ExceptionApproved f) {
            v[2] = "EXCEPTION_APPROVED";
            v[26] = f.rule();
            v[27] = f.decision();
            v[19] = f.until();
        } else {
            throw new IllegalStateException("unknown organisation fact " + fact.getClass());
        }
        return v;
    }

    private static @Nullable Object[] memberFact(MemberFact fact, int seq) {
        @Nullable Object[] v = new Object[Table.MEMBER_FACT.width];
        v[0] = fact.member().value();
        v[1] = seq;
        v[3] = fact.effective();
        stamp(v, fact.recorded());
        if (fact instanceof MemberFact.ProfileRecorded f) {
            v[2] = "PROFILE_RECORDED";
            MemberProfile p = f.profile();
            v[8] = p.fullName();
            v[9] = p.birthDate();
            v[10] = p.sex().name();
            v[11] = p.citizenId();
            v[12] = p.partyCardNumber();
        } else if (fact instanceof MemberFact.AdmissionDecided f) {
            v[2] = "ADMISSION_DECIDED";
            v[13] = f.cell().value();
            v[14] = f.considered();
            v[15] = f.decidedBy();
            v[16] = f.readmission();
        } else if (fact instanceof MemberFact.CeremonyHeld f) {
            v[2] = "CEREMONY_HELD";
            v[13] = f.cell().value();
        } else if (fact instanceof MemberFact.Recognized f) {
            v[2] = "RECOGNIZED";
            v[17] = f.decided();
        } else if (fact instanceof MemberFact.Transferred f) {
            v[2] = "TRANSFERRED";
            v[18] = f.kind().name();
            v[19] = f.from().value();
            v[20] = f.to().value();
            v[21] = f.until();
            v[22] = f.trigger();
            v[23] = f.letterIssued();
            v[24] = f.study();
        } else if (fact instanceof MemberFact.GroupAssigned f) {
            v[2] = "GROUP_ASSIGNED";
            v[25] = raw(f.partyGroup());
        } else if (fact instanceof MemberFact.ConditionBegan f) {
            v[2] = "CONDITION_BEGAN";
            v[26] = f.condition();
            v[27] = f.kind().name();
            v[21] = f.until();
            v[28] = f.note();
        } else if (fact instanceof MemberFact.ConditionEnded f) {
            v[2] = "CONDITION_ENDED";
            v[26] = f.condition();
        } else if (fact instanceof MemberFact.Disciplined f) {
            v[2] = "DISCIPLINED";
            v[29] = f.form().name();
            v[15] = f.decidedBy();
            v[30] = f.violation();
            v[31] = f.selfDetectedAndFixed();
        } else if (fact instanceof MemberFact.Removed f) {
            v[2] = "REMOVED";
            v[32] = f.ground().name();
            v[15] = f.decidedBy();
        } else if (fact instanceof MemberFact.Died) {
            v[2] = "DIED";
        } else if (fact instanceof MemberFact.DuesRecorded f) {
            v[2] = "DUES_RECORDED";
            DuesEntry e = f.entry();
            v[33] = e.amountDue();
            v[34] = e.amountPaid();
            v[35] = e.paidOn();
            v[36] = e.channel() == null ? null : e.channel().name();
            v[28] = e.note();
        } else if (fact instanceof MemberFact.BadgeAwarded f) {
            v[2] = "BADGE_AWARDED";
            v[37] = f.years();
            v[38] = f.early();
        } else {
            throw new IllegalStateException("unknown member fact " + fact.getClass());
        }
        return v;
    }

    private static @Nullable Object[] sponsor(UUID member, int seq, int index, Sponsor sponsor) {
        if (sponsor instanceof Sponsor.ByMember m) {
            return new @Nullable Object[] {
                member,
                seq,
                index,
                "MEMBER",
                m.member().value(),
                m.relation().name(),
                m.since(),
                m.replacement(),
                null,
                null
            };
        }
        Sponsor.ByUnion u = (Sponsor.ByUnion) sponsor;
        return new @Nullable Object[] {
            member, seq, index, "UNION", null, null, null, null, u.body().name(), u.resolution()
        };
    }
}
