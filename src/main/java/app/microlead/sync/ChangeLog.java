package app.microlead.sync;

import app.microlead.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * What was written here since the last round (table {@code sync_change}, filled by {@link ChangeTrigger};
 * docs/sync.md, "Capturing local changes"), and whether it can be trusted. It can when the round that
 * last read the whole journal wrote the marker {@code sync_meta 'changes'} and the marker still matches
 * the journal: the same schema (a migration since may have rewritten rows with the triggers off or
 * changed them) and every trigger in place. Else — the first round, a journal migrated since, a trigger
 * missing, sync left and set up again — the round reads the whole journal and sets the marker again.
 */
final class ChangeLog {

    private static final Logger LOG = Logger.getLogger(ChangeLog.class.getName());

    /** Meta key: present while the triggers record; its value is the {@link #marker} it was set under. */
    static final String META = "changes";

    /** The rows a round takes: the parts of the keys they touch, and their ids (to remove them at its end). */
    record Pending(Set<String> what, List<long[]> ids, int rows) {
    }

    private final Database db;
    private final SyncStore store;

    ChangeLog(SyncStore store) {
        this.store = store;
        this.db = store.database();
    }

    /** Whether the rows written since the marker was set hold every change made here since. */
    boolean trusted() {
        Optional<String> set = store.meta(META);
        return set.isPresent() && marker().map(set.get()::equals).orElse(false);
    }

    /**
     * Starts (or restarts) recording under the current marker, committed before the round reads the whole
     * journal: a write after it is recorded, so nothing falls between that read and the next round.
     */
    void restart() {
        Optional<String> m = marker();
        if (m.isEmpty()) {
            // a trigger is missing: recording would miss writes, so every round reads the whole journal
            LOG.warning("Sync change triggers missing: every round reads the whole journal");
            store.removeMeta(META);
        } else if (!store.meta(META).equals(m)) {
            store.putMeta(META, m.get());
        }
    }

    /** Stops recording and forgets what was recorded (sync left on this computer). */
    void stop() {
        store.removeMeta(META);
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("DELETE FROM sync_change");
            }
        });
    }

    /** The schema version, when every trigger is in place (else empty). */
    Optional<String> marker() {
        return db.read(c -> {
            try (Statement st = c.createStatement()) {
                String version;
                try (ResultSet rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""
                        + " WHERE \"success\"")) {
                    version = rs.next() ? rs.getString(1) : "?";
                }
                try (ResultSet rs = st.executeQuery("SELECT COUNT(DISTINCT EVENT_OBJECT_TABLE), COUNT(*)"
                        + " FROM INFORMATION_SCHEMA.TRIGGERS WHERE JAVA_CLASS = '" + ChangeTrigger.class.getName() + "'"
                        + " AND ACTION_ORIENTATION = 'ROW' AND EVENT_MANIPULATION IN ('INSERT', 'UPDATE', 'DELETE')")) {
                    // every table, on each of its three events (H2 lists a trigger once per event)
                    int tables = ChangeTrigger.TABLES.size();
                    boolean all = rs.next() && rs.getInt(1) == tables && rs.getInt(2) == 3 * tables;
                    return all ? Optional.of("1 schema " + version) : Optional.<String>empty();
                }
            } catch (SQLException e) {
                return Optional.<String>empty();
            }
        });
    }

    /** The rows recorded so far; with more than {@code keepUpTo} rows only their ids are kept. */
    Pending pending(int keepUpTo) {
        return db.read(c -> {
            Set<String> what = new HashSet<>();
            List<long[]> ids = new ArrayList<>();
            int rows = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, what FROM sync_change ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (!ids.isEmpty() && ids.get(ids.size() - 1)[1] == id - 1) {
                        ids.get(ids.size() - 1)[1] = id;
                    } else {
                        ids.add(new long[] {id, id});
                    }
                    if (++rows <= keepUpTo) {
                        what.add(rs.getString(2));
                    } else {
                        what.clear();
                    }
                }
            }
            return new Pending(what, ids, rows);
        });
    }

    /** Removes the rows a round has taken (in the round's transaction). */
    void consume(Pending p) {
        if (p.ids().isEmpty()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_change WHERE id BETWEEN ? AND ?")) {
                for (long[] range : p.ids()) {
                    ps.setLong(1, range[0]);
                    ps.setLong(2, range[1]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * The prefixes of the synced keys that {@code what} touches, local ids turned into keys: a check-in of
     * a habit deleted since (its local id has no key any more) is covered by the row {@code hk/<key>} the
     * habit's delete logged, which reads all its check-ins. When the habits were written, the check-ins
     * of a habit known here and gone from the journal are read too (a second net for the same), and the
     * self-assessments (whose plan names a habit by key).
     */
    Scope scope(Collection<String> what, RecordReader reader) {
        Set<String> prefixes = new TreeSet<>();
        for (String w : what) {
            if (w.startsWith("hk/")) { // a habit deleted: its check-ins and their people
                prefixes.add("c/" + w.substring(3) + "/");
                prefixes.add("cp/" + w.substring(3) + "/");
                continue;
            }
            int hash = w.indexOf('#');
            if (hash < 0) {
                prefixes.add(w);
                continue;
            }
            int slash = w.indexOf('/', hash);
            String hk = reader.keys().habits().get(Long.parseLong(w.substring(hash + 1, slash)));
            if (hk != null) {
                prefixes.add(w.substring(0, hash) + "/" + hk + w.substring(slash));
            }
        }
        if (prefixes.contains("h/")) {
            prefixes.add("s/");
            Set<String> here = new HashSet<>(reader.keys().habits().values());
            for (String hk : store.recordsWithValue("h/", "/name")) {
                if (!here.contains(hk)) {
                    prefixes.add("c/" + hk + "/");
                    prefixes.add("cp/" + hk + "/");
                }
            }
        }
        return Scope.of(prefixes);
    }
}
