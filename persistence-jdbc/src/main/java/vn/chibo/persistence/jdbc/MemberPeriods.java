package vn.chibo.persistence.jdbc;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.MemberHistory;

/**
 * Where a member belongs over time, for {@code member_cell_period}: the home cell and the cell of
 * activity, as {@link MemberHistory#homeCellOn} and {@link MemberHistory#activityCellOn} answer,
 * over the stretches of days on which neither changes. Both change only on a fact's effective date
 * or at the end of a temporary transfer, so asking on each such day is enough. Stateless.
 */
final class MemberPeriods {
    private MemberPeriods() {}

    /** One stretch of days {@code [from, until)} with the same home and activity cells. */
    record Period(LocalDate from, LocalDate until, OrganizationId home, OrganizationId activity) {}

    static ImmutableList<Period> of(MemberHistory history) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (MemberFact f : history.facts()) {
            cuts.add(f.effective());
            if (f instanceof MemberFact.Transferred t && t.until() != null) {
                cuts.add(t.until());
            }
        }
        List<Period> out = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>(cuts);
        for (int i = 0; i < days.size(); i++) {
            LocalDate from = days.get(i);
            LocalDate until = i + 1 < days.size() ? days.get(i + 1) : Rows.OPEN_END;
            Optional<OrganizationId> home = history.homeCellOn(from);
            Optional<OrganizationId> activity = history.activityCellOn(from);
            if (home.isEmpty() || activity.isEmpty() || !from.isBefore(Rows.OPEN_END)) {
                continue;
            }
            Period p = new Period(from, until, home.get(), activity.get());
            if (!out.isEmpty()) {
                Period last = out.get(out.size() - 1);
                if (last.until().equals(from)
                        && last.home().equals(p.home())
                        && last.activity().equals(p.activity())) {
                    out.set(out.size() - 1, new Period(last.from(), until, p.home(), p.activity()));
                    continue;
                }
            }
            out.add(p);
        }
        return ImmutableList.copyOf(out);
    }
}
