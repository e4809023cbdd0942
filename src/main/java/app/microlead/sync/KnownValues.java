package app.microlead.sync;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * The known values one round works with, read from the journal as the round comes to them: the
 * values that changed here, those other computers sent, and the records about to be written. A round
 * that brings one day's edit reads a few dozen, not the 120,000 of a 20-year journal; a snapshot, a
 * join and the first round read them all.
 */
final class KnownValues {

    /** Above this many records to write, one read of everything is cheaper than a read per record. */
    private static final int GROUPS_READ_ONE_BY_ONE = 1_000;

    private final SyncStore store;
    private final TreeMap<String, Unit> units = new TreeMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private boolean all;

    KnownValues(SyncStore store) {
        this.store = store;
    }

    /** The values read so far and those this round changed, by key. */
    TreeMap<String, Unit> map() {
        return units;
    }

    void keys(Collection<String> keys) {
        if (!all && !keys.isEmpty()) {
            store.load(units, keys);
        }
    }

    /** Every value whose key starts with {@code prefix}. */
    void prefix(String prefix) {
        if (!all && prefixes.add(prefix)) {
            store.load(units, prefix, prefix + "\uffff");
        }
    }

    /** Every value of the records (groups of {@link RecordWriter}) given. */
    void groups(Collection<String> groups) {
        if (groups.size() > GROUPS_READ_ONE_BY_ONE) {
            all();
            return;
        }
        groups.forEach(g -> prefix(RecordWriter.prefix(g)));
    }

    /** Every value under {@code scope}. */
    void scope(Scope scope) {
        if (scope.whole("") || scope.prefixes().size() > GROUPS_READ_ONE_BY_ONE) {
            all();
            return;
        }
        scope.prefixes().forEach(this::prefix);
    }

    void all() {
        if (!all) {
            store.loadAll(units);
            all = true;
        }
    }
}
