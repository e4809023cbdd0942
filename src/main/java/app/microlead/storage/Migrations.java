package app.microlead.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether a journal's schema is already the newest, read from Flyway's history table without loading
 * Flyway: at most starts nothing is pending, and Flyway's start-up (class loading, scanning the
 * migrations) is the largest part of opening the journal. Any doubt — no history, a failed or newer
 * migration, an unreadable table — leaves the decision to Flyway.
 */
final class Migrations {

    /**
     * The newest migration in {@code src/main/resources/db/migration}; {@code MigrationsTest} fails when
     * a migration is added without raising it.
     */
    static final int LATEST = 12;

    private Migrations() {
    }

    static boolean isCurrent(DataSource source) {
        try (Connection c = source.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END),"
                     + " MAX(CASE WHEN \"version\" IS NULL THEN NULL ELSE CAST(\"version\" AS INT) END)"
                     + " FROM \"flyway_schema_history\"")) {
            return rs.next() && rs.getInt(1) > 0 && rs.getInt(2) == 0 && rs.getInt(3) == LATEST;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
