package vn.chibo.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberCommand;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.MembershipPolicies;
import vn.chibo.domain.member.Sex;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.member.SponsorRelation;
import vn.chibo.domain.member.TransferKind;
import vn.chibo.domain.rule.Finding;

/**
 * The members of Đảng bộ Phường 5, generated from a seeded {@link Random} so that every load gives
 * the same people, dates and statuses. What the seed article fixes, and how the rest is chosen:
 *
 * <ul>
 *   <li>on 31/12/2021 the ward has {@value #WARD_MEMBERS_2021} members: Chi bộ Khu phố 3 {@value
 *       #KHU_PHO_3_MEMBERS}, Chi bộ Khu phố 7 {@value #KHU_PHO_7_MEMBERS}, the other cells the
 *       sizes of {@link #SIZES_2021} (illustrative);
 *   <li>{@value #EXEMPTED_2021} of them are exempted from work and meetings (old age, long illness:
 *       the oldest of their residential cells) and {@value #ADMITTED_LATE_2021} had their admission
 *       ceremony from 1/7/2021, less than 6 months before the year's end: neither is rated, which
 *       leaves the article's {@value #RATED_2021} members rated in 2021 (the grades themselves come
 *       with the evaluation area);
 *   <li>members admitted before 25/7/2016 (the first membership policy, QĐ 29-QĐ/TW) are imported
 *       as history: admitted and recognised in their present cell before 1/6/2015, without
 *       sponsors, judged by no policy ({@code NO_POLICY});
 *   <li>{@value #PREVIOUS_TERM_ADMISSIONS} members were admitted from October 2016 to May 2020 and
 *       {@value #TERM_ADMISSIONS} in the first half of the 2020–2025 term (the article's "qua nửa
 *       nhiệm kỳ … đã kết nạp 24 đảng viên"), {@link #TERM} lists them; each goes through the real
 *       checks: two sponsors who are full members of the same cell and have known the candidate
 *       for 12 months or more (through work until QĐ 24-QĐ/TW, then residence in the residential
 *       cells), a valid course certificate, two thirds of the cell's full members in favour, the
 *       ceremony within 30 working days of the decision, recognition within 30 working days after
 *       the 12 months of probation;
 *   <li>two temporary transfers inside the ward (Khu phố 5 → 9 from 1/9/2021 to 1/3/2022, Khu phố 3
 *       → 7 from 1/3/2023 to 1/9/2023), 28 members of Khu phố 12 moving to the new Khu phố 13 on
 *       1/3/2022, and one death in 2022 in each of Khu phố 3 and 7, so that both keep the
 *       article's sizes in 2023;
 *   <li>one more Khu phố 3 candidate, considered in September 2023 (by secret ballot, see {@link
 *       Phuong5Meetings}) and admitted at the ceremony of 25/12/2023.
 * </ul>
 *
 * <p>Every name except those the article gives is illustrative, put together by {@link
 * VietnameseNames}.
 */
final class Phuong5Members {
    /** Members of the ward on 31/12/2021. */
    static final int WARD_MEMBERS_2021 = 1_344;
    /** Members of Chi bộ Khu phố 3 on 31/12/2021 (and on the article's date). */
    static final int KHU_PHO_3_MEMBERS = 229;
    /** Members of Chi bộ Khu phố 7 on 31/12/2021 (and on the article's date). */
    static final int KHU_PHO_7_MEMBERS = 47;
    /** Exempted members on 31/12/2021. */
    static final int EXEMPTED_2021 = 26;
    /** Members whose ceremony was from 1/7/2021 to 31/12/2021. */
    static final int ADMITTED_LATE_2021 = 6;
    /** Members rated in 2021, as the article says. */
    static final int RATED_2021 = 1_312;
    /** Members rated in 2022, as the article says. */
    static final int RATED_2022 = 1_327;
    /** Exempted members who return to work and meetings in 2022. */
    static final int RECOVERED_2022 = 8;
    /** The day they return (illustrative). */
    static final LocalDate RECOVERED_ON = LocalDate.of(2022, 3, 1);
    /** Members admitted from 1/6/2020 to 31/12/2022. */
    static final int TERM_ADMISSIONS = 24;
    /** Members admitted from October 2016 to May 2020. */
    static final int PREVIOUS_TERM_ADMISSIONS = 30;
    /** Exempted members of Khu phố 3. */
    static final int KHU_PHO_3_EXEMPTED = 9;
    /** How many commands go to {@code MemberService.executeAll} at once. */
    static final int BATCH = 400;

