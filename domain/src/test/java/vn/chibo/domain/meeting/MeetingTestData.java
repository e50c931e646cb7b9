package vn.chibo.domain.meeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberCommand;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.MemberStanding;
import vn.chibo.domain.member.Sex;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.member.SponsorRelation;
import vn.chibo.domain.member.TransferKind;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.organization.OrganizationTree;
import vn.chibo.domain.organization.ReorganizationKind;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRegistry;

/**
 * A {@link Chibo} with a fixed clock over in-memory stores, holding a small tree founded on
 * {@link #FOUNDED} (1/1/2010): Đảng bộ tỉnh Quảng Trị &gt; Đảng bộ thành phố Đông Hà &gt; Đảng bộ
 * Phường 5 with Chi bộ Khu phố 3 (and its party groups Tổ đảng 1 and 2) and Chi bộ Khu phố 7, and
 * the sibling ward Đảng bộ Phường 1 with Chi bộ Khu phố 1. Members are admitted as imported history
 * (before the first membership policy of 25/7/2016: kept with a {@code NO_POLICY} finding, no
 * sponsors needed), so each test adds exactly the members it counts; a meeting builder with
 * sensible defaults states only what matters to a test.
 */
final class MeetingTestData {
    /** An actor for the whole party. */
    static final Actor ADMIN = OrganizationTestData.ADMIN;

    /** The office of the Phường 5 committee, acting for its subtree. */
    static final Actor WARD_5 = Actor.forSubtree("van-phong-dang-uy-phuong-5", OrganizationTestData.PHUONG_5);

