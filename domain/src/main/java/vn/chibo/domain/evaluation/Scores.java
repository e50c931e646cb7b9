package vn.chibo.domain.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The QĐ 366 input: the scores (30 general + 70 results) and the task facts.
 *
 * @param general the general criteria, 0 to 30
 * @param results the task results, 0 to 70
 * @param allTasksOnTime whether every task was done on time
 * @param exceededPercent the share of tasks exceeding requirements, in percent (exact, e.g. 29.9)
 * @param latePercent the share of tasks done late, in percent (exact, e.g. 20.1)
 * @param shortcomingsFixed whether every shortcoming concluded before was fixed
 */
public record Scores(
        @NotNull @DecimalMin("0") @DecimalMax("30") BigDecimal general,
        @NotNull @DecimalMin("0") @DecimalMax("70") BigDecimal results,
        boolean allTasksOnTime,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal exceededPercent,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal latePercent,
        boolean shortcomingsFixed) {
    /** The total out of 100. */
    public BigDecimal total() {
        return general.add(results);
    }
}