    /** The cells' sizes on 31/12/2021; Khu phố 3 and 7 from the article, the rest illustrative. */
    static final ImmutableMap<String, Integer> SIZES_2021 = ImmutableMap.<String, Integer>builder()
            .put("Chi bộ Khu phố 1", 110)
            .put("Chi bộ Khu phố 2", 101)
            .put("Chi bộ Khu phố 3", KHU_PHO_3_MEMBERS)
            .put("Chi bộ Khu phố 4", 97)
            .put("Chi bộ Khu phố 5", 104)
            .put("Chi bộ Khu phố 6", 89)
            .put("Chi bộ Khu phố 7", KHU_PHO_7_MEMBERS)
            .put("Chi bộ Khu phố 8", 77)
            .put("Chi bộ Khu phố 9", 98)
            .put("Chi bộ Khu phố 10", 64)
            .put("Chi bộ Cơ quan Đảng - Đoàn thể", 21)
            .put("Chi bộ Ủy ban nhân dân", 34)
            .put("Chi bộ Công an phường", 27)
            .put("Chi bộ Quân sự phường", 9)
            .put("Chi bộ Trường Mầm non", 14)
            .put("Chi bộ Trường Tiểu học", 22)
            .put("Chi bộ Trường Trung học cơ sở", 26)
            .put("Chi bộ Trạm Y tế", 8)
            .put("Chi bộ Hợp tác xã", 12)
            .put("Chi bộ Chợ", 10)
            .put("Chi bộ Doanh nghiệp 1", 16)
            .put("Chi bộ Doanh nghiệp 2", 11)
            .put("Chi bộ Khu phố 11", 58)
            .put("Chi bộ Khu phố 12", 60)
            .buildOrThrow();

    /** The exempted members of each residential cell on 31/12/2021 (illustrative but Khu phố 3). */
    static final ImmutableMap<String, Integer> EXEMPTED = ImmutableMap.<String, Integer>builder()
            .put("Chi bộ Khu phố 1", 3)
            .put("Chi bộ Khu phố 2", 2)
            .put("Chi bộ Khu phố 3", KHU_PHO_3_EXEMPTED)
            .put("Chi bộ Khu phố 4", 2)
            .put("Chi bộ Khu phố 5", 2)
            .put("Chi bộ Khu phố 6", 1)
            .put("Chi bộ Khu phố 7", 2)
            .put("Chi bộ Khu phố 8", 1)
            .put("Chi bộ Khu phố 9", 2)
            .put("Chi bộ Khu phố 10", 1)
            .put("Chi bộ Khu phố 11", 1)
            .buildOrThrow();

    /**
     * The 24 admissions of the first half of the 2020–2025 term: the cell and the ceremony. The
     * cell considers the candidate 50 days before the ceremony, the city's standing committee
     * decides 18 days before it, and the cell recognises the member 14 days after probation ends.
     */
    static final ImmutableList<Planned> TERM = ImmutableList.of(
            new Planned("Chi bộ Khu phố 1", LocalDate.of(2020, 8, 25)),
            new Planned("Chi bộ Công an phường", LocalDate.of(2020, 9, 18)),
            new Planned("Chi bộ Khu phố 4", LocalDate.of(2020, 10, 23)),
            new Planned("Chi bộ Trường Tiểu học", LocalDate.of(2020, 11, 20)),
            new Planned("Chi bộ Khu phố 9", LocalDate.of(2020, 12, 11)),
            new Planned("Chi bộ Khu phố 11", LocalDate.of(2020, 12, 22)),
            new Planned("Chi bộ Khu phố 3", LocalDate.of(2021, 3, 25)),
            new Planned("Chi bộ Khu phố 2", LocalDate.of(2021, 4, 16)),
            new Planned("Chi bộ Ủy ban nhân dân", LocalDate.of(2021, 5, 14)),
            new Planned("Chi bộ Khu phố 6", LocalDate.of(2021, 6, 11)),
            new Planned("Chi bộ Trường Trung học cơ sở", LocalDate.of(2021, 6, 25)),
            new Planned("Chi bộ Khu phố 7", LocalDate.of(2021, 8, 13)),
            new Planned("Chi bộ Khu phố 5", LocalDate.of(2021, 9, 24)),
            new Planned("Chi bộ Khu phố 8", LocalDate.of(2021, 10, 22)),
            new Planned("Chi bộ Quân sự phường", LocalDate.of(2021, 11, 12)),
            new Planned("Chi bộ Doanh nghiệp 1", LocalDate.of(2021, 12, 3)),
            new Planned("Chi bộ Khu phố 10", LocalDate.of(2021, 12, 17)),
            new Planned("Chi bộ Khu phố 3", LocalDate.of(2022, 4, 25)),
            new Planned("Chi bộ Khu phố 7", LocalDate.of(2022, 5, 13)),
            new Planned("Chi bộ Khu phố 2", LocalDate.of(2022, 6, 17)),
            new Planned("Chi bộ Trường Mầm non", LocalDate.of(2022, 8, 19)),
            new Planned(Phuong5Scenario.CELL_2022, LocalDate.of(2022, 10, 21)),
            new Planned("Chi bộ Trạm Y tế", LocalDate.of(2022, 11, 18)),
            new Planned("Chi bộ Khu phố 1", LocalDate.of(2022, 12, 16)));

