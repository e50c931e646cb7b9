package vn.chibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.domain.member.MemberTestData.NOW;
import static vn.chibo.domain.member.MemberTestData.recordedAt;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_3;
import static vn.chibo.domain.organization.OrganizationTestData.KHU_PHO_7;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Recorded;

/**
 * Status and party age "as of" any date, against a reference computed the plain way: a member is
 * in a membership from its ceremony until it ends, probationary for twelve months, then full if
 * recognised; party age counts from the first decision of a membership that was recognised, less
 * every day marked as a gap (between memberships, loss of contact, a transfer beyond the grace), one
 * day at a time.
 *
 * <p>Histories are generated as facts, the way the planner would record them: a decision from 1990
 * to 2012, the ceremony 0–60 days later, perhaps a recognition 0–90 days after probation, perhaps an
 * end (removal, expulsion, death), perhaps a readmission 36–120 months after a removal or expulsion,
 * up to two losses of contact (perhaps open, perhaps ended early), perhaps a permanent transfer.
 */
class MemberHistoryPropertyTest {
    private static final MemberId ID = MemberTestData.member(1);
    private static final LocalDate EPOCH = LocalDate.of(1990, 1, 1);
    private static final int DECISION_DAYS = (int) ChronoUnit.DAYS.between(EPOCH, LocalDate.of(2012, 12, 31));
    private static final int QUERY_DAYS = (int) ChronoUnit.DAYS.between(EPOCH, LocalDate.of(2035, 12, 31));
    /** The reference marks gap days up to here; every generated date stays before it. */
    private static final LocalDate HORIZON = LocalDate.of(2100, 1, 1);

    private static final int DAYS = (int) ChronoUnit.DAYS.between(EPOCH, HORIZON);

    // ---------------------------------------------------------------- properties

    @Property
    void statusOnAnyDateIsTheReferenceStatus(
            @ForAll("scenarios") Scenario scenario, @ForAll("queries") List<LocalDate> randomDates) {
        for (LocalDate date : scenario.datesToAsk(randomDates)) {
            assertThat(scenario.history().statusOn(date))
                    .as("status on %s of %s", date, scenario)
                    .isEqualTo(scenario.expectedStatus(date));
        }
    }

