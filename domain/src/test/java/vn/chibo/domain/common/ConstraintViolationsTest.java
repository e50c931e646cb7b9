package vn.chibo.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintViolationsTest {
    /** A boundary input with one sensitive attribute. */
    record Applicant(
            @NotBlank String name,
            @Sensitive @Pattern(regexp = "\\d{12}") String citizenId) {}

    /** Another, with a long free text. */
    record Note(@Size(max = 10) String text) {}

    @Test
    void everyViolationIsReportedSortedByPathWithItsPrefixAndTheConstraintAsRule() {
        List<Violation> found = validate(new Applicant(" ", "0452"), "commands[3].");

        assertThat(found)
                .extracting(Violation::path, Violation::rule)
                .containsExactly(
                        tuple("commands[3].citizenId", "validation:Pattern"),
                        tuple("commands[3].name", "validation:NotBlank"));
    }

    @Test
    void aSensitiveValueIsMaskedInTheViolation() {
        List<Violation> found = validate(new Applicant("Nguyễn Văn A", "0452-03-00"), "");

        assertThat(found)
                .extracting(Violation::path, Violation::rejectedValue)
                .containsExactly(tuple("citizenId", "***"));
        assertThat(found.get(0).toString()).doesNotContain("0452");
    }

    @Test
    void aLongValueIsShortenedAndItsLengthStated() {
        String text = "x".repeat(130);

        List<Violation> found = validate(new Note(text), "");

        assertThat(found)
                .singleElement()
                .extracting(Violation::rejectedValue)
                .isEqualTo("x".repeat(117) + "… (130 characters)");
    }

    private static List<Violation> validate(Object input, String prefix) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return ConstraintViolations.validate(factory.getValidator(), input, prefix);
        }
    }
}