    /** The last day of the history import: admissions and recognitions before any policy. */
    static final LocalDate HISTORY_END = LocalDate.of(2015, 5, 31);
    /** The 2023 candidate of Khu phố 3: considered at the cell meeting of 25/9/2023. */
    static final LocalDate CANDIDATE_CONSIDERED = LocalDate.of(2023, 9, 25);
    /** The city's decision admitting the 2023 candidate. */
    static final LocalDate CANDIDATE_DECIDED = LocalDate.of(2023, 11, 20);
    /** The 2023 candidate's ceremony, at the cell meeting of 25/12/2023. */
    static final LocalDate CANDIDATE_CEREMONY = LocalDate.of(2023, 12, 25);
    /** Khu phố 12 splits: 28 of its members move to the new Khu phố 13. */
    static final int MOVED_TO_KHU_PHO_13 = 28;

    private static final LocalDate CELLS_FOUNDED = Phuong5Scenario.LONG_AGO;
    private static final LocalDate OLDEST_CEREMONY = LocalDate.of(1962, 3, 1);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * A term admission as planned: where and when the ceremony is.
     *
     * @param cell the cell's name
     * @param ceremony the ceremony
     */
    record Planned(String cell, LocalDate ceremony) {}

    /** One person on the ward's rolls, as generated. Mutable only while the roll is generated. */
    static final class Person {
        final MemberId id;
        final String name;
        final Sex sex;
        final LocalDate born;
        final OrganizationId cell;
        final boolean history;
        final LocalDate considered;
        final LocalDate decided;
        final LocalDate ceremony;
        final LocalDate recognitionDecided;
        List<Sponsor> sponsors = List.of();
        LocalDate certificate;
        int votesFor = 1;
        int fullMembers = 1;

        @Nullable
        LocalDate exemptFrom;

        String exemptNote = "";

        @Nullable
        LocalDate exemptUntil;

        @Nullable
        LocalDate died;

        @Nullable
        LocalDate movedOn;

        @Nullable
        OrganizationId movedTo;

        @Nullable
        LocalDate awayFrom;

        @Nullable
        LocalDate awayUntil;

        @Nullable
        OrganizationId awayTo;

        Person(
                MemberId id,
                String name,
                Sex sex,
                LocalDate born,
                OrganizationId cell,
                boolean history,
                LocalDate considered,
                LocalDate decided,
                LocalDate ceremony,
                LocalDate recognitionDecided) {
            this.id = id;
            this.name = name;
            this.sex = sex;
            this.born = born;
            this.cell = cell;
            this.history = history;
            this.considered = considered;
            this.decided = decided;
            this.ceremony = ceremony;
            this.recognitionDecided = recognitionDecided;
            this.certificate = considered.minusMonths(3);
        }

        /** The day full membership starts. */
        LocalDate probationEnd() {
            return ceremony.plusMonths(12);
        }

        boolean aliveOn(LocalDate date) {
            LocalDate d = died;
            return !ceremony.isAfter(date) && (d == null || !date.isAfter(d));
        }

        OrganizationId homeCellOn(LocalDate date) {
            LocalDate on = movedOn;
            OrganizationId to = movedTo;
            return on != null && to != null && !date.isBefore(on) ? to : cell;
        }

