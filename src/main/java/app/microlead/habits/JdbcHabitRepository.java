package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.DateSpans;
import app.microlead.common.Pillar;
import app.microlead.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** {@link HabitRepository} on H2 (tables {@code habit}, {@code check_in}). */
public final class JdbcHabitRepository implements HabitRepository {

    private static final String COLUMNS =
            "id, catalogue_id, name, description, pillar, schedule, sort_order, archived, start_date, if_then_plan";

    private final Database db;

    public JdbcHabitRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Habit> habits(boolean includeArchived) {
        return db.read(c -> {
            List<Habit> out = new ArrayList<>();
            String sql = "SELECT " + COLUMNS + " FROM habit" + (includeArchived ? "" : " WHERE NOT archived")
                    + " ORDER BY sort_order, id";
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        });
    }

    private static Habit map(ResultSet rs) throws SQLException {
        String pillar = rs.getString("pillar");
        return CatalogueNames.inAppLanguage(new Habit(rs.getLong("id"), rs.getString("catalogue_id"), rs.getString("name"),
                rs.getString("description"), pillar == null ? null : Pillar.valueOf(pillar),
                Schedule.parse(rs.getString("schedule")), rs.getInt("sort_order"), rs.getBoolean("archived"),
                rs.getObject("start_date", LocalDate.class), rs.getString("if_then_plan")));
    }

