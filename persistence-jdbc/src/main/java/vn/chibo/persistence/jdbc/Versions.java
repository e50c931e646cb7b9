package vn.chibo.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import vn.chibo.domain.common.ConcurrentUpdateException;
import vn.chibo.persistence.jdbc.internal.Sql;

/**
 * Optimistic versions, the same for every aggregate: a version row per aggregate holds the number of
 * its facts. Claiming moves each touched aggregate from its expected version to the expected
 * version plus the facts appended ({@code UPDATE ... WHERE id = ? AND version = ?}; no row changed
 * means someone else appended first); an aggregate new to the store gets its row at version 0
 * first, and a duplicate key on that row means someone else created it first. Existing rows are
 * claimed in identity order so that two appends touching the same aggregates cannot deadlock; new
 * rows are created in the order their first fact comes, which is the order the store lists them.
 * Stateless.
 */
final class Versions {
    private Versions() {}

    /**
     * Claims every aggregate of {@code expected} within the caller's transaction.
     *
     * @param appended how many facts the append adds to an aggregate
     * @param firstFactOrder the aggregates that get facts, in the order of their first fact
     * @throws Database.Conflict when a version is not the one expected
     */
    static <K> void claim(
            Connection connection,
            Map<K, Long> expected,
            ToIntFunction<K> appended,
            Function<K, UUID> raw,
            Collection<K> firstFactOrder,
            Sql select,
            Sql insert,
            Sql update)
            throws SQLException {
        List<K> existing = new ArrayList<>();
        for (Map.Entry<K, Long> e : expected.entrySet()) {
            if (e.getValue() != 0) {
                existing.add(e.getKey());
            } else if (appended.applyAsInt(e.getKey()) == 0
                    && current(connection, select, raw.apply(e.getKey())).isPresent()) {
                throw new Database.Conflict(raw.apply(e.getKey()), 0);
            }
        }
        existing.sort(Comparator.comparing(raw));
        for (K key : existing) {
            long from = expected.getOrDefault(key, 0L);
            UUID id = raw.apply(key);
            if (update.update(connection, from + appended.applyAsInt(key), id, from) != 1) {
                throw new Database.Conflict(id, from);
            }
        }
        for (K key : firstFactOrder) {
            if (expected.getOrDefault(key, 0L) != 0) {
                continue;
            }
            UUID id = raw.apply(key);
            if (current(connection, select, id).isPresent()) {
                throw new Database.Conflict(id, 0);
            }
            insert.update(connection, id); // a duplicate key here: another append created it meanwhile
            if (update.update(connection, (long) appended.applyAsInt(key), id, 0L) != 1) {
                throw new Database.Conflict(id, 0);
            }
        }
    }

    /**
     * The exception for an append that lost a race: it names the aggregate whose version did not
     * match (the first one expected, when the database only reported a race), the version expected
     * and the one stored now, read with {@code select}.
     *
     * @param noun what the aggregates are, e.g. {@code "member"}
     */
    static <K> ConcurrentUpdateException lost(
            Database database,
            Database.Conflict conflict,
            Map<K, Long> expected,
            Function<K, UUID> raw,
            Sql select,
            String noun) {
        Map<UUID, Long> byId = new LinkedHashMap<>();
        expected.forEach((k, v) -> byId.put(raw.apply(k), v));
        UUID id = conflict.aggregate().orElseGet(() -> byId.keySet().iterator().next());
        long wanted = conflict.aggregate().isPresent() ? conflict.expected() : byId.getOrDefault(id, 0L);
        long actual = database.read(
                        "Reading the version of " + noun + " " + id, connection -> current(connection, select, id))
                .orElse(0L);
        return new ConcurrentUpdateException(noun + " " + id, wanted, actual);
    }

    /** The stored version of aggregate {@code id}, read with {@code select}; empty if it is not stored. */
    static Optional<Long> current(Connection connection, Sql select, UUID id) throws SQLException {
        try (PreparedStatement statement = select.prepareWith(connection, id);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
        }
    }
}