        /** Full, and known to be, on {@code date}: the cell has voted the recognition. */
        boolean fullKnownOn(LocalDate date) {
            return aliveOn(date) && !probationEnd().isAfter(date) && !recognitionDecided.isAfter(date);
        }

        boolean exemptedOn(LocalDate date) {
            LocalDate from = exemptFrom;
            return from != null && !from.isAfter(date);
        }

        boolean awayOn(LocalDate date) {
            LocalDate from = awayFrom;
            LocalDate until = awayUntil;
            return from != null && until != null && !date.isBefore(from) && date.isBefore(until);
        }
    }

    /** Everyone generated, and who plays a part in the 2023 meetings. */
    static final class Roll {
        final List<Person> people = new ArrayList<>();
        final Map<MemberId, Person> byId = new LinkedHashMap<>();
        /** The Khu phố 3 member absent without reason on 25/6/2023. */
        @SuppressWarnings("NullAway.Init") // set by generate()
        Person unexcusedKhuPho3;
        /** The Khu phố 7 member excused four meetings in a row in 2023. */
        @SuppressWarnings("NullAway.Init") // set by generate()
        Person excusedKhuPho7;
        /** The Khu phố 3 member temporarily in Khu phố 7 from 1/3/2023 to 1/9/2023. */
        @SuppressWarnings("NullAway.Init") // set by generate()
        Person awayKhuPho3;
        /** The 2023 candidate of Khu phố 3 (not yet a member). */
        @SuppressWarnings("NullAway.Init") // set by generate()
        Person candidate;
        /** The leaders of Khu phố 3's party groups, invited to its committee meetings. */
        final List<Person> groupLeaders = new ArrayList<>();

        void add(Person p) {
            people.add(p);
            byId.put(p.id, p);
        }

        /** The full members of {@code cell} known on {@code date}. */
        int fullMembers(OrganizationId cell, LocalDate date) {
            int n = 0;
            for (Person p : people) {
                if (p.fullKnownOn(date) && p.homeCellOn(date).equals(cell)) {
                    n++;
                }
            }
            return n;
        }

        /** Who may sponsor a candidate of {@code cell} considered on {@code date}, in roll order. */
        List<Person> sponsorsFor(OrganizationId cell, LocalDate date) {
            List<Person> out = new ArrayList<>();
            for (Person p : people) {
                if (p.fullKnownOn(date)
                        && p.recognitionDecided.isBefore(date)
                        && p.homeCellOn(date).equals(cell)
                        && !p.exemptedOn(date)
                        && !p.awayOn(date)
                        && p.born.plusYears(75).isAfter(date)) {
                    out.add(p);
                }
            }
            return out;
        }
    }

    private final Random random;
    private final VietnameseNames names;
    private final Roll roll = new Roll();
    private int serial;

    private Phuong5Members(Random random) {
        this.random = random;
        this.names = new VietnameseNames(random);
    }

    /** Generates the roll from {@code random}; the same seed gives the same roll. */
    static Roll generate(Random random) {
        Phuong5Members g = new Phuong5Members(random);
        g.named();
        g.admissions();
        g.history();
        g.exemptions();
        g.recoveries();
        g.changes();
        g.sponsorsAndVotes();
        g.candidate();
        return g.roll;
    }

