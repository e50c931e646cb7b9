package vn.chibo.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.chibo.persistence.jdbc.internal.Sql;

/** The column enums name the columns of the INSERT statements, in their order. */
class ColumnOrderTest {
    @Test
    void organisationFactColumnsAreListedInInsertOrder() {
        assertThat(columnsOf(OrganizationRows.INSERT))
                .isEqualTo(Arrays.stream(OrganizationRows.Column.values())
                        .map(OrganizationRows.Column::label)
                        .collect(Collectors.joining(",")));
        assertThat(columnsOf(OrganizationRows.INSERT)).isEqualTo(selected(OrganizationRows.COLUMNS));
    }

    @Test
    void memberFactColumnsAreListedInInsertOrder() {
        assertThat(columnsOf(MemberRows.INSERT))
                .isEqualTo(Arrays.stream(MemberRows.Column.values())
                        .map(MemberRows.Column::label)
                        .collect(Collectors.joining(",")));
        assertThat(selected(MemberRows.COLUMNS)).startsWith(columnsOf(MemberRows.INSERT) + ",");
    }

    @Test
    void everyValueHasAPlaceholder() {
        assertThat(placeholders(OrganizationRows.INSERT)).isEqualTo(OrganizationRows.Column.values().length);
        assertThat(placeholders(MemberRows.INSERT)).isEqualTo(MemberRows.Column.values().length);
    }

    private static String columnsOf(Sql insert) {
        String text = insert.text();
        return text.substring(text.indexOf('(') + 1, text.indexOf(')')).replace(" ", "");
    }

    private static String selected(String columns) {
        return columns.replace(" ", "").replace("f.", "").replace("sp.", "");
    }

    private static long placeholders(Sql insert) {
        return insert.text().chars().filter(c -> c == '?').count();
    }
}
