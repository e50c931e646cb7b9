package vn.chibo.domain.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.chibo.domain.common.OrganizationId;

/**
 * The comment of the cell a member was temporarily attached to (sinh hoạt tạm thời), which the
 * member brings to the home cell before it rates them (rules.md §4.9: "Before the rating, they bring
 * comments from the cell where they are attached temporarily").
 *
 * @param hostCell the cell that wrote it
 * @param date the date of the comment
 * @param source the document, as cited (e.g. "Giấy nhận xét của Chi bộ Khu phố 9 ngày 05/12/2021")
 * @param comment what it says, in short; may be empty
 */
public record HostCellComment(
        @NotNull OrganizationId hostCell,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 500) String source,
        @NotNull @Size(max = 2000) String comment) {}
