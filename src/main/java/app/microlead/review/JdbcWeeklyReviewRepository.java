package app.microlead.review;

import static app.microlead.common.I18n.t;

import app.microlead.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link WeeklyReviewRepository} on H2 (table {@code weekly_review}). */
public final class JdbcWeeklyReviewRepository implements WeeklyReviewRepository {

    private static final String SELECT = "SELECT week_end, went_well, differently, next_action, commitment,"
            + " created_at, updated_at FROM weekly_review ";

    private final Database db;
    private final Clock clock;

    public JdbcWeeklyReviewRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<WeeklyReview> find(LocalDate weekEnd) {
        List<WeeklyReview> r = query("WHERE week_end = ?", weekEnd);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    @Override
    public List<WeeklyReview> all() {
        return query("ORDER BY week_end DESC");
    }

    @Override
    public List<WeeklyReview> between(LocalDate from, LocalDate to) {
        return query("WHERE week_end BETWEEN ? AND ? ORDER BY week_end", from, to);
    }

    @Override
    public WeeklyReview save(WeeklyReview review) {
        check(review);
        Instant now = clock.instant();
        return db.write(c -> {
            Instant created = now;
            try (PreparedStatement ps = c.prepareStatement("SELECT created_at FROM weekly_review WHERE week_end = ?")) {
                ps.setObject(1, review.weekEnd());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        created = rs.getObject(1, OffsetDateTime.class).toInstant();
                    }
                }
            }
            WeeklyReview stored = new WeeklyReview(review.weekEnd(), review.wentWell(), review.differently(),
                    review.nextAction(), review.commitment(), created, now);
            merge(c, stored);
            return stored;
        });
    }

    @Override
    public void restore(WeeklyReview review) {
        check(review);
        db.write(c -> {
            merge(c, review);
            return null;
        });
    }

    private static void check(WeeklyReview r) {
        if (r.wentWell().length() > WeeklyReview.MAX_TEXT || r.differently().length() > WeeklyReview.MAX_TEXT) {
            throw new IllegalArgumentException(t("review.answer.too.long", WeeklyReview.MAX_TEXT));
        }
        if (r.commitment().length() > WeeklyReview.MAX_COMMITMENT) {
            throw new IllegalArgumentException(t("review.commitment.too.long", WeeklyReview.MAX_COMMITMENT));
        }
        if (r.nextAction().length() > 200) {
            throw new IllegalArgumentException(t("review.action.too.long", 200));
        }
    }

    private static void merge(Connection c, WeeklyReview r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO weekly_review (week_end, went_well, differently,"
                + " next_action, commitment, created_at, updated_at) KEY (week_end) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, r.weekEnd());
            ps.setString(2, r.wentWell());
            ps.setString(3, r.differently());
            ps.setString(4, r.nextAction());
            ps.setString(5, r.commitment());
            ps.setObject(6, OffsetDateTime.ofInstant(r.createdAt(), ZoneOffset.UTC));
            ps.setObject(7, OffsetDateTime.ofInstant(r.updatedAt(), ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private List<WeeklyReview> query(String where, Object... args) {
        return db.read(c -> {
            List<WeeklyReview> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + where)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new WeeklyReview(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                                rs.getObject(7, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return out;
        });
    }
}
