package app.microlead.journal;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import app.microlead.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** {@link PromptRepository} on H2 (tables {@code custom_prompt}, {@code disabled_prompt}, {@code day_prompt}). */
public final class JdbcPromptRepository implements PromptRepository {

    private final Database db;
    private final Clock clock;

    public JdbcPromptRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<CustomPrompt> customPrompts() {
        return db.read(c -> {
            List<CustomPrompt> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT prompt_id, pillar, prompt_text FROM custom_prompt ORDER BY created_at, prompt_id")) {
                while (rs.next()) {
                    String p = rs.getString(2);
                    out.add(new CustomPrompt(rs.getString(1), p == null ? null : Pillar.valueOf(p), rs.getString(3)));
                }
            }
            return out;
        });
    }

    @Override
    public CustomPrompt addCustom(Pillar pillar, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException(t("journal.prompt.empty"));
        }
        if (clean.length() > 500) {
            throw new IllegalArgumentException(t("journal.prompt.too.long", clean.length()));
        }
        CustomPrompt p = new CustomPrompt("user-" + UUID.randomUUID().toString().substring(0, 8), pillar, clean);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO custom_prompt (prompt_id, pillar, prompt_text, created_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, p.id());
                ps.setString(2, pillar == null ? null : pillar.name());
                ps.setString(3, p.text());
                ps.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                return ps.executeUpdate();
            }
        });
        return p;
    }

    @Override
    public void restoreCustom(CustomPrompt p) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO custom_prompt (prompt_id, pillar, prompt_text,"
                    + " created_at) KEY (prompt_id) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, p.id());
                ps.setString(2, p.pillar() == null ? null : p.pillar().name());
                ps.setString(3, p.text());
                ps.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void removeCustom(String id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM custom_prompt WHERE prompt_id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Set<String> disabledIds() {
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT prompt_id FROM disabled_prompt")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public void setDisabled(String promptId, boolean disabled) {
        db.write(c -> {
            String sql = disabled ? "MERGE INTO disabled_prompt (prompt_id) KEY (prompt_id) VALUES (?)"
                    : "DELETE FROM disabled_prompt WHERE prompt_id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, promptId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<String> shownOn(LocalDate date) {
        return shownBetween(date, date).getOrDefault(date, List.of());
    }

    @Override
    public void setShownWithReasons(LocalDate date, List<ShownPrompt> prompts, String language) {
        db.write(c -> {
            setShown(date, prompts.stream().map(ShownPrompt::id).toList());
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE day_prompt SET reason = ?, reason_language = ? WHERE shown_date = ? AND position = ?")) {
                for (int i = 0; i < prompts.size(); i++) {
                    String reason = prompts.get(i).reason() == null ? "" : prompts.get(i).reason();
                    ps.setString(1, reason.length() > 300 ? reason.substring(0, 300) : reason);
                    ps.setString(2, language);
                    ps.setObject(3, date);
                    ps.setInt(4, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Map<String, String> reasonsOn(LocalDate date, String language) {
        return db.read(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT prompt_id, reason, reason_language FROM day_prompt"
                    + " WHERE shown_date = ?")) {
                ps.setObject(1, date);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String reason = rs.getString(2);
                        String written = rs.getString(3).isEmpty() ? OldReasons.languageOf(reason) : rs.getString(3);
                        if (written.isEmpty() || written.equals(language)) {
                            out.put(rs.getString(1), reason);
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void setShown(LocalDate date, List<String> promptIds) {
        db.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM day_prompt WHERE shown_date = ?")) {
                del.setObject(1, date);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO day_prompt (shown_date, position, prompt_id) VALUES (?, ?, ?)")) {
                for (int i = 0; i < promptIds.size(); i++) {
                    ps.setObject(1, date);
                    ps.setInt(2, i);
                    ps.setString(3, promptIds.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Map<LocalDate, List<String>> shownBetween(LocalDate from, LocalDate to) {
        return db.read(c -> {
            Map<LocalDate, List<String>> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT shown_date, prompt_id FROM day_prompt"
                    + " WHERE shown_date BETWEEN ? AND ? ORDER BY shown_date, position")) {
                ps.setObject(1, from);
                ps.setObject(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            return out;
        });
    }
}
