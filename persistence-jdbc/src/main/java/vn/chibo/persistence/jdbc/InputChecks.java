package vn.chibo.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.InvalidInputException;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.Masking;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Violation;

/**
 * What the database cannot keep, found before anything is written, so that it comes out as one
 * {@link InvalidInputException} naming the record and the field of every problem, and never as an
 * SQL error: text longer than its column holds (the sizes {@link SchemaColumn} declares), times
 * finer than the microseconds a {@code TIME(6)} column keeps, organisations named but not stored.
 * The domain's commands check the same and more (their constraints, the rules); these checks hold
 * for every caller of the ports, the services included. Collects every violation, then throws them
 * all at once. One per call; not thread-safe.
 */
final class InputChecks {
    /** Rule code: text longer than its column holds. */
    static final String TOO_LONG = "STORE-TOO-LONG";

    /** Rule code: a time with more precision than its column keeps. */
    static final String PRECISION = "STORE-PRECISION";

    /** Rule code: a record names an organisation, or is about a record, that is not stored. */
    static final String UNKNOWN = "STORE-UNKNOWN";

    /** How much of an over-long text a violation shows. */
    private static final int SHOWN = 40;

    private final List<Violation> violations = new ArrayList<>();
    private final Map<UUID, Boolean> stored = new HashMap<>();

    /**
     * Checks every text value of a row: {@code values[i]} goes to {@code columns[i]}; {@code path}
     * names the record the row holds, empty for the record checked itself.
     */
    InputChecks row(String path, SchemaColumn[] columns, @Nullable Object[] values) {
        for (int i = 0; i < columns.length; i++) {
            if (values[i] instanceof String text) {
                text(join(path, columns[i].field()), columns[i], text);
            }
        }
        return this;
    }

    private static String join(String path, String field) {
        if (path.isEmpty()) {
            return field;
        }
        return field.isEmpty() ? path : path + "." + field;
    }

    /** Checks that {@code text}, at {@code path}, fits {@code column}. */
    InputChecks text(String path, SchemaColumn column, @Nullable String text) {
        SchemaColumn.TextLimit limit = column.limit();
        if (text == null || !limit.isText() || text.length() <= limit.maxLength()) {
            return this;
        }
        String where = column.table() + "." + column.label();
        String shown = limit.sensitive()
                ? Masking.mask(text)
                : text.substring(0, SHOWN) + "… (" + text.length() + " characters)";
        violations.add(Violation.of(
                path,
                TOO_LONG,
                shown,
                Label.of(
                        text.length() + " ký tự, dài hơn " + limit.maxLength() + " ký tự mà cột " + where
                                + " chứa được",
                        text.length() + " characters, longer than the " + limit.maxLength() + " that column " + where
                                + " holds")));
        return this;
    }

    /** Checks that {@code time}, at {@code path}, is kept exactly by a {@code TIME(6)} column. */
    InputChecks time(String path, LocalTime time) {
        if (time.getNano() % 1000 != 0) {
            violations.add(Violation.of(
                    path,
                    PRECISION,
                    time.toString(),
                    Label.of("giờ chỉ được lưu đến micro giây", "times are kept to the microsecond, not finer")));
        }
        return this;
    }

    /**
     * Checks that organisation {@code id}, named at {@code path}, is stored, within the caller's
     * transaction.
     */
    InputChecks storedOrganization(Connection connection, String path, OrganizationId id) throws SQLException {
        UUID raw = id.value();
        Boolean known = stored.get(raw);
        if (known == null) {
            known = Versions.current(connection, JdbcOrganizations.VERSION, raw).isPresent();
            stored.put(raw, known);
        }
        if (!known) {
            unknown(path, "organisation " + id, Label.of("không có tổ chức này", "no such organisation is stored"));
        }
        return this;
    }

    /** Records that the record at {@code path}, described by {@code what}, is not stored. */
    InputChecks unknown(String path, String what, Label message) {
        violations.add(Violation.of(path, UNKNOWN, what, message));
        return this;
    }

    /**
     * Throws every violation found as one {@link InvalidInputException} about {@code what}; does
     * nothing when there is none.
     */
    void throwIfAny(String what) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(what, violations);
        }
    }
}
