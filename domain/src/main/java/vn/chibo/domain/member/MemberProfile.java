package vn.chibo.domain.member;

import static com.google.common.base.Preconditions.checkArgument;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Masking;
import vn.chibo.domain.common.Sensitive;

/**
 * Who a member is: the full name with its diacritics, birth date, sex, and the optional citizen ID
 * and party-card number, which are attributes, never identities. The birth date and the citizen ID
 * are sensitive: {@link #toString()} masks them, and so do error messages.
 *
 * @param fullName the full name, e.g. {@code Phan Văn Thạnh}
 * @param birthDate the birth date (sensitive)
 * @param sex the sex
 * @param citizenId the 12-digit citizen ID (căn cước công dân), if known (sensitive)
 * @param partyCardNumber the party-card number, if issued
 */
public record MemberProfile(
        @NotBlank @Size(max = 200) String fullName,
        @NotNull @Past @Sensitive LocalDate birthDate,
        @NotNull Sex sex,

        @Nullable @Pattern(regexp = "\\d{12}", message = "must be 12 digits") @Sensitive
        String citizenId,

        @Nullable @Size(max = 20) String partyCardNumber) {
    /** The longest name kept. */
    public static final int MAX_NAME_LENGTH = 200;

    public MemberProfile {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        checkArgument(fullName.length() <= 10 * MAX_NAME_LENGTH, "name too long");
    }

    /** A profile without citizen ID or party card. */
    public static MemberProfile of(String fullName, LocalDate birthDate, Sex sex) {
        return new MemberProfile(fullName, birthDate, sex, null, null);
    }

    /** The citizen ID, if known. */
    public Optional<String> citizenIdNumber() {
        return Optional.ofNullable(citizenId);
    }

    /** The party-card number, if issued. */
    public Optional<String> partyCard() {
        return Optional.ofNullable(partyCardNumber);
    }

    /** Whole months of age on {@code date} (conventions.md: born 31/3/2008 is 18y0m on 31/3/2026). */
    public long ageInMonths(LocalDate date) {
        return vn.chibo.domain.common.Months.between(birthDate, date);
    }

    /** Masks the birth date and the citizen ID. */
    @Override
    public String toString() {
        return "MemberProfile[fullName=" + fullName + ", birthDate=" + Masking.mask(birthDate) + ", sex=" + sex
                + ", citizenId=" + Masking.maskKeepingLast(citizenId, 3) + ", partyCardNumber=" + partyCardNumber
                + "]";
    }
}
