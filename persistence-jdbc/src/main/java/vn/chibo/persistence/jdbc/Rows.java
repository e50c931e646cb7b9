package vn.chibo.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.Recorded;

/** Reading and writing column values the same way on every database. Stateless. */
final class Rows {
    /** The first day after every open-ended validity in the derived tables. */
    static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private Rows() {}

    /** The instant to the microsecond, for {@code recorded_at}. */
    static OffsetDateTime micros(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** The nanoseconds below the microsecond (0-999), for {@code recorded_nano}. */
    static int nanoRemainder(Instant at) {
        return at.getNano() % 1000;
    }

    /** The record stamp of a fact row. */
    static Recorded recorded(ResultSet rows) throws SQLException {
        OffsetDateTime at = required(rows.getObject("recorded_at", OffsetDateTime.class), "recorded_at");
        int nano = rows.getInt("recorded_nano");
        return new Recorded(
                at.toInstant().plusNanos(nano), string(rows, "recorded_by"), string(rows, "recorded_reason"));
    }

    /** The end of a validity, or {@link #OPEN_END}. */
    static LocalDate until(@Nullable LocalDate until) {
        return until == null ? OPEN_END : until;
    }

    static UUID uuid(ResultSet rows, String column) throws SQLException {
        return required(rows.getObject(column, UUID.class), column);
    }

    static @Nullable UUID uuidOrNull(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    static LocalDate date(ResultSet rows, String column) throws SQLException {
        return required(rows.getObject(column, LocalDate.class), column);
    }

    static @Nullable LocalDate dateOrNull(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    static LocalTime time(ResultSet rows, String column) throws SQLException {
        return required(rows.getObject(column, LocalTime.class), column);
    }

    static String string(ResultSet rows, String column) throws SQLException {
        return required(rows.getString(column), column);
    }

    static @Nullable String stringOrNull(ResultSet rows, String column) throws SQLException {
        return rows.getString(column);
    }

    static int integer(ResultSet rows, String column) throws SQLException {
        return required(rows.getObject(column, Integer.class), column);
    }

    static @Nullable Integer integerOrNull(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, Integer.class);
    }

    static long bigint(ResultSet rows, String column) throws SQLException {
        return required(rows.getObject(column, Long.class), column);
    }

    static boolean bool(ResultSet rows, String column) throws SQLException {
        return required(rows.getObject(column, Boolean.class), column);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, ResultSet rows, String column) throws SQLException {
        String name = string(rows, column);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new StorageException(
                    "Column " + column + " holds " + name + ", not a " + type.getSimpleName() + " known to chibo", e);
        }
    }

    static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, ResultSet rows, String column)
            throws SQLException {
        return rows.getString(column) == null ? null : enumOf(type, rows, column);
    }

    static <T> T required(@Nullable T value, String column) {
        if (value == null) {
            throw new StorageException("Column " + column + " is NULL where chibo needs a value");
        }
        return value;
    }
}
