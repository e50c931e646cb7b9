package vn.chibo.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {
    private final Violation blankName = Violation.of("steps[0].name", "validation:NotBlank", "", "must not be blank");
    private final Violation wrongParent = Violation.of(
            "steps[1].parent",
            "ORG-PARENT-KIND",
            "PARTY_GROUP under GRASSROOTS_COMMITTEE",
            Label.of(
                    "Tổ đảng không được trực thuộc Đảng bộ cơ sở",
                    "a party group may not sit under a grassroots committee"));

    @Test
    void aViolationReadsAsPathRuleValueAndMessage() {
        assertThat(wrongParent)
                .hasToString("steps[1].parent [ORG-PARENT-KIND] = PARTY_GROUP under GRASSROOTS_COMMITTEE:"
                        + " a party group may not sit under a grassroots committee");
        assertThat(wrongParent.messageVi()).isEqualTo("Tổ đảng không được trực thuộc Đảng bộ cơ sở");
        assertThat(blankName.messageVi()).isEqualTo("must not be blank");
    }

    @Test
    void theMessageListsEveryViolationAndSaysNothingChanged() {
        InvalidInputException e = new InvalidInputException("Reorganize", List.of(blankName, wrongParent));

        assertThat(e.violations()).containsExactly(blankName, wrongParent);
        assertThat(e)
                .hasMessage("Reorganize rejected, 2 violations, nothing changed:\n"
                        + "  - steps[0].name [validation:NotBlank] = : must not be blank\n"
                        + "  - steps[1].parent [ORG-PARENT-KIND] = PARTY_GROUP under GRASSROOTS_COMMITTEE:"
                        + " a party group may not sit under a grassroots committee");
    }

    @Test
    void oneViolationIsCountedInTheSingular() {
        assertThat(new InvalidInputException("TakeSeat", List.of(blankName)))
                .hasMessageStartingWith("TakeSeat rejected, 1 violation, nothing changed:\n");
    }

    @Test
    void anExceptionWithoutViolationsIsACallerBug() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidInputException("Reorganize", List.of()));
    }

    @Test
    void aViolationNeedsARule() {
        assertThatIllegalArgumentException().isThrownBy(() -> Violation.of("name", " ", "x", "message"));
    }
}
