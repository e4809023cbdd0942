package app.microlead.people;

import app.microlead.common.DateSpans;
import app.microlead.habits.CheckIn;
import app.microlead.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** {@link PeopleRepository} on H2 (tables of migration V7). */
public final class JdbcPeopleRepository implements PeopleRepository {

    private static final String PERSON = "SELECT id, name, role, team, start_date, hopes, cadence, archived, added_on,"
            + " nudges_off, snoozed_until FROM person ";
    private static final String MEETING = "SELECT id, person_id, meeting_date, talking_points, notes, follow_ups"
            + " FROM one_on_one ";
    private static final String PROMISE = "SELECT id, person_id, promise_text, made_on, due_date, state, closed_on"
            + " FROM promise ";

    private final Database db;

    public JdbcPeopleRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Person> people(boolean includeArchived) {
        List<Person> all = Sql.query(db, PERSON + (includeArchived ? "" : "WHERE NOT archived"),
                JdbcPeopleRepository::person);
        all.sort(Comparator.comparing((Person p) -> Mentions.fold(p.name())).thenComparingLong(Person::id));
        return all;
    }

    @Override
    public Optional<Person> find(long id) {
        return Sql.query(db, PERSON + "WHERE id = ?", JdbcPeopleRepository::person, id).stream().findFirst();
    }

    @Override
    public Person add(Person p) {
        return db.write(c -> insertPerson(c, p, false));
    }

    private static Person insertPerson(Connection c, Person p, boolean keepId) throws SQLException {
        long id = Sql.insert(c, "person", "name, role, team, start_date, hopes, cadence, archived, added_on, nudges_off,"
                + " snoozed_until", keepId ? p.id() : 0, p.name(), p.role(), p.team(), p.startDate(), p.hopes(),
                p.cadence().name(), p.archived(), p.addedOn(), p.nudgesOff(), p.snoozedUntil());
        return new Person(id, p.name(), p.role(), p.team(), p.startDate(), p.hopes(), p.cadence(), p.archived(),
                p.addedOn(), p.nudgesOff(), p.snoozedUntil());
    }

