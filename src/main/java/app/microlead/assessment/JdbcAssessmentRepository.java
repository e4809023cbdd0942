package app.microlead.assessment;

import app.microlead.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link AssessmentRepository} on H2 (tables {@code assessment_session}, {@code assessment_answer}). */
public final class JdbcAssessmentRepository implements AssessmentRepository {

    private static final String COLUMNS =
            "id, started_at, finished_at, bank_id, bank_version, position, plan_habit_id, plan_text";

    private final Database db;
    private final Clock clock;

    public JdbcAssessmentRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Override
    public Session start(String bankId, String bankVersion) {
        long id = db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO assessment_session (started_at, bank_id, bank_version)"
                    + " VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setObject(1, now());
                ps.setString(2, bankId);
                ps.setString(3, bankVersion);
                ps.executeUpdate();
                try (ResultSet k = ps.getGeneratedKeys()) {
                    k.next();
                    return k.getLong(1);
                }
            }
        });
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Session> unfinished() {
        List<Session> s = query("WHERE finished_at IS NULL ORDER BY id DESC");
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    @Override
    public List<Session> finished() {
        return query("WHERE finished_at IS NOT NULL ORDER BY finished_at, id");
    }

    @Override
    public List<Session> all() {
        return query("ORDER BY started_at, id");
    }

    @Override
    public void remove(long sessionId) {
        update("DELETE FROM assessment_session WHERE id = ?", sessionId);
    }

    @Override
    public Optional<Session> find(long id) {
        List<Session> s = query("WHERE id = " + id);
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    /** One row of {@code assessment_session}, read before its answers (columns as in {@code COLUMNS}). */
    private record SessionRow(long id, Instant startedAt, Instant finishedAt, String bankId,
                              String bankVersion, int position, Long planHabitId, String planText) {
    }

    private List<Session> query(String where) {
        return db.read(c -> {
            List<SessionRow> rows = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT " + COLUMNS + " FROM assessment_session " + where)) {
                while (rs.next()) {
                    OffsetDateTime fin = rs.getObject(3, OffsetDateTime.class);
                    rows.add(new SessionRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            fin == null ? null : fin.toInstant(), rs.getString(4), rs.getString(5), rs.getInt(6),
                            rs.getObject(7) == null ? null : rs.getLong(7), rs.getString(8)));
                }
            }
            List<Session> out = new ArrayList<>();
            for (SessionRow r : rows) {
                out.add(new Session(r.id(), r.startedAt(), r.finishedAt(), r.bankId(), r.bankVersion(), r.position(),
                        answers(c, r.id()), r.planHabitId(), r.planText()));
            }
            return out;
        });
    }

    private static Answers answers(Connection c, long sessionId) throws SQLException {
        Map<String, Integer> likert = new HashMap<>();
        Map<String, String> options = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT question_id, likert_value, option_id FROM assessment_answer WHERE session_id = ?")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object v = rs.getObject(2);
                    if (v != null) {
                        likert.put(rs.getString(1), ((Number) v).intValue());
                    }
                    if (rs.getString(3) != null) {
                        options.put(rs.getString(1), rs.getString(3));
                    }
                }
            }
        }
        return new Answers(likert, options);
    }

    @Override
    public void answer(long sessionId, String questionId, Integer likert, String optionId) {
        db.write(c -> {
            if (likert == null && optionId == null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM assessment_answer WHERE session_id = ? AND question_id = ?")) {
                    ps.setLong(1, sessionId);
                    ps.setString(2, questionId);
                    return ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO assessment_answer (session_id, question_id,"
                    + " likert_value, option_id) KEY (session_id, question_id) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, sessionId);
                ps.setString(2, questionId);
                ps.setObject(3, likert);
                ps.setString(4, optionId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void setPosition(long sessionId, int position) {
        update("UPDATE assessment_session SET position = ? WHERE id = ?", position, sessionId);
    }

    @Override
    public Session finish(long sessionId) {
        update("UPDATE assessment_session SET finished_at = ? WHERE id = ?", now(), sessionId);
        return find(sessionId).orElseThrow();
    }

    @Override
    public void discard(long sessionId) {
        update("DELETE FROM assessment_session WHERE id = ? AND finished_at IS NULL", sessionId);
    }

    @Override
    public Session restore(Session s, boolean keepId) {
        long id = db.write(c -> {
            String cols = "started_at, finished_at, bank_id, bank_version, position, plan_habit_id, plan_text";
            String sql = keepId ? "INSERT INTO assessment_session (id, " + cols + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    : "INSERT INTO assessment_session (" + cols + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                int i = 1;
                if (keepId) {
                    ps.setLong(i++, s.id());
                }
                ps.setObject(i++, OffsetDateTime.ofInstant(s.startedAt(), ZoneOffset.UTC));
                ps.setObject(i++, s.finishedAt() == null ? null : OffsetDateTime.ofInstant(s.finishedAt(), ZoneOffset.UTC));
                ps.setString(i++, s.bankId());
                ps.setString(i++, s.bankVersion());
                ps.setInt(i++, s.position());
                ps.setObject(i++, s.planHabitId());
                ps.setString(i, s.planText() == null ? "" : s.planText());
                ps.executeUpdate();
                if (keepId) {
                    return s.id();
                }
                try (ResultSet k = ps.getGeneratedKeys()) {
                    k.next();
                    return k.getLong(1);
                }
            }
        });
        s.answers().likert().forEach((q, v) -> answer(id, q, v, null));
        s.answers().scenarios().forEach((q, o) -> answer(id, q, null, o));
        return find(id).orElseThrow();
    }

    @Override
    public void setPlan(long sessionId, Long habitId, String planText) {
        update("UPDATE assessment_session SET plan_habit_id = ?, plan_text = ? WHERE id = ?", habitId,
                planText == null ? "" : planText, sessionId);
    }

    private void update(String sql, Object... params) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return ps.executeUpdate();
            }
        });
    }
}
