package vn.chibo.export.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an export keeps of personal data.
 *
 * <ul>
 *   <li>{@link #full()}: everything, for backup and transfer between systems; the only profile
 *       import accepts.
 *   <li>{@link #statistics(byte[])}: for statistics. It leaves out names (of members, of guests,
 *       in the residence registration), citizen IDs and party-card numbers, the dues ledger, the
 *       health facts (sick leave, maternity leave, serious illness: beginnings and ends) and every
 *       free text written about people (record reasons, notes, excuses, comments, discipline
 *       grounds, agendas, resolution titles, finding subjects and messages); it keeps the birth
 *       year only; and it replaces every identity (of organisations, members, meetings, seats,
 *       conditions, reorganisations) and every actor by a pseudonym: a keyed hash (HMAC-SHA-256)
 *       with the host's key, the same for the same identity and key, so that references still
 *       join. The document says {@code "profile": "STATISTICS"} in its envelope and import refuses
 *       it. Organisation names, decision references and the names of bodies are kept.
 * </ul>
 */
public final class PrivacyProfile {
    /** The shortest key accepted, in bytes. */
    public static final int MIN_KEY_LENGTH = 16;

    private static final PrivacyProfile FULL = new PrivacyProfile(null);

    private final @Nullable HashFunction hmac;

    private PrivacyProfile(@Nullable HashFunction hmac) {
        this.hmac = hmac;
    }

    /** Everything: backup and transfer. */
    public static PrivacyProfile full() {
        return FULL;
    }

    /**
     * The statistics profile, pseudonymising with {@code key} (at least {@link #MIN_KEY_LENGTH}
     * bytes; keep it secret and keep it the same to compare exports).
     */
    public static PrivacyProfile statistics(byte[] key) {
        Objects.requireNonNull(key, "key");
        checkArgument(key.length >= MIN_KEY_LENGTH, "a pseudonymisation key has at least %s bytes", MIN_KEY_LENGTH);
        return new PrivacyProfile(Hashing.hmacSha256(key.clone()));
    }

    /** Whether personal data is left out and identities pseudonymised. */
    public boolean isMasked() {
        return hmac != null;
    }

    /** The code written in the envelope: {@code FULL} or {@code STATISTICS}. */
    public String code() {
        return hmac == null ? "FULL" : "STATISTICS";
    }

    /** The identity as written: itself, or its pseudonym (a UUID of version 8 made of the hash). */
    UUID identity(UUID id) {
        if (hmac == null) {
            return id;
        }
        ByteBuffer in =
                ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        ByteBuffer hash = ByteBuffer.wrap(hmac.hashBytes(in.array()).asBytes());
        long msb = (hash.getLong() & ~0xF000L) | 0x8000L; // version 8: custom
        long lsb = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(msb, lsb);
    }

    /** The actor as written: itself, or {@code actor-} and 16 hex digits of its hash. */
    String actor(String actor) {
        if (hmac == null) {
            return actor;
        }
        HashCode hash = hmac.hashString("actor:" + actor, StandardCharsets.UTF_8);
        return "actor-" + hash.toString().substring(0, 16);
    }

    @Override
    public String toString() {
        return code();
    }
}
