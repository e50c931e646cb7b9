package vn.chibo.persistence.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's COPY text format, encoded in UTF-8 into a growing byte buffer: columns
 * separated by a tab, rows ended by a newline, {@code \N} for NULL, and a backslash before the
 * backslash, tab, newline and carriage return of a text (as {@code \\}, {@code \t}, {@code \n},
 * {@code \r}), so that any text comes back as it was. Values are written by their Java type, in
 * the forms the server reads the same whatever its settings: a UUID in its text form, a date as
 * {@code yyyy-mm-dd}, an instant as {@code yyyy-mm-dd hh:mm:ss.ffffff+00} (the microseconds kept),
 * numbers in decimal, booleans as {@code t} and {@code f}.
 *
 * <p>Text holding U+0000, and dates and instants outside the years 1 to 9999, cannot be written
 * (PostgreSQL stores no NUL in text; chibo keeps four-digit years): the loader refuses them before
 * they come here. Not thread-safe.
 */
final class CopyText {
    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int length;

    CopyText(int capacity) {
        this.bytes = new byte[capacity];
    }

    /** The bytes written so far: the first {@link #length()} of the array. */
    byte[] bytes() {
        return bytes;
    }

    /** How many bytes are written. */
    int length() {
        return length;
    }

    /** Forgets the rows written, keeping the buffer. */
    void clear() {
        length = 0;
    }

    /** Writes one row of {@code values}. */
    void row(@Nullable Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put('\t');
            }
            value(values[i]);
        }
        put('\n');
    }

    private void value(@Nullable Object v) {
        if (v == null) {
            put(NULL);
        } else if (v instanceof String s) {
            text(s);
        } else if (v instanceof UUID u) {
            uuid(u);
        } else if (v instanceof LocalDate d) {
            date(d);
        } else if (v instanceof OffsetDateTime t) {
            timestamp(t);
        } else if (v instanceof LocalTime t) {
            text(t.toString());
        } else if (v instanceof Integer n) {
            number(n);
        } else if (v instanceof Long n) {
            number(n);
        } else if (v instanceof Boolean b) {
            put(b ? 't' : 'f');
        } else {
            throw new IllegalArgumentException(
                    "no COPY text form for a " + v.getClass().getName());
        }
    }

    private void text(String s) {
        ensure(s.length() * 3 + 1);
        byte[] b = bytes;
        int n = length;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> {
                        b[n++] = '\\';
                        b[n++] = '\\';
                    }
                    case '\t' -> {
                        b[n++] = '\\';
                        b[n++] = 't';
                    }
                    case '\n' -> {
                        b[n++] = '\\';
                        b[n++] = 'n';
                    }
                    case '\r' -> {
                        b[n++] = '\\';
                        b[n++] = 'r';
                    }
                    default -> b[n++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[n++] = (byte) (0xF0 | (cp >> 18));
                b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b[n++] = '?'; // a lone surrogate is no character; Java's own UTF-8 encoder writes '?' too
            } else {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        length = n;
    }

    private void uuid(UUID u) {
        ensure(36);
        hex(u.getMostSignificantBits() >>> 32, 8);
        put('-');
        hex(u.getMostSignificantBits() >>> 16, 4);
        put('-');
        hex(u.getMostSignificantBits(), 4);
        put('-');
        hex(u.getLeastSignificantBits() >>> 48, 4);
        put('-');
        hex(u.getLeastSignificantBits(), 12);
    }

    private void hex(long bits, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            bytes[length++] = HEX[(int) ((bits >>> shift) & 0xF)];
        }
    }

    private void date(LocalDate d) {
        checkArgument(d.getYear() >= 1 && d.getYear() <= 9999, "year %s has no COPY text form here", d.getYear());
        ensure(10);
        digits(d.getYear(), 4);
        put('-');
        digits(d.getMonthValue(), 2);
        put('-');
        digits(d.getDayOfMonth(), 2);
    }

    private void timestamp(OffsetDateTime t) {
        OffsetDateTime utc = t.getOffset().equals(ZoneOffset.UTC) ? t : t.withOffsetSameInstant(ZoneOffset.UTC);
        date(utc.toLocalDate());
        ensure(19);
        put(' ');
        digits(utc.getHour(), 2);
        put(':');
        digits(utc.getMinute(), 2);
        put(':');
        digits(utc.getSecond(), 2);
        put('.');
        digits(utc.getNano() / 1000, 6);
        put('+');
        put('0');
        put('0');
    }

    private void digits(int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            bytes[length + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    private void number(long n) {
        String s = Long.toString(n);
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
    }

    private void put(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
    }

    private void put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
