package app.microlead.sync;

import app.microlead.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The sync tables of the journal (V8__sync.sql, V9__sync_people.sql): settings, what is known of every value, the outbox. */
final class SyncStore {

    /** A file's plaintext waiting to be written to the folder. */
    record Outgoing(long seq, String kind, byte[] payload) {
    }

    private final Database db;

    SyncStore(Database db) {
        this.db = db;
    }

    Database database() {
        return db;
    }

    Optional<String> meta(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM sync_meta WHERE meta_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    void putMeta(String key, String value) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO sync_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }

    /** The rest of every settings key that starts with {@code prefix}. */
    List<String> metaKeys(String prefix) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT meta_key FROM sync_meta WHERE meta_key LIKE ? ORDER BY meta_key")) {
                ps.setString(1, prefix.replace("%", "") + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1).substring(prefix.length()));
                    }
                }
            }
            return out;
        });
    }

    void removeMeta(String key) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_meta WHERE meta_key = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate();
            }
        });
    }

    /** The hash of every value known, compactly (the comparison that starts a round). */
    KnownHashes hashes() {
        return db.read(c -> {
            KnownHashes.Builder b = new KnownHashes.Builder();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT rkey, hash FROM sync_record")) {
                while (rs.next()) {
                    b.add(rs.getString(1), rs.getString(2));
                }
            }
            return b.build();
        });
    }

    /** The hashes of the values known under {@code scope}, as {@link #hashes()} holds them for the whole journal. */
    KnownHashes hashes(Scope scope) {
        if (scope.whole("")) {
            return hashes();
        }
        return db.read(c -> {
            KnownHashes.Builder b = new KnownHashes.Builder();
            try (PreparedStatement ps = c.prepareStatement("SELECT rkey, hash FROM sync_record WHERE rkey >= ? AND rkey <= ?")) {
                for (String p : scope.prefixes()) {
                    ps.setString(1, p);
                    ps.setString(2, p + "\uffff");
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            b.add(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
            return b.build();
        });
    }

    /** How many values are known. */
    int count() {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM sync_record")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /**
     * The records of a kind known to be there: {@code recordsWithValue("h/", "/name")} gives the key of
     * every habit whose name is known and not removed.
     */
    Set<String> recordsWithValue(String kind, String field) {
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT rkey FROM sync_record WHERE rkey >= ? AND rkey <= ? AND rkey LIKE ? AND hash <> ?")) {
                ps.setString(1, kind);
                ps.setString(2, kind + "\uffff");
                ps.setString(3, kind.replace("%", "") + "%" + field);
                ps.setString(4, Unit.ABSENT);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String k = rs.getString(1);
                        out.add(k.substring(kind.length(), k.length() - field.length()));
                    }
                }
            }
            return out;
        });
    }

    /** Reads the known values of {@code keys} into {@code units}, leaving those already there as they are. */
    void load(Map<String, Unit> units, Collection<String> keys) {
        List<String> wanted = keys.stream().filter(k -> !units.containsKey(k)).distinct().toList();
        db.read(c -> {
            for (int from = 0; from < wanted.size(); from += 500) {
                List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + 500));
                try (PreparedStatement ps = c.prepareStatement("SELECT rkey, hash, versions FROM sync_record WHERE rkey IN ("
                        + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    putAbsent(units, ps);
                }
            }
            return null;
        });
    }

    /** Reads the known values whose keys lie from {@code first} to {@code last} (both included) into {@code units}. */
    void load(Map<String, Unit> units, String first, String last) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT rkey, hash, versions FROM sync_record WHERE rkey >= ? AND rkey <= ?")) {
                ps.setString(1, first);
                ps.setString(2, last);
                putAbsent(units, ps);
            }
            return null;
        });
    }

    /** Reads every known value into {@code units}, leaving those already there as they are. */
    void loadAll(Map<String, Unit> units) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT rkey, hash, versions FROM sync_record")) {
                putAbsent(units, ps);
            }
            return null;
        });
    }

    private static void putAbsent(Map<String, Unit> units, PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(1);
                if (!units.containsKey(key)) {
                    units.put(key, Unit.stored(rs.getString(2), rs.getString(3)));
                }
            }
        }
    }

    void putUnits(Map<String, Unit> changed) {
        if (changed.isEmpty()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO sync_record (rkey, hash, versions) KEY (rkey) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, Unit> e : changed.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue().hash());
                    ps.setString(3, Unit.toJson(e.getValue().versions()).toString());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The tables that hold the stable key of a row whose local id differs from computer to computer. */
    enum Keys {
        HABIT("sync_habit_key", "habit_id"),
        PERSON("sync_person_key", "person_id"),
        MEETING("sync_meeting_key", "meeting_id"),
        PROMISE("sync_promise_key", "promise_id");

        private final String table;
        private final String idColumn;

        Keys(String table, String idColumn) {
            this.table = table;
            this.idColumn = idColumn;
        }
    }

    /** The stable key of every row of a kind that has one, by local id. */
    Map<Long, String> keys(Keys kind) {
        return db.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT " + kind.idColumn + ", skey FROM " + kind.table)) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    void putKey(Keys kind, long id, String key) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO " + kind.table + " (" + kind.idColumn + ", skey) KEY (" + kind.idColumn + ") VALUES (?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, key);
                return ps.executeUpdate();
            }
        });
    }


    /** The files merged already, as "device/kind/seq". */
    Set<String> applied() {
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT device, kind, seq FROM sync_applied")) {
                while (rs.next()) {
                    out.add(appliedKey(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return out;
        });
    }

    static String appliedKey(String device, String kind, long seq) {
        return device + "/" + kind + "/" + seq;
    }

    void markApplied(String device, String kind, long seq) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO sync_applied (device, kind, seq) KEY (device, kind, seq) VALUES (?, ?, ?)")) {
                ps.setString(1, device);
                ps.setString(2, kind);
                ps.setLong(3, seq);
                return ps.executeUpdate();
            }
        });
    }

    List<Outgoing> outbox() {
        return db.read(c -> {
            List<Outgoing> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT seq, kind, payload FROM sync_outbox ORDER BY seq")) {
                while (rs.next()) {
                    out.add(new Outgoing(rs.getLong(1), rs.getString(2), rs.getBytes(3)));
                }
            }
            return out;
        });
    }

    void addOutbox(Outgoing o) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_outbox (seq, kind, payload) VALUES (?, ?, ?)")) {
                ps.setLong(1, o.seq());
                ps.setString(2, o.kind());
                ps.setBytes(3, o.payload());
                return ps.executeUpdate();
            }
        });
    }

    /** Empties the outbox (a journal that now writes under another device id: its snapshot holds all of it). */
    void clearOutbox() {
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("DELETE FROM sync_outbox");
            }
        });
    }

    void removeOutbox(long seq) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_outbox WHERE seq = ?")) {
                ps.setLong(1, seq);
                return ps.executeUpdate();
            }
        });
    }
}