    @Property
    void partyAgeOnAnyDateIsTheReferencePartyAge(
            @ForAll("scenarios") Scenario scenario,
            @ForAll("queries") List<LocalDate> randomDates,
            @ForAll @IntRange(min = 0, max = 60) int graceDays) {
        int[] gapsBefore = scenario.gapDaysBefore(graceDays);
        for (LocalDate date : scenario.datesToAsk(randomDates)) {
            assertThat(scenario.history().partyAge(date, graceDays))
                    .as("party age on %s of %s with grace %s", date, scenario, graceDays)
                    .isEqualTo(scenario.expectedPartyAge(date, gapsBefore));
        }
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<List<LocalDate>> queries() {
        return Arbitraries.integers()
                .between(0, QUERY_DAYS)
                .map(EPOCH::plusDays)
                .list()
                .ofMinSize(1)
                .ofMaxSize(6);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Boolean> coin = Arbitraries.of(true, false);
        Arbitrary<Integer> endKind = Arbitraries.integers().between(0, 3);
        Arbitrary<Loss> loss = Builders.withBuilder(Loss::new)
                .use(Arbitraries.integers().between(0, 12_000))
                .inSetter((l, v) -> l.startOffset = v)
                .use(Arbitraries.integers().between(1, 900))
                .inSetter((l, v) -> l.length = v)
                .use(coin)
                .inSetter((l, v) -> l.open = v)
                .use(Arbitraries.integers().between(1, 900))
                .withProbability(0.4)
                .inSetter((l, v) -> l.endedEarlyAfter = v)
                .build();
        return Builders.withBuilder(Params::new)
                .use(Arbitraries.integers().between(0, DECISION_DAYS))
                .inSetter((p, v) -> p.decided1 = v)
                .use(Arbitraries.integers().between(0, 60))
                .inSetter((p, v) -> p.ceremony1 = v)
                .use(coin)
                .inSetter((p, v) -> p.recognized1 = v)
                .use(Arbitraries.integers().between(0, 90))
                .inSetter((p, v) -> p.recognitionDelay1 = v)
                .use(endKind)
                .inSetter((p, v) -> p.end1Kind = v)
                .use(Arbitraries.integers().between(1, 9_000))
                .inSetter((p, v) -> p.end1Offset = v)
                .use(coin)
                .inSetter((p, v) -> p.readmit = v)
                .use(Arbitraries.integers().between(36, 120))
                .inSetter((p, v) -> p.readmitMonths = v)
                .use(Arbitraries.integers().between(0, 30))
                .inSetter((p, v) -> p.readmitExtraDays = v)
                .use(Arbitraries.integers().between(0, 60))
                .inSetter((p, v) -> p.ceremony2 = v)
                .use(coin)
                .inSetter((p, v) -> p.recognized2 = v)
                .use(Arbitraries.integers().between(0, 90))
                .inSetter((p, v) -> p.recognitionDelay2 = v)
                .use(endKind)
                .inSetter((p, v) -> p.end2Kind = v)
                .use(Arbitraries.integers().between(1, 4_000))
                .inSetter((p, v) -> p.end2Offset = v)
                .use(loss.list().ofMaxSize(2))
                .inSetter((p, v) -> p.losses = v)
                .use(Arbitraries.integers().between(0, 10_000))
                .withProbability(0.5)
                .inSetter((p, v) -> p.transferLetterOffset = v)
                .use(Arbitraries.integers().between(0, 120))
                .inSetter((p, v) -> p.transferDelay = v)
                .build(Params::scenario);
    }

    /** One loss of contact, as offsets. */
    static final class Loss {
        int startOffset;
        int length = 1;
        boolean open;
        int endedEarlyAfter;
    }

    /** The generated numbers a history is made of. */
    static final class Params {
        int decided1;
        int ceremony1;
        boolean recognized1;
        int recognitionDelay1;
        int end1Kind;
        int end1Offset = 1;
        boolean readmit;
        int readmitMonths = 36;
        int readmitExtraDays;
        int ceremony2;
        boolean recognized2;
        int recognitionDelay2;
        int end2Kind;
        int end2Offset = 1;
        List<Loss> losses = List.of();
        int transferLetterOffset = -1;
        int transferDelay;

        Scenario scenario() {
            List<MemberFact> facts = new ArrayList<>();
            List<Span> spans = new ArrayList<>();
            LocalDate d1 = EPOCH.plusDays(decided1);
            facts.add(new MemberFact.ProfileRecorded(
                    ID, d1, MemberProfile.of("Nguyễn Văn An", LocalDate.of(1960, 1, 1), Sex.MALE), stamp()));
            Span first = span(facts, d1, ceremony1, recognized1, recognitionDelay1, end1Kind, end1Offset, false);
            spans.add(first);
            LocalDate left = first.ended();
            if (readmit && left != null && end1Kind != 3) {
                LocalDate d2 = left.plusMonths(readmitMonths).plusDays(readmitExtraDays);
                spans.add(span(facts, d2, ceremony2, recognized2, recognitionDelay2, end2Kind, end2Offset, true));
            }
            LocalDate c1 = first.ceremony();
            List<LossRange> lossRanges = new ArrayList<>();
            for (int i = 0; i < losses.size(); i++) {
                Loss l = losses.get(i);
                UUID condition = UUID.nameUUIDFromBytes(("loss " + i).getBytes(StandardCharsets.UTF_8));
                LocalDate start = c1.plusDays(l.startOffset);
                LocalDate until = l.open ? null : start.plusDays(l.length);
                facts.add(new MemberFact.ConditionBegan(
                        ID, start, condition, ConditionKind.LOSS_OF_CONTACT, until, "mất liên lạc", stamp()));
                LocalDate end = until;
                if (l.endedEarlyAfter > 0 && (l.open || l.endedEarlyAfter < l.length)) {
                    end = start.plusDays(l.endedEarlyAfter);
                    facts.add(new MemberFact.ConditionEnded(ID, end, condition, stamp()));
                }
                lossRanges.add(new LossRange(start, end));
            }
            MemberFact.Transferred transfer = null;
            if (transferLetterOffset >= 0) {
                LocalDate letter = c1.plusDays(transferLetterOffset);
                transfer = new MemberFact.Transferred(
                        ID,
                        letter.plusDays(transferDelay),
                        TransferKind.PERMANENT,
                        KHU_PHO_3,
                        KHU_PHO_7,
                        null,
                        letter,
                        letter,
                        false,
                        stamp());
                facts.add(transfer);
            }
            return new Scenario(MemberHistory.of(ID, facts), spans, lossRanges, transfer);
        }

        private static Span span(
                List<MemberFact> facts,
                LocalDate decided,
                int ceremonyOffset,
                boolean recognized,
                int recognitionDelay,
                int endKind,
                int endOffset,
                boolean readmission) {
            LocalDate ceremony = decided.plusDays(ceremonyOffset);
            facts.add(new MemberFact.AdmissionDecided(
                    ID, decided, KHU_PHO_3, decided, "QĐ kết nạp", List.of(), readmission, stamp()));
            facts.add(new MemberFact.CeremonyHeld(ID, ceremony, KHU_PHO_3, stamp()));
            LocalDate last = ceremony;
            if (recognized) {
                LocalDate decidedOn = ceremony.plusMonths(12).plusDays(recognitionDelay);
                facts.add(new MemberFact.Recognized(ID, ceremony.plusMonths(12), decidedOn, stamp()));
                last = decidedOn;
            }
            LocalDate ended = null;
            if (endKind != 0) {
                ended = last.plusDays(endOffset);
                facts.add(
                        switch (endKind) {
                            case 1 ->
                                new MemberFact.Removed(ID, ended, RemovalGround.ABSENCE_OR_DUES, "Đảng ủy", stamp());
                            case 2 ->
                                new MemberFact.Disciplined(
                                        ID, ended, MemberDiscipline.EXPULSION, "Đảng ủy", "vi phạm", false, stamp());
                            default -> new MemberFact.Died(ID, ended, stamp());
                        });
            }
            return new Span(decided, ceremony, recognized, ended);
        }

        private static Recorded stamp() {
            return recordedAt(NOW);
        }
    }

    // ---------------------------------------------------------------- the reference

    /** One membership as generated. */
    record Span(
            LocalDate decided,
            LocalDate ceremony,
            boolean recognized,
            @Nullable LocalDate ended) {}

    /** The days a loss of contact lasted, after any early end; {@code end} is exclusive, null if open. */
    record LossRange(LocalDate start, @Nullable LocalDate end) {}

    /** A generated history and what the reference knows about it. */
    record Scenario(
            MemberHistory history,
            List<Span> spans,
            List<LossRange> losses,
            MemberFact.@Nullable Transferred transfer) {

        /** The random dates and every boundary of the scenario, a day either side. */
        List<LocalDate> datesToAsk(List<LocalDate> random) {
            TreeSet<LocalDate> dates = new TreeSet<>(random);
            for (Span s : spans) {
                addAround(dates, s.decided());
                addAround(dates, s.ceremony());
                addAround(dates, s.ceremony().plusMonths(12));
                if (s.ended() != null) {
                    addAround(dates, s.ended());
                }
            }
            for (LossRange l : losses) {
                addAround(dates, l.start());
                if (l.end() != null) {
                    addAround(dates, l.end());
                }
            }
            if (transfer != null) {
                addAround(dates, transfer.effective());
            }
            return List.copyOf(dates);
        }

        private static void addAround(TreeSet<LocalDate> dates, LocalDate day) {
            dates.add(day.minusDays(1));
            dates.add(day);
            dates.add(day.plusDays(1));
        }

        Optional<MembershipStatus> expectedStatus(LocalDate date) {
            for (Span s : spans) {
                boolean member = !date.isBefore(s.ceremony()) && (s.ended() == null || date.isBefore(s.ended()));
                if (member) {
                    if (date.isBefore(s.ceremony().plusMonths(12))) {
                        return Optional.of(MembershipStatus.PROBATIONARY);
                    }
                    return Optional.of(s.recognized() ? MembershipStatus.FULL : MembershipStatus.AWAITING_RECOGNITION);
                }
            }
            return Optional.empty();
        }

        /**
         * {@code result[i]}: how many days of {@code [EPOCH, EPOCH + i)} are without party activity,
         * each day marked once however many reasons it has.
         */
        int[] gapDaysBefore(int graceDays) {
            boolean[] gap = new boolean[DAYS];
            for (int i = 1; i < spans.size(); i++) {
                mark(gap, spans.get(i - 1).ended(), spans.get(i).decided());
            }
            for (LossRange l : losses) {
                mark(gap, l.start(), l.end());
            }
            if (transfer != null) {
                mark(gap, transfer.letterIssued().plusDays(graceDays), transfer.effective());
            }
            int[] before = new int[DAYS + 1];
            for (int i = 0; i < DAYS; i++) {
                before[i + 1] = before[i] + (gap[i] ? 1 : 0);
            }
            return before;
        }

        private static void mark(boolean[] gap, @Nullable LocalDate from, @Nullable LocalDate until) {
            if (from == null) {
                return;
            }
            int end = index(until == null ? HORIZON : until);
            for (int day = index(from); day < end; day++) {
                gap[day] = true;
            }
        }

        Optional<PartyAge> expectedPartyAge(LocalDate date, int[] gapDaysBefore) {
            if (expectedStatus(date).filter(s -> s == MembershipStatus.FULL).isEmpty()) {
                return Optional.empty();
            }
            LocalDate start = spans.stream()
                    .filter(Span::recognized)
                    .map(Span::decided)
                    .findFirst()
                    .orElseThrow();
            long gaps = (long) gapDaysBefore[index(date)] - gapDaysBefore[index(start)];
            return Optional.of(new PartyAge(start, gaps, date, referencePeriod(start.plusDays(gaps), date)));
        }

        private static int index(LocalDate day) {
            return (int) ChronoUnit.DAYS.between(EPOCH, day);
        }

        @Override
        public String toString() {
            return "Scenario[spans=" + spans + ", losses=" + losses + ", transfer="
                    + (transfer == null ? "none" : transfer.letterIssued() + "→" + transfer.effective()) + "]";
        }
    }

    /**
     * The convention of conventions.md the plain way: step a month at a time with {@code
     * plusMonths} from the start while it does not pass the date, then count the days left.
     */
    static Period referencePeriod(LocalDate start, LocalDate date) {
        int months = 0;
        while (!start.plusMonths(months + 1).isAfter(date)) {
            months++;
        }
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(start.plusMonths(months), date);
        return Period.of(months / 12, months % 12, Math.max(days, 0));
    }
}
