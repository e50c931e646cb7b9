package vn.chibo.benchmarks;

import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * What a database holds in the tables {@link HandRows} writes, for the smoke test to compare a
 * chibo load with its hand-written baseline: every row of every table (without the ordinals the
 * database numbers), as text, sorted.
 */
final class StoredTables {
    private StoredTables() {}

    /** The rows of each table. */
    static ImmutableMap<String, List<String>> of(DataSource data) throws SQLException {
        ImmutableMap.Builder<String, List<String>> out = ImmutableMap.builder();
        try (Connection c = data.getConnection();
                Statement s = c.createStatement()) {
            for (HandRows.Table t : HandRows.Table.values()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT " + t.columns + " FROM " + t.name)) {
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= t.width; i++) {
                            row.append(i > 1 ? " | " : "").append(r.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                Collections.sort(rows);
                out.put(t.name, rows);
            }
        }
        return out.buildOrThrow();
    }
}
