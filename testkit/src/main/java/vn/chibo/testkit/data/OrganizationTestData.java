package vn.chibo.testkit.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.ReorganizationKind;
import vn.chibo.domain.organization.ReorganizationRef;

/**
 * Organisation facts and identities with sensible defaults, for port contract suites and adapter
 * tests. Identities are derived from names, so the same name always gives the same identity.
 */
public final class OrganizationTestData {
    /** The instant facts are recorded at unless a test says otherwise (microsecond precision). */
    public static final Instant RECORDED_AT = Instant.parse("2026-11-28T03:04:05.123456Z");

    /** The actor that records test facts. */
    public static final Actor ADMIN = Actor.wholeParty("test-admin");

    private OrganizationTestData() {}

    /** A stable identity for a name. */
    public static OrganizationId id(String name) {
        return OrganizationId.of(
                UUID.nameUUIDFromBytes(("org:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A stable member identity for a name. */
    public static MemberId member(String name) {
        return MemberId.of(
                UUID.nameUUIDFromBytes(("member:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The default record stamp. */
    public static Recorded recorded() {
        return recorded(RECORDED_AT);
    }

    /** A record stamp at {@code at}. */
    public static Recorded recorded(Instant at) {
        return new Recorded(at, ADMIN.id(), "test data");
    }

    /** {@code name} founded on {@code on} as {@code kind} under {@code parent}. */
    public static OrganizationFact.Founded founded(
            String name, OrganizationKind kind, @Nullable String parent, LocalDate on) {
        return new OrganizationFact.Founded(
                id(name), on, kind, name, parent == null ? null : id(parent), null, recorded());
    }

    /** {@code name} founded by a reorganisation. */
    public static OrganizationFact.Founded founded(
            String name, OrganizationKind kind, @Nullable String parent, LocalDate on, ReorganizationRef cause) {
        return new OrganizationFact.Founded(
                id(name), on, kind, name, parent == null ? null : id(parent), cause, recorded());
    }

    /** {@code name} renamed. */
    public static OrganizationFact.Renamed renamed(String name, String newName, LocalDate on) {
        return new OrganizationFact.Renamed(id(name), on, newName, null, recorded());
    }

    /** {@code name} moved under {@code parent}. */
    public static OrganizationFact.Reparented reparented(String name, String parent, LocalDate on) {
        return new OrganizationFact.Reparented(id(name), on, id(parent), null, recorded());
    }

    /** {@code name} dissolved. */
    public static OrganizationFact.Dissolved dissolved(String name, LocalDate on) {
        return new OrganizationFact.Dissolved(id(name), on, null, null, recorded());
    }

    /** A committee seat in {@code organization} for {@code member}. */
    public static OrganizationFact.SeatTaken seat(
            String organization, String member, CommitteeRole role, LocalDate from) {
        return new OrganizationFact.SeatTaken(
                id(organization),
                from,
                UUID.nameUUIDFromBytes((organization + "/" + member + "/" + role + "/" + from)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                member(member),
                role,
                null,
                null,
                recorded());
    }

    /** A reorganisation reference. */
    public static ReorganizationRef reorganization(ReorganizationKind kind, String decision) {
        return new ReorganizationRef(
                UUID.nameUUIDFromBytes(decision.getBytes(java.nio.charset.StandardCharsets.UTF_8)), kind, decision);
    }
}
