package vn.chibo.domain.member.residence;

import static vn.chibo.domain.organization.OrganizationTestData.CLOCK;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.ChiboPolicies;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.memory.InMemoryResidenceLiaisons;
import vn.chibo.domain.organization.OrganizationTestData;
import vn.chibo.domain.rule.PolicyRegistry;

/**
 * A {@link Chibo} over in-memory stores holding the seed tree of {@link OrganizationTestData}
 * (Phường 5 with Khu phố 3 and Khu phố 7) and the sibling ward Phường 1 with Khu phố 1, all founded
 * on 1/1/2020, and commands with defaults so that each test states only what matters to it.
 */
final class ResidenceFixture {
    /** An actor for the whole party. */
    static final Actor ADMIN = OrganizationTestData.ADMIN;

    /** The office of the Phường 5 committee, acting for its subtree. */
    static final Actor WARD_5 = Actor.forSubtree("van-phong-dang-uy-phuong-5", OrganizationTestData.PHUONG_5);

    /** The workplace of every serving member here unless a test says otherwise. */
    static final Workplace WORKPLACE = Workplace.named("Đảng ủy Sở Tài chính tỉnh Quảng Trị");

    final InMemoryOrganizations organizations = new InMemoryOrganizations();
    final InMemoryMembers members = new InMemoryMembers(organizations);
    final InMemoryResidenceLiaisons liaisons = new InMemoryResidenceLiaisons(organizations);
    final Chibo chibo;

    ResidenceFixture() {
        this(ChiboPolicies.central());
    }

    ResidenceFixture(PolicyRegistry policies) {
        chibo = Chibo.builder()
                .clock(CLOCK)
                .policies(policies)
                .organizations(organizations)
                .members(members)
                .residenceLiaisons(liaisons)
                .build();
        chibo.organizations().execute(ADMIN, OrganizationTestData.seedTree());
        chibo.organizations().execute(ADMIN, OrganizationTestData.siblingWard());
    }

    /** A stable identity for a name. */
    static MemberId id(String name) {
        return MemberId.of(UUID.nameUUIDFromBytes(("member:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    /** The subject of a finding about {@code name}. */
    static String subject(String name) {
        return name + " [" + id(name) + "]";
    }

    /** {@code name} registering with {@code cell} on {@code registered}, on a letter of {@code letter}. */
    static ResidenceCommand.Register register(
            String name, OrganizationId cell, LocalDate letter, LocalDate registered) {
        return register(name, cell, letter, registered, null);
    }

    /** The same, in an exemption category. */
    static ResidenceCommand.Register register(
            String name,
            OrganizationId cell,
            LocalDate letter,
            LocalDate registered,
            @Nullable ExemptionCategory exemption) {
        return new ResidenceCommand.Register(
                id(name), name, cell, WORKPLACE, letter, registered, exemption, "giấy giới thiệu số 12-GGT/ĐU");
    }

    /** {@code name}'s answer to the meeting of {@code held}. */
    static ResidenceCommand.RecordMeeting meeting(
            String name, LocalDate held, MeetingPresence presence, @Nullable String excuse) {
        return new ResidenceCommand.RecordMeeting(id(name), held, presence, excuse, "sổ theo dõi");
    }

    /** The joint comment on {@code name} for {@code year}, requested a month before {@code replied}, on paper. */
    static ResidenceCommand.RecordComment comment(String name, int year, LocalDate replied, CommentVerdict verdict) {
        return new ResidenceCommand.RecordComment(
                id(name),
                Year.of(year),
                "Ban công tác Mặt trận khu phố",
                "Gương mẫu, tham gia đầy đủ các hoạt động ở khu dân cư.",
                verdict,
                replied.minusMonths(1),
                replied,
                CommentChannel.PAPER,
                "phiếu nhận xét");
    }

    /** {@code name} no longer registered from {@code on}. */
    static ResidenceCommand.End end(String name, LocalDate on, EndReason reason) {
        return new ResidenceCommand.End(id(name), on, reason, "", "thông báo của nơi công tác");
    }

    /** Every residence history's version, by member: unchanged versions mean nothing was recorded. */
    Map<MemberId, Long> versions() {
        return liaisons.all(ADMIN).stream()
                .collect(Collectors.toMap(ResidenceLiaisonHistory::id, ResidenceLiaisonHistory::version));
    }

    /** The {@link InvalidInputException} {@code call} throws, having checked that nothing was recorded. */
    InvalidInputException refused(ThrowingCallable call) {
        Map<MemberId, Long> before = versions();
        Throwable thrown = Assertions.catchThrowable(call);
        Assertions.assertThat(thrown).isInstanceOf(InvalidInputException.class);
        Assertions.assertThat(versions()).isEqualTo(before);
        return (InvalidInputException) thrown;
    }

    /** The (path, rule) of every violation, in order. */
    static List<String> pathsAndRules(InvalidInputException e) {
        return e.violations().stream().map(v -> v.path() + " " + v.rule()).toList();
    }
}
