package app.microlead.journal;

import app.microlead.journal.Entry.PromptAnswer;
import app.microlead.storage.Database;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** {@link JournalRepository} on the H2 database (tables {@code entry}, {@code entry_tag}, {@code prompt_answer}). */
public final class JdbcJournalRepository implements JournalRepository {

    private static final int PREVIEW_CHARS = 200;
    private static final int BATCH = 500;
    private static final String SUMMARY_COLUMNS = "entry_date, mood, energy, word_count, preview";

    private final Database db;
    private final Clock clock;
    /** How often each day was written through this repository (part of its {@link DayStamp}). */
    private final Map<LocalDate, Long> writesOf = new ConcurrentHashMap<>();
    /** This repository's finished writes of days (see {@link #writesBesidesDays()}). */
    private final AtomicLong ownWrites = new AtomicLong();

    public JdbcJournalRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Entry> find(LocalDate date) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT entry_date, body, mood, energy, created_at, updated_at FROM entry WHERE entry_date = ?")) {
                ps.setObject(1, date);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(mapEntry(rs, tagsOf(c, date), answersOf(c, date)));
                }
            }
        });
    }

    @Override
    public Optional<Entry> save(Entry entry) {
        if (entry.isBlank()) {
            delete(entry.date());
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.of(write(c -> {
            Instant created = createdAt(c, entry.date()).orElse(now);
            Entry stored = new Entry(entry.date(), entry.text(), entry.mood(), entry.energy(), entry.tags(),
                    entry.answers(), created, now);
            upsert(c, stored);
            return stored;
        }));
    }

    @Override
    public void restore(Entry entry) {
        Instant now = clock.instant();
        Entry stamped = new Entry(entry.date(), entry.text(), entry.mood(), entry.energy(), entry.tags(),
                entry.answers(), entry.createdAt() == null ? now : entry.createdAt(),
                entry.updatedAt() == null ? now : entry.updatedAt());
        write(c -> {
            upsert(c, stamped);
            return null;
        });
    }

    /**
     * The key in {@code app_meta} of the journal's version: a new random value with every write of a day,
     * so something built from the days (the search index kept on disk) can tell it is still current.
     */
    static final String VERSION_KEY = "journal.version";

    private static void changed(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO app_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
            ps.setString(1, VERSION_KEY);
            ps.setString(2, UUID.randomUUID().toString());
            ps.executeUpdate();
        }
    }

    @Override
    public String version() {
        Optional<String> now = db.read(this::readVersion);
        return now.orElseGet(() -> write(c -> {
            changed(c); // a journal from before versions were kept
            return readVersion(c).orElseThrow();
        }));
    }

    private Optional<String> readVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM app_meta WHERE meta_key = ?")) {
            ps.setString(1, VERSION_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private void upsert(Connection c, Entry e) throws SQLException {
        changed(c);
        writesOf.merge(e.date(), 1L, Long::sum);
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO entry (entry_date, body, mood, energy, word_count, preview, created_at, updated_at)"
                        + " KEY (entry_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, e.date());
            ps.setString(2, e.text());
            ps.setObject(3, e.mood());
            ps.setObject(4, e.energy());
            ps.setInt(5, Texts.wordCount(e.text()));
            ps.setString(6, Texts.preview(e.text(), PREVIEW_CHARS));
            ps.setObject(7, OffsetDateTime.ofInstant(e.createdAt(), ZoneOffset.UTC));
            ps.setObject(8, OffsetDateTime.ofInstant(e.updatedAt(), ZoneOffset.UTC));
            ps.executeUpdate();
        }
        deleteChildren(c, e.date());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entry_tag (entry_date, tag) VALUES (?, ?)")) {
            for (String tag : e.tags()) {
                ps.setObject(1, e.date());
                ps.setString(2, tag);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO prompt_answer (entry_date, position, prompt_id, prompt_text, answer) VALUES (?, ?, ?, ?, ?)")) {
            int pos = 0;
            for (PromptAnswer a : e.answers()) {
                ps.setObject(1, e.date());
                ps.setInt(2, pos++);
                ps.setString(3, a.promptId());
                ps.setString(4, a.promptText());
                ps.setString(5, a.answer());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void deleteChildren(Connection c, LocalDate date) throws SQLException {
        for (String table : List.of("entry_tag", "prompt_answer")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE entry_date = ?")) {
                ps.setObject(1, date);
                ps.executeUpdate();
            }
        }
    }

    @Override
    public Optional<Entry> delete(LocalDate date) {
        return write(c -> {
            Optional<Entry> existing;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT entry_date, body, mood, energy, created_at, updated_at FROM entry WHERE entry_date = ?")) {
                ps.setObject(1, date);
                try (ResultSet rs = ps.executeQuery()) {
                    existing = rs.next() ? Optional.of(mapEntry(rs, tagsOf(c, date), answersOf(c, date)))
                            : Optional.empty();
                }
            }
            if (existing.isPresent()) {
                changed(c);
                writesOf.merge(date, 1L, Long::sum);
                deleteChildren(c, date);
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM entry WHERE entry_date = ?")) {
                    ps.setObject(1, date);
                    ps.executeUpdate();
                }
            }
            return existing;
        });
    }

    @Override
    public List<EntrySummary> summaries() {
        return summaryQuery("SELECT " + SUMMARY_COLUMNS + " FROM entry ORDER BY entry_date DESC");
    }

    @Override
    public List<EntrySummary> month(YearMonth month) {
        return summaryQuery("SELECT " + SUMMARY_COLUMNS + " FROM entry WHERE entry_date BETWEEN ? AND ?"
                + " ORDER BY entry_date", month.atDay(1), month.atEndOfMonth());
    }

    @Override
    public List<EntrySummary> onThisDay(LocalDate date) {
        return summaryQuery("SELECT " + SUMMARY_COLUMNS + " FROM entry WHERE EXTRACT(MONTH FROM entry_date) = ?"
                + " AND EXTRACT(DAY FROM entry_date) = ? AND entry_date < ? ORDER BY entry_date DESC",
                date.getMonthValue(), date.getDayOfMonth(), date.withDayOfYear(1));
    }

    private List<EntrySummary> summaryQuery(String sql, Object... params) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<EntrySummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EntrySummary(rs.getObject(1, LocalDate.class), (Integer) rs.getObject(2),
                                (Integer) rs.getObject(3), rs.getInt(4), rs.getString(5)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<LocalDate> dates() {
        return db.read(c -> {
            List<LocalDate> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT entry_date FROM entry ORDER BY entry_date")) {
                while (rs.next()) {
                    out.add(rs.getObject(1, LocalDate.class));
                }
            }
            return out;
        });
    }

    @Override
    public List<String> tags() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT tag, COUNT(*) n FROM entry_tag GROUP BY tag ORDER BY n DESC, tag")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public void forEachEntry(Consumer<Entry> sink) {
        forEachEntry(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), sink);
    }

    @Override
    public void forEachEntry(LocalDate first, LocalDate last, Consumer<Entry> sink) {
        LocalDate after = first.minusDays(1);
        while (true) {
            LocalDate from = after;
            List<Entry> batch = db.read(c -> readBatch(c, from, last));
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(sink);
            after = batch.get(batch.size() - 1).date();
        }
    }

    /**
     * A day's text in a whole-journal read, as two columns: its UTF-8 bytes, or (only for a day longer
     * than {@link #BYTES_UP_TO_CHARS}) the text itself. Nearly every day's text is a separate LOB in H2,
     * and {@code getString} reads each through a new reader with its own 16 KB and 8 KB buffers: the
     * 20-year journal's 15 MB of text allocated ~245 MB. Cast to bytes in the database it is ~80 MB and
     * a little faster (measured with a few lines of Java on the heavy journal: 79–145 → 47–64 ms warm),
     * so fewer young collections and fewer full ones during People's, the index's and the PDF's reads.
     * VARBINARY holds at most 1,000,000 bytes, hence the limit (4 bytes a character at most).
     */
    static final int BYTES_UP_TO_CHARS = 250_000;

    private static final String BODY_AS_BYTES = "CASE WHEN CHAR_LENGTH(body) <= " + BYTES_UP_TO_CHARS
            + " THEN CAST(body AS VARBINARY) END, CASE WHEN CHAR_LENGTH(body) > " + BYTES_UP_TO_CHARS + " THEN body END";

    /** The text from the two columns of {@link #BODY_AS_BYTES} starting at {@code column}. */
    private static String bodyAsBytes(ResultSet rs, int column) throws SQLException {
        byte[] bytes = rs.getBytes(column);
        return bytes != null ? new String(bytes, StandardCharsets.UTF_8) : rs.getString(column + 1);
    }

    /** One row of {@code entry}, read before its tags and answers. */
    private record EntryRow(LocalDate date, String body, Integer mood, Integer energy, Instant createdAt,
                            Instant updatedAt) {
    }

    private List<Entry> readBatch(Connection c, LocalDate after, LocalDate until) throws SQLException {
        List<EntryRow> rows = new ArrayList<>();
        LocalDate last = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT entry_date, mood, energy, created_at, updated_at, "
                + BODY_AS_BYTES + " FROM entry WHERE entry_date > ? AND entry_date <= ? ORDER BY entry_date LIMIT " + BATCH)) {
            ps.setObject(1, after);
            ps.setObject(2, until);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    last = rs.getObject(1, LocalDate.class);
                    rows.add(new EntryRow(last, bodyAsBytes(rs, 6), rs.getObject(2, Integer.class),
                            rs.getObject(3, Integer.class), rs.getObject(4, OffsetDateTime.class).toInstant(),
                            rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate first = rows.get(0).date();
        Map<LocalDate, List<String>> tags = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT entry_date, tag FROM entry_tag WHERE entry_date BETWEEN ? AND ? ORDER BY tag")) {
            ps.setObject(1, first);
            ps.setObject(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<LocalDate, List<PromptAnswer>> answers = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entry_date, prompt_id, prompt_text, answer"
                + " FROM prompt_answer WHERE entry_date BETWEEN ? AND ? ORDER BY entry_date, position")) {
            ps.setObject(1, first);
            ps.setObject(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    answers.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new ArrayList<>())
                            .add(new PromptAnswer(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        List<Entry> out = new ArrayList<>(rows.size());
        for (EntryRow r : rows) {
            out.add(new Entry(r.date(), r.body(), r.mood(), r.energy(), tags.getOrDefault(r.date(), List.of()),
                    answers.getOrDefault(r.date(), List.of()), r.createdAt(), r.updatedAt()));
        }
        return out;
    }

    @Override
    public int count() {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM entry")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** A write of the journal's tables only, counted as one of its own ({@link #writesBesidesDays()}). */
    private <T> T write(Database.SqlWork<T> work) {
        return db.write(work, ownWrites);
    }

    @Override
    public long writesBesidesDays() {
        return db.writeCountBesides(ownWrites);
    }

    @Override
    public Map<LocalDate, DayStamp> stamps() {
        // the counts first: a day written between the two reads is then read again next time
        Map<LocalDate, Long> writes = new HashMap<>(writesOf);
        return db.read(c -> {
            Map<LocalDate, DayStamp> out = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT entry_date, updated_at, word_count FROM entry")) {
                while (rs.next()) {
                    LocalDate date = rs.getObject(1, LocalDate.class);
                    out.put(date, new DayStamp(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getInt(3),
                            writes.getOrDefault(date, 0L)));
                }
            }
            return out;
        });
    }

    private static Optional<Instant> createdAt(Connection c, LocalDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT created_at FROM entry WHERE entry_date = ?")) {
            ps.setObject(1, date);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, OffsetDateTime.class).toInstant()) : Optional.empty();
            }
        }
    }

    private static Entry mapEntry(ResultSet rs, List<String> tags, List<PromptAnswer> answers) throws SQLException {
        return new Entry(rs.getObject("entry_date", LocalDate.class), rs.getString("body"),
                (Integer) rs.getObject("mood"), (Integer) rs.getObject("energy"), tags, answers,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static List<String> tagsOf(Connection c, LocalDate date) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tag FROM entry_tag WHERE entry_date = ? ORDER BY tag")) {
            ps.setObject(1, date);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<PromptAnswer> answersOf(Connection c, LocalDate date) throws SQLException {
        List<PromptAnswer> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT prompt_id, prompt_text, answer FROM prompt_answer"
                + " WHERE entry_date = ? ORDER BY position")) {
            ps.setObject(1, date);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PromptAnswer(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }
}