    /**
     * Records the roll (but the 2023 candidate) through {@link Chibo#members()}, in date order and
     * in batches: what happened before 25/7/2016 as an import by {@code importer}, the rest as the
     * ward's {@code clerk} records it.
     *
     * @return what the membership rules found while recording
     */
    static ImmutableList<Finding> record(Chibo chibo, Actor importer, Actor clerk, Roll roll) {
        List<Dated> events = new ArrayList<>();
        for (Person p : roll.people) {
            if (p == roll.candidate) {
                continue;
            }
            events.add(new Dated(p.considered, events.size(), admit(p)));
            int full = p.history
                    ? p.fullMembers
                    : roll.fullMembers(p.homeCellOn(p.recognitionDecided), p.recognitionDecided);
            events.add(new Dated(
                    p.recognitionDecided,
                    events.size(),
                    new MemberCommand.Recognize(
                            p.id,
                            p.recognitionDecided,
                            full,
                            full,
                            p.history
                                    ? "Công nhận đảng viên chính thức (nhập từ hồ sơ lưu trữ, minh họa)"
                                    : "Chi bộ xét, đề nghị công nhận đảng viên chính thức sau 12 tháng dự bị")));
            LocalDate exempt = p.exemptFrom;
            if (exempt != null) {
                events.add(new Dated(
                        exempt,
                        events.size(),
                        new MemberCommand.BeginCondition(
                                p.id,
                                uuid("exemption/" + p.id),
                                ConditionKind.EXEMPTION,
                                exempt,
                                null,
                                p.exemptNote,
                                "Nghị quyết chi bộ miễn công tác và sinh hoạt đảng (minh họa)")));
                LocalDate until = p.exemptUntil;
                if (until != null) {
                    events.add(new Dated(
                            until,
                            events.size(),
                            new MemberCommand.EndCondition(
                                    p.id,
                                    uuid("exemption/" + p.id),
                                    until,
                                    "Sức khỏe đã hồi phục; chi bộ đồng ý cho sinh hoạt đảng trở lại (minh họa)")));
                }
            }
            LocalDate awayFrom = p.awayFrom;
            LocalDate awayUntil = p.awayUntil;
            OrganizationId awayTo = p.awayTo;
            if (awayFrom != null && awayUntil != null && awayTo != null) {
                events.add(new Dated(
                        awayFrom,
                        events.size(),
                        new MemberCommand.Transfer(
                                p.id,
                                TransferKind.TEMPORARY,
                                awayTo,
                                awayFrom,
                                awayUntil,
                                awayFrom.minusDays(10),
                                awayFrom.minusDays(5),
                                false,
                                "Chuyển sinh hoạt tạm thời: ở tạm nơi khác trong phường khi sửa nhà (minh họa)")));
            }
            LocalDate movedOn = p.movedOn;
            OrganizationId movedTo = p.movedTo;
            if (movedOn != null && movedTo != null) {
                events.add(new Dated(
                        movedOn,
                        events.size(),
                        new MemberCommand.Transfer(
                                p.id,
                                TransferKind.PERMANENT,
                                movedTo,
                                movedOn,
                                null,
                                movedOn,
                                movedOn,
                                false,
                                "Chia tách Khu phố 12, thành lập Chi bộ Khu phố 13 (minh họa)")));
            }
            LocalDate died = p.died;
            if (died != null) {
                events.add(new Dated(
                        died, events.size(), new MemberCommand.RecordDeath(p.id, died, "Từ trần (minh họa)")));
            }
        }
        events.sort(Comparator.comparing(Dated::date).thenComparingInt(Dated::order));
        ImmutableList.Builder<Finding> findings = ImmutableList.builder();
        List<MemberCommand> batch = new ArrayList<>();
        boolean imported = true;
        for (Dated e : events) {
            boolean history = e.date().isBefore(MembershipPolicies.QD29);
            if (batch.size() == BATCH || (imported && !history && !batch.isEmpty())) {
                findings.addAll(chibo.members()
                        .executeAll(imported ? importer : clerk, batch)
                        .findings());
                batch.clear();
            }
            imported = history;
            batch.add(e.command());
        }
        if (!batch.isEmpty()) {
            findings.addAll(chibo.members()
                    .executeAll(imported ? importer : clerk, batch)
                    .findings());
        }
        return findings.build();
    }

    /** The admission of the 2023 candidate, with the vote of the cell's secret ballot. */
    static MemberCommand.Admit admitCandidate(Roll roll, int votesFor, int base) {
        Person p = roll.candidate;
        p.votesFor = votesFor;
        p.fullMembers = base;
        return admit(p);
    }

    /** The 2023 candidate's recognition, 14 days after the 12 months of probation. */
    static MemberCommand.Recognize recognizeCandidate(Roll roll) {
        Person p = roll.candidate;
        int full = roll.fullMembers(p.cell, p.recognitionDecided);
        return new MemberCommand.Recognize(
                p.id, p.recognitionDecided, full, full, "Chi bộ xét, đề nghị công nhận đảng viên chính thức");
    }

    private record Dated(LocalDate date, int order, MemberCommand command) {}

    private static MemberCommand.Admit admit(Person p) {
        String decision = p.history
                ? "Quyết định kết nạp (nhập từ hồ sơ lưu trữ, minh họa)"
                : "Quyết định kết nạp ngày " + p.decided.format(DMY) + " của Ban Thường vụ Thành ủy Đông Hà (minh họa)";
        return new MemberCommand.Admit(
                p.id,
                MemberProfile.of(p.name, p.born, p.sex),
                p.cell,
                p.considered,
                p.decided,
                decision,
                p.sponsors,
                p.certificate,
                p.votesFor,
                p.fullMembers,
                null,
                false,
                p.ceremony,
                p.history ? "Nhập đảng viên kết nạp trước ngày 25/7/2016 (minh họa)" : "Kết nạp đảng viên");
    }

