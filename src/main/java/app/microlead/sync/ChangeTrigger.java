package app.microlead.sync;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.h2.api.Trigger;

/**
 * Notes which synced values a written row touches (V10__sync_changes.sql), in the same transaction as the
 * write: an H2 row trigger on every table that holds synced values, so every write path — the editors,
 * import, undo, the command line, a repository added later — is captured without code in it. While sync
 * is not set up ({@code sync_meta 'changes'} absent) it writes nothing. During a round, the round's own
 * writes are collected in memory on its thread instead ({@link #collect}): the round reads them again
 * before it ends.
 */
public final class ChangeTrigger implements Trigger {

    /** The part of the synced keys each table's rows touch; a day or a habit is filled in per row. */
    static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("entry", "e/"), Map.entry("entry_tag", "e/"), Map.entry("prompt_answer", "e/"),
            Map.entry("day_prompt", "ps/"), Map.entry("custom_prompt", "p/"), Map.entry("disabled_prompt", "pd/"),
            Map.entry("habit", "h/"), Map.entry("check_in", "c#"), Map.entry("check_in_person", "cp#"),
            Map.entry("assessment_session", "s/"), Map.entry("assessment_answer", "s/"),
            Map.entry("weekly_review", "w/"), Map.entry("person", "n/"), Map.entry("person_alias", "n/"),
            Map.entry("one_on_one", "o/"), Map.entry("promise", "r/"), Map.entry("app_meta", "f/"));

    private static final ThreadLocal<Set<String>> ROUND = new ThreadLocal<>();

    private String kind;
    private int dayColumn = -1;
    private int habitColumn = -1;
    private int idColumn = -1;

    /** While {@code into} is set, writes on this thread are added to it instead of the change table. */
    static void collect(Set<String> into) {
        if (into == null) {
            ROUND.remove();
        } else {
            ROUND.set(into);
        }
    }

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        String name = table.toLowerCase(Locale.ROOT);
        kind = TABLES.get(name);
        if (kind == null) {
            throw new SQLException("No synced values known for table " + table);
        }
        try (ResultSet rs = c.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                int at = rs.getInt("ORDINAL_POSITION") - 1;
                if (column.equals("entry_date") || column.equals("shown_date") || column.equals("check_date")) {
                    dayColumn = at;
                } else if (column.equals("habit_id")) {
                    habitColumn = at;
                } else if (column.equals("id")) {
                    idColumn = at;
                }
            }
        }
    }

    @Override
    public void fire(Connection c, Object[] old, Object[] now) throws SQLException {
        String was = old == null ? null : what(old);
        String is = now == null ? null : what(now);
        // a habit deleted (before the delete: its key is still there): its check-ins by its key, for the
        // check-ins' own rows name it by a local id that may be gone, or taken by a habit made again
        String gone = now == null && kind.equals("h/") ? habitKey(c, old[idColumn]) : null;
        Set<String> round = ROUND.get();
        if (round != null) {
            add(round, was);
            add(round, is);
            add(round, gone);
            return;
        }
        if (!capturing(c)) {
            return;
        }
        insert(c, was);
        if (is != null && !is.equals(was)) {
            insert(c, is);
        }
        insert(c, gone);
    }

    private static String habitKey(Connection c, Object id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT skey FROM sync_habit_key WHERE habit_id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? "hk/" + rs.getString(1) : null;
            }
        }
    }

    /** Beyond this many, a round's own writes are read again as the whole journal ("" stands for it). */
    private static final int ROUND_LIMIT = 20_000;

    private static void add(Set<String> round, String what) {
        if (what == null || round.contains("")) {
            return;
        }
        if (round.size() >= ROUND_LIMIT) {
            round.clear();
            round.add("");
        } else {
            round.add(what);
        }
    }

    /** {@code e/2026-12-03/}, {@code ps/2026-12-03}, {@code c#17/2026-12-03}, or the kind alone ({@code h/}). */
    private String what(Object[] row) {
        return switch (kind) {
            case "e/" -> "e/" + day(row[dayColumn]) + "/";
            case "ps/" -> "ps/" + day(row[dayColumn]);
            case "c#", "cp#" -> kind + row[habitColumn] + "/" + day(row[dayColumn]);
            default -> kind;
        };
    }

    private static String day(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        return value instanceof LocalDate d ? d.toString() : String.valueOf(value);
    }

    private static boolean capturing(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sync_meta WHERE meta_key = ?")) {
            ps.setString(1, ChangeLog.META);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insert(Connection c, String what) throws SQLException {
        if (what == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_change (what) VALUES (?)")) {
            ps.setString(1, what);
            ps.executeUpdate();
        }
    }
}
