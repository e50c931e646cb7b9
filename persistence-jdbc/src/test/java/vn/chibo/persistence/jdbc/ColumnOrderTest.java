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
    void admissionSponsorColumnsAreListedInInsertOrder() {
        assertThat(columnsOf(MemberRows.INSERT_SPONSOR)).isEqualTo(labels(MemberRows.SponsorColumn.values()));
        assertThat(selected(MemberRows.COLUMNS))
                .endsWith("," + labels(MemberRows.SponsorColumn.values()).replace("member_id,seq,", ""));
    }

    @Test
    void meetingColumnsAreListedInInsertOrder() {
        assertThat(columnsOf(MeetingRows.INSERT)).isEqualTo(labels(MeetingRows.Column.values()));
        assertThat(columnsOf(MeetingRows.INSERT_ENTRY)).isEqualTo(labels(MeetingRows.EntryColumn.values()));
        assertThat(columnsOf(MeetingRows.INSERT_SCHEDULE)).isEqualTo(labels(MeetingRows.ScheduleColumn.values()));
        assertThat(selected(MeetingRows.COLUMNS))
                .isEqualTo(columnsOf(MeetingRows.INSERT) + ","
                        + labels(MeetingRows.EntryColumn.values()).replace("meeting_id,version,", ""));
    }

    @Test
    void residenceFactColumnsAreListedInInsertOrder() {
        assertThat(columnsOf(ResidenceRows.INSERT)).isEqualTo(labels(ResidenceRows.Column.values()));
        assertThat(selected(ResidenceRows.COLUMNS)).isEqualTo(columnsOf(ResidenceRows.INSERT));
    }

    @Test
    void everyValueHasAPlaceholder() {
        assertThat(placeholders(MemberRows.INSERT_SPONSOR)).isEqualTo(MemberRows.SponsorColumn.values().length);
        assertThat(placeholders(MeetingRows.INSERT)).isEqualTo(MeetingRows.Column.values().length);
        assertThat(placeholders(MeetingRows.INSERT_ENTRY)).isEqualTo(MeetingRows.EntryColumn.values().length);
        assertThat(placeholders(MeetingRows.INSERT_SCHEDULE)).isEqualTo(MeetingRows.ScheduleColumn.values().length);
        assertThat(placeholders(ResidenceRows.INSERT)).isEqualTo(ResidenceRows.Column.values().length);
        assertThat(placeholders(OrganizationRows.INSERT)).isEqualTo(OrganizationRows.Column.values().length);
        assertThat(placeholders(MemberRows.INSERT)).isEqualTo(MemberRows.Column.values().length);
    }

    private static String labels(SchemaColumn[] columns) {
        return Arrays.stream(columns).map(SchemaColumn::label).collect(Collectors.joining(","));
    }

    private static String columnsOf(Sql insert) {
        String text = insert.text();
        return text.substring(text.indexOf('(') + 1, text.indexOf(')')).replace(" ", "");
    }

    private static String selected(String columns) {
        return columns.replace(" ", "")
                .replace("f.", "")
                .replace("sp.", "")
                .replace("r.", "")
                .replace("e.", "");
    }

    private static long placeholders(Sql insert) {
        return insert.text().chars().filter(c -> c == '?').count();
    }
}