    /** The founding day of the tree. */
    static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);

    /** The day imported members were admitted (decided); full from a year after the ceremony. */
    static final LocalDate ADMITTED = LocalDate.of(2010, 3, 15);

    static final OrganizationId PROVINCE = OrganizationTestData.PROVINCE;
    static final OrganizationId DONG_HA = OrganizationTestData.DONG_HA;
    static final OrganizationId PHUONG_5 = OrganizationTestData.PHUONG_5;
    static final OrganizationId KHU_PHO_3 = OrganizationTestData.KHU_PHO_3;
    static final OrganizationId KHU_PHO_7 = OrganizationTestData.KHU_PHO_7;
    static final OrganizationId PHUONG_1 = OrganizationTestData.PHUONG_1;
    static final OrganizationId KHU_PHO_1 = OrganizationTestData.KHU_PHO_1;
    static final OrganizationId GROUP_1 = OrganizationTestData.org(31);
    static final OrganizationId GROUP_2 = OrganizationTestData.org(32);

    /** The two full members of Khu phố 1 who sponsor candidates admitted under a policy. */
    static final String SPONSOR_1 = "Lê Văn Giới";

    static final String SPONSOR_2 = "Phạm Thị Thiệu";

    /** One validator for every fixture: building one is slow. */
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    final Chibo chibo;

    /** Central policies. */
    MeetingTestData() {
        this(ChiboPolicies.central());
    }

    /** The given policies. */
    MeetingTestData(PolicyRegistry policies) {
        chibo = Chibo.builder()
                .clock(OrganizationTestData.CLOCK)
                .validator(VALIDATOR)
                .policies(policies)
                .build();
        chibo.organizations()
                .execute(
                        ADMIN,
                        OrganizationTestData.reorganize(ReorganizationKind.FOUNDING, FOUNDED)
                                .found(
                                        PROVINCE,
                                        OrganizationKind.PROVINCIAL_COMMITTEE,
                                        OrganizationTestData.PROVINCE_NAME,
                                        null)
                                .found(
                                        DONG_HA,
                                        OrganizationKind.DISTRICT_COMMITTEE,
                                        OrganizationTestData.DONG_HA_NAME,
                                        PROVINCE)
                                .found(
                                        PHUONG_5,
                                        OrganizationKind.GRASSROOTS_COMMITTEE,
                                        OrganizationTestData.PHUONG_5_NAME,
                                        DONG_HA)
                                .found(KHU_PHO_3, OrganizationKind.CELL, OrganizationTestData.KHU_PHO_3_NAME, PHUONG_5)
                                .found(GROUP_1, OrganizationKind.PARTY_GROUP, "Tổ đảng 1", KHU_PHO_3)
                                .found(GROUP_2, OrganizationKind.PARTY_GROUP, "Tổ đảng 2", KHU_PHO_3)
                                .found(KHU_PHO_7, OrganizationKind.CELL, OrganizationTestData.KHU_PHO_7_NAME, PHUONG_5)
                                .found(
                                        PHUONG_1,
                                        OrganizationKind.GRASSROOTS_COMMITTEE,
                                        OrganizationTestData.PHUONG_1_NAME,
                                        DONG_HA)
                                .found(KHU_PHO_1, OrganizationKind.CELL, OrganizationTestData.KHU_PHO_1_NAME, PHUONG_1)
                                .build());
        fullIn(KHU_PHO_1, SPONSOR_1, SPONSOR_2);
    }

    // ---------------------------------------------------------------- identities

    /** A stable identity for a name. */
    static MemberId id(String name) {
        return MemberId.of(UUID.nameUUIDFromBytes(("member:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code n} names: {@code prefix 01}, {@code prefix 02}, … */
    static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(String.format("%s %02d", prefix, i));
        }
        return out;
    }

    // ---------------------------------------------------------------- members

    /** Full members of Khu phố 3, admitted in 2010 and recognised in 2011. */
    MeetingTestData full(String... names) {
        return fullIn(KHU_PHO_3, names);
    }

    /** Full members of Khu phố 3, admitted in 2010 and recognised in 2011. */
    MeetingTestData full(List<String> names) {
        return fullIn(KHU_PHO_3, names.toArray(String[]::new));
    }

    /** Full members of {@code cell}, admitted in 2010 (imported history) and recognised in 2011. */
    MeetingTestData fullIn(OrganizationId cell, String... names) {
        List<MemberCommand> commands = new ArrayList<>();
        for (String name : names) {
            commands.add(new MemberCommand.Admit(
                    id(name),
                    MemberProfile.of(name, LocalDate.of(1975, 5, 19), Sex.MALE),
                    cell,
                    ADMITTED.minusDays(14),
                    ADMITTED,
                    "QĐ 10-QĐ/ĐU (nhập dữ liệu cũ)",
                    List.of(),
                    ADMITTED.minusMonths(6),
                    9,
                    9,
                    null,
                    false,
                    ADMITTED.plusDays(14),
                    "nhập dữ liệu cũ"));
            commands.add(new MemberCommand.Recognize(
                    id(name), ADMITTED.plusDays(14).plusMonths(12), 9, 9, "nhập dữ liệu cũ"));
        }
        chibo.members().executeAll(ADMIN, commands);
        return this;
    }

    /**
     * A candidate admitted to Khu phố 3 under the membership policy of the day, sponsored by {@link
     * #SPONSOR_1} and {@link #SPONSOR_2}, with the ceremony on {@code ceremony}: probationary for 12
     * months, then awaiting recognition.
     */
    MeetingTestData probationary(String name, LocalDate ceremony) {
        LocalDate decided = ceremony.minusDays(7);
        LocalDate considered = decided.minusDays(14);
        chibo.members()
                .execute(
                        ADMIN,
                        new MemberCommand.Admit(
                                id(name),
                                MemberProfile.of(name, considered.minusYears(30), Sex.FEMALE),
                                KHU_PHO_3,
                                considered,
                                decided,
                                "QĐ 25-QĐ/ĐU",
                                List.of(
                                        new Sponsor.ByMember(
                                                id(SPONSOR_1), SponsorRelation.WORK, considered.minusYears(2), false),
                                        new Sponsor.ByMember(
                                                id(SPONSOR_2), SponsorRelation.WORK, considered.minusYears(2), false)),
                                considered.minusMonths(2),
                                9,
                                9,
                                null,
                                false,
                                ceremony,
                                "nghị quyết chi bộ"));
        return this;
    }

    /** A condition of {@code name} from {@code from}, open-ended. */
    MeetingTestData condition(String name, ConditionKind kind, LocalDate from) {
        chibo.members()
                .execute(
                        ADMIN,
                        new MemberCommand.BeginCondition(
                                id(name), UUID.randomUUID(), kind, from, null, "quyết định của chi bộ", "quyết định"));
        return this;
    }

    /** {@code name} temporarily transferred to {@code to} from {@code from} for six months. */
    MeetingTestData temporarilyTransferred(String name, OrganizationId to, LocalDate from) {
        chibo.members()
                .execute(
                        ADMIN,
                        new MemberCommand.Transfer(
                                id(name),
                                TransferKind.TEMPORARY,
                                to,
                                from,
                                from.plusMonths(6),
                                from.minusDays(10),
                                from.minusDays(5),
                                false,
                                "giấy giới thiệu sinh hoạt tạm thời"));
        return this;
    }

    /** {@code name} in {@code group} from {@code from}. */
    MeetingTestData inGroup(String name, OrganizationId group, LocalDate from) {
        chibo.members().execute(ADMIN, new MemberCommand.AssignGroup(id(name), group, from, "phân tổ"));
        return this;
    }

    /** {@code name} takes a seat in the committee of {@code cell} from 2010. */
    MeetingTestData seat(OrganizationId cell, String name, CommitteeRole role) {
        chibo.organizations()
                .execute(
                        ADMIN,
                        OrganizationTestData.seat(cell, role)
                                .member(id(name))
                                .from(FOUNDED)
                                .build());
        return this;
    }

    /** Where {@code name} stood on {@code date}. */
    MemberStanding standing(String name, LocalDate date) {
        return chibo.members().standing(ADMIN, id(name), date).orElseThrow();
    }

    /** Where everyone in {@code organization}'s subtree stood on {@code date}. */
    Map<MemberId, MemberStanding> standings(OrganizationId organization, LocalDate date) {
        return chibo.members().standingsOn(ADMIN, organization, date);
    }

    // ---------------------------------------------------------------- meetings

    /** A regular meeting of Khu phố 3 on {@code date}. */
    MeetingBuilder meeting(LocalDate date) {
        return new MeetingBuilder(KHU_PHO_3, MeetingKind.REGULAR, date);
    }

    /** A meeting of {@code organization} of {@code kind} on {@code date}. */
    MeetingBuilder meeting(OrganizationId organization, MeetingKind kind, LocalDate date) {
        return new MeetingBuilder(organization, kind, date);
    }

    /** Records {@code meeting} as {@link #ADMIN}; the findings on its quality. */
    ImmutableList<Finding> record(Meeting meeting) {
        return chibo.meetings().record(ADMIN, meeting, "biên bản họp");
    }

    /** Records each meeting. */
    void recordAll(List<Meeting> meetings) {
        meetings.forEach(this::record);
    }

    /** Every meeting kept, latest versions, as {@link #ADMIN} sees them. */
    ImmutableList<Meeting> allMeetings() {
        return chibo.meetings().meetings(ADMIN, PROVINCE, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
    }

    /**
     * The {@link InvalidInputException} {@code call} throws, having checked that nothing was kept:
     * the same meetings, and none under {@code id}.
     */
    InvalidInputException refused(MeetingId id, ThrowingCallable call) {
        ImmutableList<Meeting> before = allMeetings();
        Throwable thrown = Assertions.catchThrowable(call);
        Assertions.assertThat(thrown).isInstanceOf(InvalidInputException.class);
        Assertions.assertThat(allMeetings()).isEqualTo(before);
        Assertions.assertThat(chibo.meetings().find(ADMIN, id)).isEmpty();
        return (InvalidInputException) thrown;
    }

    /** The (path, rule) of every violation, in order. */
    static List<String> pathsAndRules(InvalidInputException e) {
        return e.violations().stream().map(v -> v.path() + " " + v.rule()).toList();
    }

    /** The codes of {@code findings}, in order. */
    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    /** A secret ballot whose ballots cast are the sum of its counts. */
    static Ballot.Secret secret(int yes, int no, int abstain, int invalid) {
        return new Ballot.Secret(yes + no + abstain + invalid, yes, no, abstain, invalid);
    }

    /** An ordinary resolution voted by {@code ballot}. */
    static Resolution ordinary(Ballot ballot) {
        return new Resolution("Nghị quyết tháng", ResolutionKind.ORDINARY, null, ballot);
    }

    /** A resolution of {@code kind} about {@code subject} voted by {@code ballot}. */
    static Resolution about(ResolutionKind kind, @Nullable String subject, Ballot ballot) {
        return new Resolution(
                kind.label().vi() + (subject == null ? "" : " " + subject),
                kind,
                subject == null ? null : id(subject),
                ballot);
    }

    /**
     * Builds a {@link Meeting}. By default: from 19:00 to 21:00, materials posted the day before,
     * two agenda items, no guests, no secretary, no resolutions, and every member the meeting
     * summons on its date present, in the order the store keeps them.
     */
    final class MeetingBuilder {
        private MeetingId id = MeetingId.random();
        private final OrganizationId organization;
        private final MeetingKind kind;
        private final LocalDate date;
        private boolean alsoThematic;
        private LocalTime start = LocalTime.of(19, 0);
        private LocalTime end = LocalTime.of(21, 0);
        private @Nullable LocalDate materialsPublished;
        private List<String> agenda = List.of("Đánh giá kết quả tháng", "Nhiệm vụ tháng tới");
        private final List<Guest> guests = new ArrayList<>();
        private final LinkedHashMap<MemberId, Attendance> roll = new LinkedHashMap<>();
        private @Nullable MemberId secretary;
        private final List<Resolution> resolutions = new ArrayList<>();

        private MeetingBuilder(OrganizationId organization, MeetingKind kind, LocalDate date) {
            this.organization = organization;
            this.kind = kind;
            this.date = date;
            this.materialsPublished = date.minusDays(1);
            for (MemberId member : summoned()) {
                roll.put(member, Attendance.present(member));
            }
        }

        private List<MemberId> summoned() {
            OrganizationTree tree = chibo.organizations().tree(ADMIN);
            OrganizationId cell = organization;
            if (kind == MeetingKind.PARTY_GROUP) {
                OrganizationId parent = tree.on(date)
                        .get(organization)
                        .map(OrganizationState::parent)
                        .orElse(null);
                cell = parent == null ? organization : parent;
            }
            ImmutableMap<MemberId, MemberStanding> standings = chibo.members().standingsOn(ADMIN, cell, date);
            Meeting draft = new Meeting(
                    id,
                    organization,
                    kind,
                    false,
                    date,
                    start,
                    end,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    List.of());
            Set<MemberId> summonable = MeetingPlanner.summonable(draft, tree, standings);
            List<MemberId> out = new ArrayList<>();
            standings.keySet().stream().filter(summonable::contains).forEach(out::add);
            summonable.stream().filter(m -> !out.contains(m)).sorted().forEach(out::add);
            return out;
        }

        MeetingBuilder withId(MeetingId id) {
            this.id = id;
            return this;
        }

        MeetingBuilder alsoThematic() {
            this.alsoThematic = true;
            return this;
        }

        MeetingBuilder times(LocalTime start, LocalTime end) {
            this.start = start;
            this.end = end;
            return this;
        }

        /** Starting at 19:00 and lasting {@code minutes}. */
        MeetingBuilder minutes(int minutes) {
            return times(LocalTime.of(19, 0), LocalTime.of(19, 0).plusMinutes(minutes));
        }

        MeetingBuilder materialsPublished(@Nullable LocalDate day) {
            this.materialsPublished = day;
            return this;
        }

        MeetingBuilder agenda(String... items) {
            this.agenda = List.of(items);
            return this;
        }

        MeetingBuilder guest(String name, GuestRole role) {
            guests.add(new Guest(name, role));
            return this;
        }

        MeetingBuilder secretary(String name) {
            this.secretary = MeetingTestData.id(name);
            return this;
        }

        /** {@code name} absent for the whole session with {@code reason}, which the convener accepted. */
        MeetingBuilder excused(String name, String reason) {
            return attendance(Attendance.excused(MeetingTestData.id(name), reason));
        }

        /** Each of {@code names} excused with {@code reason}. */
        MeetingBuilder excused(List<String> names, String reason) {
            names.forEach(n -> excused(n, reason));
            return this;
        }

        /** {@code name} absent without reason. */
        MeetingBuilder unexcused(String name) {
            return attendance(Attendance.unexcused(MeetingTestData.id(name)));
        }

        /** Replaces (or adds, at the end) the attendance of its member. */
        MeetingBuilder attendance(Attendance a) {
            roll.put(a.member(), a);
            return this;
        }

        /** Leaves {@code name} off the roll. */
        MeetingBuilder omit(String name) {
            roll.remove(MeetingTestData.id(name));
            return this;
        }

        MeetingBuilder resolution(Resolution r) {
            resolutions.add(r);
            return this;
        }

        Meeting build() {
            return new Meeting(
                    id,
                    organization,
                    kind,
                    alsoThematic,
                    date,
                    start,
                    end,
                    materialsPublished,
                    agenda,
                    guests,
                    List.copyOf(roll.values()),
                    secretary,
                    resolutions);
        }
    }
}
