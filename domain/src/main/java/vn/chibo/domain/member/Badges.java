package vn.chibo.domain.member;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.chibo.domain.common.Label;

/**
 * Which party badge (huy hiệu Đảng) a member is due on an award date (3/2, 19/5, 2/9, 7/11 or
 * another anniversary): the highest milestone reached and not yet awarded, early for a seriously
 * ill member (12 months for 30 to 65 years, 24 for 70 to 90), deferred after a warning (6 months)
 * or a dismissal (1 year). Exempted members stay eligible.
 */
public final class Badges {
    private Badges() {}

    /** The usual award days. */
    public enum Occasion {
        /** 3/2: the founding of the Party. */
        PARTY_FOUNDING(2, 3, Label.of("Ngày thành lập Đảng 3/2", "Party founding day, 3 February")),
        /** 19/5: President Hồ Chí Minh's birthday. */
        HO_CHI_MINH_BIRTHDAY(5, 19, Label.of("Ngày sinh Chủ tịch Hồ Chí Minh 19/5", "Hồ Chí Minh's birthday, 19 May")),
        /** 2/9: National Day. */
        NATIONAL_DAY(9, 2, Label.of("Quốc khánh 2/9", "National Day, 2 September")),
        /** 7/11: the October Revolution. */
        OCTOBER_REVOLUTION(11, 7, Label.of("Cách mạng Tháng Mười 7/11", "October Revolution, 7 November"));

        private final int month;
        private final int day;
        private final Label label;

        Occasion(int month, int day, Label label) {
            this.month = month;
            this.day = day;
            this.label = label;
        }

        /** The date of the occasion in {@code year}. */
        public LocalDate in(int year) {
            return LocalDate.of(year, month, day);
        }

        /** The label shown to people. */
        public Label label() {
            return label;
        }
    }

    /** The answer for one member on one award date. */
    public sealed interface Decision {
        /**
         * A badge is due.
         *
         * @param years the milestone
         * @param reached the day the party age reaches it
         * @param early whether awarded before {@code reached}
         */
        record Due(int years, LocalDate reached, boolean early) implements Decision {}

        /**
         * A badge would be due, but discipline defers it.
         *
         * @param years the milestone
         * @param until the first day it may be awarded
         * @param discipline the discipline deferring it
         */
        record Deferred(int years, LocalDate until, MemberFact.Disciplined discipline) implements Decision {}

        /** No badge is due. */
        record NotDue() implements Decision {}
    }

    /** What {@code history} is due on {@code awardDate} under {@code policy}. */
    public static Decision on(MemberHistory history, LocalDate awardDate, MembershipPolicy policy) {
        Objects.requireNonNull(awardDate, "awardDate");
        if (history.statusOn(awardDate).filter(s -> s == MembershipStatus.FULL).isEmpty()) {
            return new Decision.NotDue();
        }
        boolean ill = history.conditionsOn(awardDate).contains(ConditionKind.SERIOUS_ILLNESS);
        Integer best = null;
        LocalDate bestReached = null;
        for (int years : policy.badgeMilestones()) {
            boolean awarded = history.badges().stream().anyMatch(b -> b.years() == years);
            if (awarded) {
                continue;
            }
            Optional<LocalDate> reached = history.dateReaching(years, policy.transferGraceDays());
            if (reached.isEmpty()) {
                continue;
            }
            int earlyMonths =
                    ill ? (years >= 70 ? policy.earlyBadgeMonthsFrom70() : policy.earlyBadgeMonthsUpTo65()) : 0;
            if (!reached.get().minusMonths(earlyMonths).isAfter(awardDate)) {
                best = years;
                bestReached = reached.get();
            }
        }
        if (best == null || bestReached == null) {
            return new Decision.NotDue();
        }
        for (MemberFact.Disciplined d : history.disciplines()) {
            int months = d.form() == MemberDiscipline.WARNING
                    ? policy.badgeDeferralMonthsAfterWarning()
                    : d.form() == MemberDiscipline.DISMISSAL ? policy.badgeDeferralMonthsAfterDismissal() : 0;
            if (months > 0
                    && !d.effective().isAfter(awardDate)
                    && awardDate.isBefore(d.effective().plusMonths(months))) {
                return new Decision.Deferred(best, d.effective().plusMonths(months), d);
            }
        }
        return new Decision.Due(best, bestReached, bestReached.isAfter(awardDate));
    }
}