    @Override
    public Habit add(Habit habit) {
        return db.write(c -> {
            int order;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(sort_order), -1) + 1 FROM habit")) {
                rs.next();
                order = rs.getInt(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO habit (catalogue_id, name, description, pillar,"
                    + " schedule, sort_order, archived, start_date, if_then_plan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, habit.withSortOrder(order), 1);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return habit.withSortOrder(order).withId(keys.getLong(1));
                }
            }
        });
    }

    private static int bind(PreparedStatement ps, Habit h, int i) throws SQLException {
        ps.setString(i++, h.catalogueId());
        ps.setString(i++, h.name());
        ps.setString(i++, h.description());
        ps.setString(i++, h.pillar() == null ? null : h.pillar().name());
        ps.setString(i++, h.schedule().format());
        ps.setInt(i++, h.sortOrder());
        ps.setBoolean(i++, h.archived());
        ps.setObject(i++, h.startDate());
        ps.setString(i++, h.ifThenPlan());
        return i;
    }

    @Override
    public void update(Habit habit) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE habit SET catalogue_id = ?, name = ?, description = ?,"
                    + " pillar = ?, schedule = ?, sort_order = ?, archived = ?, start_date = ?, if_then_plan = ?"
                    + " WHERE id = ?")) {
                int i = bind(ps, habit, 1);
                ps.setLong(i, habit.id());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void reorder(List<Long> idsInOrder) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE habit SET sort_order = ? WHERE id = ?")) {
                for (int i = 0; i < idsInOrder.size(); i++) {
                    ps.setInt(1, i);
                    ps.setLong(2, idsInOrder.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Removed delete(long habitId) {
        return db.write(c -> {
            Habit habit = habit(c, habitId);
            List<CheckIn> checkIns = new ArrayList<>(readCheckIns(c, habitId).values());
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM habit WHERE id = ?")) {
                ps.setLong(1, habitId);
                ps.executeUpdate();
            }
            return new Removed(habit, checkIns);
        });
    }

    /** The habit with this id; one that is not there is refused with "That habit no longer exists". */
    private static Habit habit(Connection c, long habitId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM habit WHERE id = ?")) {
            ps.setLong(1, habitId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException(t("habits.error.gone"));
                }
                return map(rs);
            }
        }
    }

    @Override
    public void restore(Removed removed) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO habit (id, catalogue_id, name, description, pillar,"
                    + " schedule, sort_order, archived, start_date, if_then_plan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, removed.habit().id());
                bind(ps, removed.habit(), 2);
                ps.executeUpdate();
            }
            for (CheckIn ci : removed.checkIns()) {
                upsert(c, ci);
            }
            return null;
        });
    }

    @Override
    public Map<Long, Map<LocalDate, CheckIn>> allCheckIns() {
        return db.read(c -> {
            Map<Long, Map<LocalDate, CheckIn>> out = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT habit_id, check_date, state, note FROM check_in ORDER BY habit_id, check_date")) {
                while (rs.next()) {
                    CheckIn ci = mapCheckIn(rs);
                    out.computeIfAbsent(ci.habitId(), k -> new TreeMap<>()).put(ci.date(), ci);
                }
            }
            return out;
        });
    }

    @Override
    public List<CheckIn> checkInsWithNotes() {
        return checkInsWithNotes(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    }

    @Override
    public List<CheckIn> checkInsWithNotes(LocalDate from, LocalDate to) {
        return db.read(c -> {
            List<CheckIn> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT habit_id, check_date, state, note FROM check_in"
                    + " WHERE note <> '' AND check_date BETWEEN ? AND ? ORDER BY habit_id, check_date")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(mapCheckIn(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void doneWithNotesNewestFirst(Predicate<CheckIn> more) {
        // spans of days that double, newest first, through the index by date: a caller that stops early
        // reads a few weeks of check-ins, not twenty years of them sorted
        LocalDate[] range = db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT MIN(check_date), MAX(check_date) FROM check_in")) {
                rs.next();
                return new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)};
            }
        });
        if (range[0] == null) {
            return;
        }
        DateSpans.newestFirst(range[0], range[1], (from, to) -> db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT habit_id, check_date, state, note FROM check_in"
                    + " WHERE check_date BETWEEN ? AND ? AND note <> '' AND state = 'DONE'"
                    + " ORDER BY check_date DESC, habit_id")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!more.test(mapCheckIn(rs))) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }));
    }

    @Override
    public Map<Long, CheckInLog> checkInLogs() {
        return db.read(c -> {
            Map<Long, CheckInLog.Builder> logs = new HashMap<>();
            // epoch days, a flag and only the notes that are there: no LocalDate or CheckIn per row; the table in
            // its stored order (no ORDER BY: sorting through the key's index fetched each row by its row id, a
            // third slower on the 20-year journal); each habit's log sorts its days once built
            try (ResultSet rs = c.createStatement().executeQuery("SELECT habit_id,"
                    + " DATEDIFF(DAY, DATE '1970-01-01', check_date), state = 'DONE', NULLIF(note, '')"
                    + " FROM check_in")) {
                long habit = 0;
                CheckInLog.Builder log = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (log == null || id != habit) {
                        habit = id;
                        log = logs.computeIfAbsent(id, k -> new CheckInLog.Builder());
                    }
                    log.add(rs.getLong(2), rs.getBoolean(3) ? CheckIn.State.DONE : CheckIn.State.SKIPPED,
                            rs.getString(4));
                }
            }
            Map<Long, CheckInLog> out = new HashMap<>();
            logs.forEach((id, log) -> out.put(id, log.build()));
            return out;
        });
    }

    @Override
    public long version() {
        return db.writeCount();
    }

    @Override
    public Map<LocalDate, CheckIn> checkIns(long habitId) {
        return db.read(c -> readCheckIns(c, habitId));
    }

    private static Map<LocalDate, CheckIn> readCheckIns(Connection c, long habitId) throws SQLException {
        Map<LocalDate, CheckIn> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT habit_id, check_date, state, note FROM check_in WHERE habit_id = ? ORDER BY check_date")) {
            ps.setLong(1, habitId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CheckIn ci = mapCheckIn(rs);
                    out.put(ci.date(), ci);
                }
            }
        }
        return out;
    }

    private static CheckIn mapCheckIn(ResultSet rs) throws SQLException {
        return new CheckIn(rs.getLong(1), rs.getObject(2, LocalDate.class), CheckIn.State.valueOf(rs.getString(3)),
                rs.getString(4));
    }

    @Override
    public void setCheckIn(CheckIn checkIn) {
        db.write(c -> {
            // read in the write's transaction: the start the mark is checked against is the one that counts as
            // stored (the habit's, or its first check-in's when sync brought one before it)
            habit(c, checkIn.habitId()).startingBy(firstCheckIn(c, checkIn.habitId())).checkMarkable(checkIn.date());
            upsert(c, checkIn);
            return null;
        });
    }

    /** The habit's earliest check-in, or null when it has none. */
    private static LocalDate firstCheckIn(Connection c, long habitId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(check_date) FROM check_in WHERE habit_id = ?")) {
            ps.setLong(1, habitId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDate.class);
            }
        }
    }

    @Override
    public void copyCheckIn(CheckIn checkIn) {
        db.write(c -> {
            upsert(c, checkIn);
            return null;
        });
    }

    private static void upsert(Connection c, CheckIn ci) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO check_in (habit_id, check_date, state, note)"
                + " KEY (habit_id, check_date) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, ci.habitId());
            ps.setObject(2, ci.date());
            ps.setString(3, ci.state().name());
            ps.setString(4, ci.note());
            ps.executeUpdate();
        }
    }

    @Override
    public void clearCheckIn(long habitId, LocalDate date) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM check_in WHERE habit_id = ? AND check_date = ?")) {
                ps.setLong(1, habitId);
                ps.setObject(2, date);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public boolean flag(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM app_meta WHERE meta_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public void setFlag(String key) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO app_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, 'true')")) {
                ps.setString(1, key);
                return ps.executeUpdate();
            }
        });
    }
}
