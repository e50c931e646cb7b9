package vn.chibo.examples.generate;

import java.util.Random;
import java.util.UUID;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;

/**
 * Identities and random streams derived from the seed: each is a pure function of the seed and the
 * thing's place (its tag and numbers), so any part of the country can be made again on its own.
 */
final class Ids {
    static final long PARTY = 1;
    static final long PROVINCE = 2;
    static final long DISTRICT = 3;
    static final long COMMUNE = 4;
    static final long UNIT = 5;
    static final long MEMBER = 6;
    static final long SEAT = 7;
    static final long CONDITION = 8;
    static final long MEETING = 9;
    static final long REORGANIZATION = 10;
    static final long SHAPE = 11;
    static final long PEOPLE = 12;
    static final long SAMPLE = 13;

    private Ids() {}

    /** A 64-bit finaliser (the SplitMix64 mix): consecutive inputs give unrelated outputs. */
    static long mix(long z) {
        long x = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }

    /** A hash of the seed, a tag and two numbers. */
    static long hash(long seed, long tag, long a, long b) {
        long h = mix(seed + 0x9E3779B97F4A7C15L * tag);
        h = mix(h ^ (a * 0xC2B2AE3D27D4EB4FL));
        return mix(h ^ (b + 0x165667B19E3779F9L));
    }

    /** A version-4-shaped UUID for the seed, a tag and two numbers. */
    static UUID uuid(long seed, long tag, long a, long b) {
        long hi = hash(seed, tag, a, b);
        long lo = mix(hi ^ 0x632BE59BD9B4E019L);
        hi = (hi & ~0xF000L) | 0x4000L;
        lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    static OrganizationId organization(long seed, long tag, long a, long b) {
        return OrganizationId.of(uuid(seed, tag, a, b));
    }

    static MemberId member(long seed, long unit, long index) {
        return MemberId.of(uuid(seed, MEMBER, unit, index));
    }

    /** A random stream of its own for the seed, a tag and a number. */
    static Random random(long seed, long tag, long a) {
        return new Random(hash(seed, tag, a, 0));
    }

    /** A number in {@code [0, 1)} for the seed, a tag and two numbers. */
    static double unit(long seed, long tag, long a, long b) {
        return (hash(seed, tag, a, b) >>> 11) * 0x1.0p-53;
    }
}