    // ---------------------------------------------------------------- generation

    /** The people the article names and the illustrative committee members, as history members. */
    private void named() {
        Phuong5Scenario.NAMED_MEMBERS.forEach((name, cellName) -> {
            LocalDate born = Phuong5Scenario.NAMED_BIRTH_DATES.getOrDefault(name, LocalDate.of(1965, 5, 10));
            Sex sex = Phuong5Scenario.NAMED_FEMALE.contains(name) ? Sex.FEMALE : Sex.MALE;
            LocalDate ceremony = born.plusYears(27).withDayOfMonth(19);
            roll.add(person(Phuong5Scenario.member(name), name, sex, born, Phuong5Scenario.id(cellName), ceremony));
        });
    }

    /** The admissions of the previous term and of the first half of this one. */
    private void admissions() {
        List<String> cells = new ArrayList<>(SIZES_2021.keySet());
        LocalDate first = LocalDate.of(2016, 10, 1);
        int span = (int) ChronoUnit.DAYS.between(first, LocalDate.of(2020, 5, 15));
        List<LocalDate> previous = new ArrayList<>();
        for (int i = 0; i < PREVIOUS_TERM_ADMISSIONS; i++) {
            previous.add(first.plusDays(random.nextInt(span + 1)));
        }
        previous.sort(Comparator.naturalOrder());
        for (LocalDate ceremony : previous) {
            String cell = weighted(cells);
            roll.add(admitted(Phuong5Scenario.id(cell), cell.contains("Khu phố"), ceremony, ceremony.minusDays(45)));
        }
        for (Planned t : TERM) {
            roll.add(admitted(
                    Phuong5Scenario.id(t.cell()),
                    t.cell().contains("Khu phố"),
                    t.ceremony(),
                    t.ceremony().minusDays(50)));
        }
    }

    /** The rest of each cell's members on 31/12/2021, imported as history. */
    private void history() {
        LocalDate end2021 = LocalDate.of(2021, 12, 31);
        SIZES_2021.forEach((cellName, size) -> {
            OrganizationId cell = Phuong5Scenario.id(cellName);
            long already = roll.people.stream()
                    .filter(p -> p.cell.equals(cell) && !p.ceremony.isAfter(end2021))
                    .count();
            boolean residential = cellName.contains("Khu phố");
            for (long i = already; i < size; i++) {
                Sex sex = random.nextInt(100) < (residential ? 45 : 40) ? Sex.FEMALE : Sex.MALE;
                int year = residential
                        ? 1932 + (int) (53 * Math.pow(random.nextDouble(), 1.3))
                        : 1962 + random.nextInt(29);
                LocalDate born = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                LocalDate earliest = born.plusYears(20);
                if (earliest.isBefore(OLDEST_CEREMONY)) {
                    earliest = OLDEST_CEREMONY;
                }
                LocalDate ceremony = born.plusYears(20 + random.nextInt(19)).plusDays(random.nextInt(200));
                if (ceremony.isBefore(earliest) || ceremony.isAfter(HISTORY_END)) {
                    int days = (int) ChronoUnit.DAYS.between(earliest, HISTORY_END);
                    ceremony = earliest.plusDays(random.nextInt(days + 1));
                }
                roll.add(person(next(), names.next(sex), sex, born, cell, ceremony));
            }
        });
    }