    @Override
    public void update(Person p) {
        db.write(c -> {
            String old = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM person WHERE id = ?")) {
                ps.setLong(1, p.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        old = rs.getString(1);
                    }
                }
            }
            if (old == null) {
                throw new IllegalStateException("no person with id " + p.id());
            }
            if (!Mentions.fold(old).equals(Mentions.fold(p.name()))) {
                Sql.update(c, "MERGE INTO person_alias (person_id, alias) KEY (person_id, alias) VALUES (?, ?)",
                        p.id(), old);
            }
            String now = Mentions.fold(p.name());
            for (String alias : Sql.query(c, "SELECT alias FROM person_alias WHERE person_id = ?", rs -> rs.getString(1),
                    p.id())) {
                if (Mentions.fold(alias).equals(now)) {
                    Sql.update(c, "DELETE FROM person_alias WHERE person_id = ? AND alias = ?", p.id(), alias);
                }
            }
            Sql.update(c, "UPDATE person SET name = ?, role = ?, team = ?, start_date = ?, hopes = ?, cadence = ?,"
                    + " archived = ?, added_on = ?, nudges_off = ?, snoozed_until = ? WHERE id = ?", p.name(), p.role(),
                    p.team(), p.startDate(), p.hopes(), p.cadence().name(), p.archived(), p.addedOn(), p.nudgesOff(),
                    p.snoozedUntil(), p.id());
            return null;
        });
    }

    @Override
    public Map<Long, List<String>> aliases() {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        Sql.query(db, "SELECT person_id, alias FROM person_alias ORDER BY person_id, alias",
                rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return out;
    }

    @Override
    public void addFormerNames(long personId, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        db.write(c -> {
            for (String name : names) {
                Sql.update(c, "MERGE INTO person_alias (person_id, alias) KEY (person_id, alias) VALUES (?, ?)",
                        personId, name);
            }
            return null;
        });
    }

    @Override
    public void replaceAliases(long personId, List<String> aliases) {
        db.write(c -> {
            String name = Sql.query(c, "SELECT name FROM person WHERE id = ?", rs -> rs.getString(1), personId).stream()
                    .findFirst().orElseThrow(() -> new IllegalStateException("no person with id " + personId));
            Sql.update(c, "DELETE FROM person_alias WHERE person_id = ?", personId);
            Set<String> seen = new HashSet<>();
            seen.add(Mentions.fold(name));
            for (String alias : aliases) {
                String a = alias == null ? "" : alias.strip();
                if (!a.isEmpty() && a.length() <= Person.MAX_NAME && seen.add(Mentions.fold(a))) {
                    Sql.update(c, "INSERT INTO person_alias (person_id, alias) VALUES (?, ?)", personId, a);
                }
            }
            return null;
        });
    }

    @Override
    public Removed delete(long personId) {
        return db.write(c -> {
            Person p = Sql.query(c, PERSON + "WHERE id = ?", JdbcPeopleRepository::person, personId).stream()
                    .findFirst().orElseThrow(() -> new IllegalStateException("no person with id " + personId));
            Removed r = new Removed(p,
                    Sql.query(c, "SELECT alias FROM person_alias WHERE person_id = ?", rs -> rs.getString(1), personId),
                    Sql.query(c, MEETING + "WHERE person_id = ?", JdbcPeopleRepository::meeting, personId),
                    Sql.query(c, PROMISE + "WHERE person_id = ?", JdbcPeopleRepository::promise, personId),
                    Sql.query(c, "SELECT habit_id, check_date, person_id FROM check_in_person WHERE person_id = ?",
                            JdbcPeopleRepository::checkInPerson, personId));
            Sql.update(c, "DELETE FROM person WHERE id = ?", personId);
            return r;
        });
    }

    @Override
    public void restore(Removed r) {
        db.write(c -> {
            insertPerson(c, r.person(), true);
            for (String a : r.aliases()) {
                Sql.update(c, "INSERT INTO person_alias (person_id, alias) VALUES (?, ?)", r.person().id(), a);
            }
            for (OneOnOne m : r.oneOnOnes()) {
                insertMeeting(c, m, true);
            }
            for (Promise p : r.promises()) {
                insertPromise(c, p, true);
            }
            for (CheckInPerson cp : r.checkIns()) {
                // The check-in itself may have been cleared meanwhile; then its link stays gone.
                Sql.update(c, "INSERT INTO check_in_person (habit_id, check_date, person_id) SELECT habit_id,"
                        + " check_date, ? FROM check_in WHERE habit_id = ? AND check_date = ?", cp.personId(),
                        cp.habitId(), cp.date());
            }
            return null;
        });
    }

    @Override
    public List<OneOnOne> oneOnOnes(long personId) {
        return Sql.query(db, MEETING + "WHERE person_id = ? ORDER BY meeting_date DESC, id DESC",
                JdbcPeopleRepository::meeting, personId);
    }

    @Override
    public List<OneOnOne> allOneOnOnes() {
        return Sql.query(db, MEETING + "ORDER BY meeting_date DESC, id DESC", JdbcPeopleRepository::meeting);
    }

    @Override
    public OneOnOne saveOneOnOne(OneOnOne m) {
        return db.write(c -> {
            if (m.id() == 0) {
                return insertMeeting(c, m, false);
            }
            Sql.update(c, "UPDATE one_on_one SET person_id = ?, meeting_date = ?, talking_points = ?, notes = ?,"
                    + " follow_ups = ? WHERE id = ?", m.personId(), m.date(), m.talkingPoints(), m.notes(), m.followUps(),
                    m.id());
            return m;
        });
    }

    private static OneOnOne insertMeeting(Connection c, OneOnOne m, boolean keepId) throws SQLException {
        long id = Sql.insert(c, "one_on_one", "person_id, meeting_date, talking_points, notes, follow_ups",
                keepId ? m.id() : 0, m.personId(), m.date(), m.talkingPoints(), m.notes(), m.followUps());
        return new OneOnOne(id, m.personId(), m.date(), m.talkingPoints(), m.notes(), m.followUps());
    }

    @Override
    public void deleteOneOnOne(long id) {
        db.write(c -> Sql.update(c, "DELETE FROM one_on_one WHERE id = ?", id));
    }

    @Override
    public List<Promise> promises(long personId) {
        return Sql.query(db, PROMISE + "WHERE person_id = ? ORDER BY made_on DESC, id DESC",
                JdbcPeopleRepository::promise, personId);
    }

    @Override
    public List<Promise> allPromises() {
        return Sql.query(db, PROMISE + "ORDER BY made_on DESC, id DESC", JdbcPeopleRepository::promise);
    }

    @Override
    public List<Promise> openDueBy(LocalDate day) {
        return Sql.query(db, PROMISE + "WHERE state = 'OPEN' AND due_date <= ? ORDER BY due_date, id",
                JdbcPeopleRepository::promise, day);
    }

    @Override
    public Promise savePromise(Promise p) {
        return db.write(c -> {
            if (p.id() == 0) {
                return insertPromise(c, p, false);
            }
            Sql.update(c, "UPDATE promise SET person_id = ?, promise_text = ?, made_on = ?, due_date = ?, state = ?,"
                    + " closed_on = ? WHERE id = ?", p.personId(), p.text(), p.madeOn(), p.due(), p.state().name(),
                    p.closedOn(), p.id());
            return p;
        });
    }

    private static Promise insertPromise(Connection c, Promise p, boolean keepId) throws SQLException {
        long id = Sql.insert(c, "promise", "person_id, promise_text, made_on, due_date, state, closed_on",
                keepId ? p.id() : 0, p.personId(), p.text(), p.madeOn(), p.due(), p.state().name(), p.closedOn());
        return new Promise(id, p.personId(), p.text(), p.madeOn(), p.due(), p.state(), p.closedOn());
    }

    @Override
    public void deletePromise(long id) {
        db.write(c -> Sql.update(c, "DELETE FROM promise WHERE id = ?", id));
    }

    @Override
    public Map<Long, Map<String, String>> drafts() {
        record Field(long personId, String key, String typed) {
        }
        Map<Long, Map<String, String>> out = new HashMap<>();
        for (Field f : Sql.query(db, "SELECT person_id, field_key, typed FROM person_draft",
                rs -> new Field(rs.getLong(1), rs.getString(2), rs.getString(3)))) {
            out.computeIfAbsent(f.personId(), id -> new HashMap<>()).put(f.key(), f.typed());
        }
        return out;
    }

    @Override
    public void saveDrafts(Map<Long, Map<String, String>> drafts) {
        db.write(c -> {
            for (Map.Entry<Long, Map<String, String>> d : drafts.entrySet()) {
                Sql.update(c, "DELETE FROM person_draft WHERE person_id = ?", d.getKey());
                for (Map.Entry<String, String> f : d.getValue().entrySet()) {
                    // a person deleted meanwhile (here or through sync) keeps nothing
                    Sql.update(c, "INSERT INTO person_draft (person_id, field_key, typed) SELECT id, ?, ? FROM person"
                            + " WHERE id = ?", f.getKey(), f.getValue(), d.getKey());
                }
            }
            return null;
        });
    }

    @Override
    public <T> T together(Supplier<T> work) {
        return db.transaction(work);
    }

    @Override
    public Set<Long> checkInPeople(long habitId, LocalDate date) {
        return new HashSet<>(Sql.query(db, "SELECT person_id FROM check_in_person WHERE habit_id = ? AND check_date = ?",
                rs -> rs.getLong(1), habitId, date));
    }

    @Override
    public void setCheckInPeople(long habitId, LocalDate date, Set<Long> personIds) {
        db.write(c -> {
            Sql.update(c, "DELETE FROM check_in_person WHERE habit_id = ? AND check_date = ?", habitId, date);
            for (long id : personIds) {
                // a check-in cleared meanwhile (here or, through sync, on another computer) names no one
                Sql.update(c, "INSERT INTO check_in_person (habit_id, check_date, person_id) SELECT habit_id,"
                        + " check_date, ? FROM check_in WHERE habit_id = ? AND check_date = ?", id, habitId, date);
            }
            return null;
        });
    }

    @Override
    public List<CheckInPerson> allCheckInPeople() {
        return Sql.query(db, "SELECT habit_id, check_date, person_id FROM check_in_person ORDER BY check_date DESC",
                JdbcPeopleRepository::checkInPerson);
    }

    @Override
    public List<PickedCheckIn> pickedCheckIns() {
        return pickedCheckIns(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    }

    @Override
    public List<PickedCheckIn> pickedCheckIns(LocalDate from, LocalDate to) {
        return Sql.query(db, "SELECT p.person_id, c.habit_id, c.check_date, c.state, c.note FROM check_in_person p"
                        + " JOIN check_in c ON c.habit_id = p.habit_id AND c.check_date = p.check_date"
                        + " WHERE p.check_date BETWEEN ? AND ? ORDER BY p.check_date DESC, p.habit_id, p.person_id",
                rs -> new PickedCheckIn(rs.getLong(1), new CheckIn(rs.getLong(2), rs.getObject(3, LocalDate.class),
                        CheckIn.State.valueOf(rs.getString(4)), rs.getString(5))), from, to);
    }

    @Override
    public Map<Long, LocalDate> lastDonePicked(Set<Long> wanted) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        LocalDate[] range = Sql.query(db, "SELECT MIN(check_date), MAX(check_date) FROM check_in",
                rs -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)}).get(0);
        if (range[0] == null) {
            return out;
        }
        // newest first, in spans of days that double, through the check-ins' index by date
        DateSpans.newestFirst(range[0], range[1], (from, to) -> {
            for (Map.Entry<Long, LocalDate> e : Sql.query(db, "SELECT p.person_id, MAX(c.check_date) FROM check_in c"
                            + " JOIN check_in_person p ON p.habit_id = c.habit_id AND p.check_date = c.check_date"
                            + " WHERE c.check_date BETWEEN ? AND ? AND c.state = 'DONE' GROUP BY p.person_id",
                    rs -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)), from, to)) {
                out.putIfAbsent(e.getKey(), e.getValue());
            }
            return !out.keySet().containsAll(wanted);
        });
        return out;
    }

    @Override
    public Optional<ShownNudge> nudgeOn(LocalDate date) {
        return Sql.query(db, "SELECT shown_date, person_id, reason FROM people_nudge WHERE shown_date = ?",
                rs -> new ShownNudge(rs.getObject(1, LocalDate.class), rs.getLong(2),
                        Nudges.Reason.valueOf(rs.getString(3))), date).stream().findFirst();
    }

    @Override
    public void recordNudge(ShownNudge n) {
        db.write(c -> Sql.update(c, "MERGE INTO people_nudge (shown_date, person_id, reason) KEY (shown_date)"
                + " VALUES (?, ?, ?)", n.date(), n.personId(), n.reason().name()));
    }

    private static Person person(ResultSet rs) throws SQLException {
        return new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), Person.Cadence.valueOf(rs.getString(7)),
                rs.getBoolean(8), rs.getObject(9, LocalDate.class), rs.getBoolean(10), rs.getObject(11, LocalDate.class));
    }

    private static OneOnOne meeting(ResultSet rs) throws SQLException {
        return new OneOnOne(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }

    private static Promise promise(ResultSet rs) throws SQLException {
        return new Promise(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), Promise.State.valueOf(rs.getString(6)),
                rs.getObject(7, LocalDate.class));
    }

    private static CheckInPerson checkInPerson(ResultSet rs) throws SQLException {
        return new CheckInPerson(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3));
    }
}
