package app.microlead.people;

import app.microlead.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small JDBC helpers for the people tables: binding arguments, mapping rows, reading generated keys. */
final class Sql {

    /** Maps the current row of a result. */
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    static <T> List<T> query(Database db, String sql, Row<T> row, Object... args) {
        return db.read(c -> query(c, sql, row, args));
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
        }
        return out;
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    /**
     * Inserts a row into {@code table} ({@code columns} comma-separated) and returns its generated id, or
     * inserts it with {@code id} (restores) and returns that when {@code id} is above 0.
     */
    static long insert(Connection c, String table, String columns, long id, Object... values) throws SQLException {
        int n = values.length + (id > 0 ? 1 : 0);
        String sql = "INSERT INTO " + table + " (" + columns + (id > 0 ? ", id" : "") + ") VALUES ("
                + String.join(", ", Collections.nCopies(n, "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, values);
            if (id > 0) {
                ps.setLong(n, id);
            }
            ps.executeUpdate();
            return id > 0 ? id : key(ps);
        }
    }

    static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