    /** The oldest history members of each residential cell are exempted. */
    private void exemptions() {
        EXEMPTED.forEach((cellName, count) -> {
            OrganizationId cell = Phuong5Scenario.id(cellName);
            List<Person> oldest = roll.people.stream()
                    .filter(p -> p.cell.equals(cell) && p.history && !Phuong5Scenario.isNamed(p.id))
                    .sorted(Comparator.comparing((Person p) -> p.born))
                    .limit(count)
                    .toList();
            for (int i = 0; i < oldest.size(); i++) {
                Person p = oldest.get(i);
                LocalDate from = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(2700));
                if (from.isBefore(p.ceremony.plusYears(1))) {
                    from = p.ceremony.plusYears(1);
                }
                p.exemptFrom = from;
                p.exemptNote = i % 3 == 2
                        ? "Bệnh dài ngày, điều trị tại nhà; chi bộ đồng ý miễn công tác và sinh hoạt đảng (minh họa)"
                        : "Tuổi cao, sức khỏe yếu; chi bộ đồng ý miễn công tác và sinh hoạt đảng (minh họa)";
            }
        });
    }

    /**
     * {@value #RECOVERED_2022} members exempted for long illness, the youngest exempted outside Khu
     * phố 3 and 7, return to work and meetings on {@link #RECOVERED_ON}: with the 2022 admissions
     * and deaths this leaves the article's {@value #RATED_2022} members rated in 2022. Chosen
     * without the seeded {@link Random}, so that everything generated after is unchanged.
     */
    private void recoveries() {
        List<Person> exempted = roll.people.stream()
                .filter(p -> p.exemptFrom != null
                        && !p.cell.equals(Phuong5Scenario.KHU_PHO_3)
                        && !p.cell.equals(Phuong5Scenario.KHU_PHO_7))
                .sorted(Comparator.comparing((Person p) -> p.born).reversed())
                .limit(RECOVERED_2022)
                .toList();
        for (Person p : exempted) {
            p.exemptNote = "Bệnh dài ngày, điều trị tại nhà; chi bộ đồng ý miễn công tác và sinh hoạt đảng (minh họa)";
            p.exemptUntil = RECOVERED_ON;
        }
    }

    /** Sponsors and votes of every admission under a membership policy, from the roll itself. */
    private void sponsorsAndVotes() {
        List<Person> admitted = roll.people.stream()
                .filter(p -> !p.history)
                .sorted(Comparator.comparing((Person p) -> p.considered))
                .toList();
        for (Person p : admitted) {
            choose(p);
        }
        // Before any policy nothing moves or dies: a history member's cell counted those it had
        // recognised by then.
        Map<OrganizationId, List<LocalDate>> recognised = new LinkedHashMap<>();
        for (Person p : roll.people) {
            if (p.history) {
                recognised.computeIfAbsent(p.cell, c -> new ArrayList<>()).add(p.recognitionDecided);
            }
        }
        recognised.values().forEach(dates -> dates.sort(Comparator.naturalOrder()));
        for (Person p : roll.people) {
            if (p.history) {
                List<LocalDate> dates = Objects.requireNonNull(recognised.get(p.cell));
                int at = Collections.binarySearch(dates, p.considered);
                int full = Math.max(1, at >= 0 ? at + 1 : -at - 1);
                p.fullMembers = full;
                p.votesFor = full;
            }
        }
    }

    private void choose(Person p) {
        List<Person> eligible = roll.sponsorsFor(p.cell, p.considered);
        if (eligible.size() < 2) {
            throw new IllegalStateException("no two sponsors for " + p.name + " in " + p.cell + " on " + p.considered);
        }
        int a = random.nextInt(eligible.size());
        int b = random.nextInt(eligible.size() - 1);
        if (b >= a) {
            b++;
        }
        boolean residence = !p.considered.isBefore(MembershipPolicies.QD24) && Phuong5Scenario.isResidential(p.cell);
        SponsorRelation relation = residence ? SponsorRelation.RESIDENCE : SponsorRelation.WORK;
        p.sponsors = List.of(
                new Sponsor.ByMember(
                        eligible.get(a).id, relation, p.considered.minusMonths(13 + random.nextInt(36)), false),
                new Sponsor.ByMember(
                        eligible.get(b).id, relation, p.considered.minusMonths(13 + random.nextInt(36)), false));
        p.certificate = p.considered.minusMonths(1 + random.nextInt(8));
        int full = roll.fullMembers(p.cell, p.considered);
        p.fullMembers = full;
        p.votesFor = full - random.nextInt(Math.max(1, Math.min(3, full / 3)));
    }

    /** Temporary transfers, the Khu phố 12 split, deaths, and the members the 2023 meetings single out. */
    private void changes() {
        OrganizationId kp3 = Phuong5Scenario.KHU_PHO_3;
        OrganizationId kp7 = Phuong5Scenario.KHU_PHO_7;
        Person t1 = plain(Phuong5Scenario.id("Chi bộ Khu phố 5")).get(5);
        t1.awayFrom = LocalDate.of(2021, 9, 1);
        t1.awayUntil = LocalDate.of(2022, 3, 1);
        t1.awayTo = Phuong5Scenario.id("Chi bộ Khu phố 9");

        List<Person> kp12 = plain(Phuong5Scenario.id("Chi bộ Khu phố 12"));
        for (int i = 0; i < MOVED_TO_KHU_PHO_13; i++) {
            Person p = kp12.get(kp12.size() - 1 - i);
            p.movedOn = Phuong5Scenario.CELL_2022_FOUNDED;
            p.movedTo = Phuong5Scenario.id(Phuong5Scenario.CELL_2022);
        }

        List<Person> kp3People = plain(kp3);
        kp3People.stream().min(Comparator.comparing((Person p) -> p.born)).orElseThrow().died =
                LocalDate.of(2022, 4, 12);
        List<Person> kp7People = plain(kp7);
        kp7People.stream().min(Comparator.comparing((Person p) -> p.born)).orElseThrow().died =
                LocalDate.of(2022, 9, 3);

        List<Person> kp3Living = kp3People.stream().filter(p -> p.died == null).toList();
        roll.awayKhuPho3 = kp3Living.get(11);
        roll.awayKhuPho3.awayFrom = LocalDate.of(2023, 3, 1);
        roll.awayKhuPho3.awayUntil = LocalDate.of(2023, 9, 1);
        roll.awayKhuPho3.awayTo = kp7;
        roll.unexcusedKhuPho3 = kp3Living.get(23);
        for (int i = 0; i < 6; i++) {
            roll.groupLeaders.add(kp3Living.get(30 + 17 * i));
        }
        roll.excusedKhuPho7 =
                kp7People.stream().filter(p -> p.died == null).toList().get(7);
    }

    /** The 2023 candidate of Khu phố 3. */
    private void candidate() {
        Sex sex = Sex.FEMALE;
        LocalDate born = LocalDate.of(1991, 3, 14);
        Person p = new Person(
                Phuong5Scenario.member("Đảng viên kết nạp năm 2023, Khu phố 3"),
                names.next(sex),
                sex,
                born,
                Phuong5Scenario.KHU_PHO_3,
                false,
                CANDIDATE_CONSIDERED,
                CANDIDATE_DECIDED,
                CANDIDATE_CEREMONY,
                CANDIDATE_CEREMONY.plusMonths(12).plusDays(14));
        roll.add(p);
        roll.candidate = p;
        choose(p);
    }

    /** The history members of {@code cell} who are not named, exempted, or singled out, in roll order. */
    private List<Person> plain(OrganizationId cell) {
        return roll.people.stream()
                .filter(p -> p.cell.equals(cell)
                        && p.history
                        && p.exemptFrom == null
                        && p.awayFrom == null
                        && p.movedOn == null
                        && !Phuong5Scenario.isNamed(p.id))
                .toList();
    }

    private Person admitted(OrganizationId cell, boolean residential, LocalDate ceremony, LocalDate considered) {
        Sex sex = random.nextInt(100) < 50 ? Sex.FEMALE : Sex.MALE;
        int age = residential ? 24 + random.nextInt(20) : 23 + random.nextInt(12);
        LocalDate born = considered.minusYears(age).minusDays(random.nextInt(360));
        LocalDate end = ceremony.plusMonths(12);
        return new Person(
                next(),
                names.next(sex),
                sex,
                born,
                cell,
                false,
                considered,
                ceremony.minusDays(18),
                ceremony,
                end.plusDays(14));
    }

    private Person person(MemberId id, String name, Sex sex, LocalDate born, OrganizationId cell, LocalDate ceremony) {
        LocalDate considered = ceremony.minusDays(40 + random.nextInt(30));
        if (considered.isBefore(CELLS_FOUNDED.plusDays(1))) {
            considered = CELLS_FOUNDED.plusDays(1);
        }
        LocalDate decided = ceremony.minusDays(10 + random.nextInt(20));
        if (decided.isBefore(considered)) {
            decided = considered;
        }
        LocalDate recognized = ceremony.plusMonths(12).plusDays(7 + random.nextInt(23));
        return new Person(id, name, sex, born, cell, true, considered, decided, ceremony, recognized);
    }

    private String weighted(List<String> cells) {
        int total = SIZES_2021.values().stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (String c : cells) {
            r -= Objects.requireNonNull(SIZES_2021.get(c));
            if (r < 0) {
                return c;
            }
        }
        return cells.get(cells.size() - 1);
    }

    private MemberId next() {
        return MemberId.of(uuid("member/" + serial++));
    }

    private static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("phuong5/generated/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
