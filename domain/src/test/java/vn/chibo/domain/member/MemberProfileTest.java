package vn.chibo.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chibo.domain.member.MemberTestData.admit;
import static vn.chibo.domain.member.MemberTestData.member;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Violation;

/** Who a member is, and how the sensitive parts of it are never shown. */
class MemberProfileTest {
    private static final MemberProfile PROFILE =
            new MemberProfile("Phan Văn Thạnh", LocalDate.of(1985, 7, 9), Sex.MALE, "044085001234", "12.345.678");

    @Test
    void theTextOfAProfileMasksTheBirthDateAndTheCitizenIdButKeepsTheName() {
        assertThat(PROFILE.toString())
                .isEqualTo("MemberProfile[fullName=Phan Văn Thạnh, birthDate=***, sex=MALE, citizenId=***234,"
                        + " partyCardNumber=12.345.678]")
                .doesNotContain("1985")
                .doesNotContain("07-09")
                .doesNotContain("044085001234")
                .doesNotContain("044085001");
    }

    @Test
    void aProfileWithoutCitizenIdShowsNull() {
        assertThat(MemberProfile.of("Phan Văn Thạnh", LocalDate.of(1985, 7, 9), Sex.MALE)
                        .toString())
                .isEqualTo("MemberProfile[fullName=Phan Văn Thạnh, birthDate=***, sex=MALE, citizenId=null,"
                        + " partyCardNumber=null]");
    }

    @Test
    void ageIsCountedInWholeMonths() {
        MemberProfile born = MemberProfile.of("Nguyễn Văn An", LocalDate.of(2008, 3, 31), Sex.MALE);

        assertThat(born.ageInMonths(LocalDate.of(2026, 3, 30))).isEqualTo(17 * 12 + 11);
        assertThat(born.ageInMonths(LocalDate.of(2026, 3, 31))).isEqualTo(18 * 12);
    }

    @Test
    void aCitizenIdOf11DigitsIsRefusedAndTheErrorShowsItMasked() {
        MemberTestData.World world = MemberTestData.world();

        InvalidInputException e =
                world.refused(admit(member(1)).citizenId("04409000123").build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue, Violation::message)
                .containsExactly(tuple("profile.citizenId", "validation:Pattern", "***", "must be 12 digits"));
        assertThat(e.getMessage())
                .contains("profile.citizenId [validation:Pattern] = ***: must be 12 digits")
                .doesNotContain("04409000123");
    }

    @Test
    void aCitizenIdWithLettersIsRefusedMasked() {
        MemberTestData.World world = MemberTestData.world();

        InvalidInputException e =
                world.refused(admit(member(1)).citizenId("04409000123X").build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rejectedValue)
                .containsExactly(tuple("profile.citizenId", "***"));
        assertThat(e.getMessage()).doesNotContain("04409000123");
    }

    @Test
    void aBirthDateInTheFutureIsRefusedMasked() {
        MemberTestData.World world = MemberTestData.world();

        InvalidInputException e =
                world.refused(admit(member(1)).born(LocalDate.of(2099, 1, 1)).build());

        assertThat(e.violations())
                .extracting(Violation::path, Violation::rule, Violation::rejectedValue)
                .containsExactly(tuple("profile.birthDate", "validation:Past", "***"));
        assertThat(e.getMessage()).doesNotContain("2099-01-01");
    }
}
