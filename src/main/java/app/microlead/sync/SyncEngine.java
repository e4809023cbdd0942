package app.microlead.sync;

import static app.microlead.common.I18n.t;

import app.microlead.backend.Backend;
import app.microlead.journal.Entry;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One sync round (docs/sync.md), toolkit-free: read the files of other computers not merged yet;
 * then, in one transaction of the journal, stamp what changed here since the last round, merge what
 * came, write the merged records through the repositories and put this round's changes into the
 * outbox; then write the outbox to the folder. A crash at any point leaves the journal as before the
 * transaction or after it, and the folder with whole files only; the next round finishes the work.
 * Call it on the journal's writer thread (the app) or alone (the command line); never on the UI thread.
 */
public final class SyncEngine {

    private static final Logger LOG = Logger.getLogger(SyncEngine.class.getName());
    /** After this many batches of its own a device writes a snapshot and removes its older files. */
    static final int BATCHES_PER_SNAPSHOT = 50;

    private final Repositories repos;
    private final SyncStore store;
    private final SyncSettings settings;
    private final Clock clock;
    /** This computer's name as other computers show it: looked up when a round first needs it. */
    private final Supplier<String> deviceName;
    private final BackupHook backup;
    private final ChangeLog changes;
    /**
     * The journal's write count when the last round of this process ended (-1: none yet). While it is
     * unchanged nothing was written here since, so a round without new files from other computers has
     * nothing to compare or merge: it only looks at the folder.
     */
    private long quietAt = -1;
    /** The number of days edited on two computers after the last round of this process. */
    private int conflictCount;

    public SyncEngine(Backend backend, String deviceName, BackupHook backup) {
        this(Repositories.of(backend), () -> deviceName, backup);
    }

    /** @param deviceName asked for this computer's name when a round first needs it (not while the app opens) */
    public SyncEngine(Backend backend, Supplier<String> deviceName, BackupHook backup) {
        this(Repositories.of(backend), deviceName, backup);
    }

    SyncEngine(Repositories repos, String deviceName, BackupHook backup) {
        this(repos, () -> deviceName, backup);
    }

    /** @param place where the journal is (the computer and the data folder): tests make two computers of one */
    SyncEngine(Backend backend, String deviceName, BackupHook backup, Supplier<String> place) {
        this(Repositories.of(backend), () -> deviceName, backup, place);
    }

    private SyncEngine(Repositories repos, Supplier<String> deviceName, BackupHook backup) {
        this(repos, deviceName, backup, null);
    }

    private SyncEngine(Repositories repos, Supplier<String> deviceName, BackupHook backup, Supplier<String> place) {
        this.repos = repos;
        this.store = new SyncStore(repos.db());
        this.settings = new SyncSettings(store, place == null ? Place.of(repos.db()) : place);
        this.clock = repos.clock();
        this.deviceName = deviceName;
        this.backup = backup;
        this.changes = new ChangeLog(store);
    }

    public boolean isSetUp() {
        return settings.isSetUp();
    }

    public Optional<Path> folder() {
        return settings.folder();
    }

    public String deviceId() {
        return settings.device();
    }

    public Optional<Instant> lastRound() {
        return settings.lastRound();
    }

    /**
     * Sets this computer up with a sync folder: a new folder gets its key header; a folder other
     * computers use is joined when the passphrase is theirs. The caller wipes the passphrase.
     *
     * @throws SyncException with a message for a person (wrong passphrase, unusable folder)
     */
    public synchronized void setUp(Path folder, char[] passphrase) {
        settings.setUp(folder, passphrase);
    }

    /** Stops syncing here; the journal keeps everything merged so far. */
    public synchronized void leave() {
        settings.forget();
        changes.stop();
    }

    /** Runs one round; a problem that stops the round is a {@link SyncException}. */
    public synchronized RoundReport round() {
        if (!settings.isSetUp()) {
            throw new SyncException(t("sync.error.not.set.up"));
        }
        SyncFolder folder = new SyncFolder(settings.folder().orElseThrow());
        byte[] key = settings.key();
        checkFolder(folder);
        // looked up and compared outside a transaction: a transaction counts as a write, and a round after a write
        // is never a quiet one
        String here = settings.place();
        Optional<String> gaveUp = settings.settledAt(here) ? Optional.empty()
                : repos.db().transaction(() -> settings.checkPlace(here));
        String me = settings.device();
        gaveUp.ifPresent(was -> LOG.warning(() -> "This journal is not where its device id " + was + " was given (copied"
                + " from another computer, restored from a backup there, or moved): it now syncs as device " + me
                + " and leaves the files of " + was + " to that journal"));
        Inbox.Read inbox;
        try {
            inbox = Inbox.read(folder, key, store.applied());
        } catch (IOException e) {
            throw new SyncException(t("sync.error.folder.unreadable", folder.root(), IoReason.of(e)), e);
        }
        List<String> problems = new ArrayList<>(inbox.problems());
        boolean othersThere = inbox.files().stream().anyMatch(r -> !r.ref().device().equals(me));
        if (othersThere && store.meta(SyncSettings.JOINED).isEmpty() && repos.journal().count() > 0) {
            try {
                backup.backupBeforeFirstJoin();
            } catch (Exception e) {
                throw new SyncException(t("sync.error.backup", String.valueOf(e.getMessage())), e);
            }
        }
        boolean quiet = gaveUp.isEmpty() && inbox.files().isEmpty() && repos.db().writeCount() == quietAt;
        Merged merged;
        if (quiet) {
            merged = new Merged(0, 0, conflictCount, Set.of());
        } else {
            boolean trusted = changes.trusted();
            if (!trusted) {
                changes.restart();
            }
            merged = repos.db().transaction(() -> merge(me, inbox.files(), problems, trusted));
        }
        try {
            writeOutbox(folder, key, me);
        } catch (IOException e) {
            problems.add(t("sync.problem.write", folder.root(), IoReason.of(e)));
        }
        Instant now = clock.instant();
        store.putMeta(SyncSettings.LAST_ROUND, now.toString());
        if (!inbox.files().isEmpty()) {
            store.putMeta(SyncSettings.JOINED, now.toString());
        }
        quietAt = repos.db().writeCount();
        conflictCount = merged.conflicts;
        return new RoundReport(now, merged.sent, inbox.files().size(), merged.recordsChanged, merged.conflicts, problems,
                merged.days, gaveUp.isPresent());
    }

    private void checkFolder(SyncFolder folder) {
        if (!Files.isDirectory(folder.root())) {
            throw new SyncException(t("sync.error.folder.missing", folder.root()));
        }
        try {
            Optional<SyncFolder.Header> h = folder.header();
            if (h.isEmpty()) {
                throw new SyncException(t("sync.error.header.gone", folder.root(), SyncFolder.HEADER));
            }
            if (!SyncCrypto.sameCheck(h.get().check(), settings.check())) {
                throw new SyncException(t("sync.error.key.changed"));
            }
        } catch (IOException e) {
            throw new SyncException(t("sync.error.header.damaged", SyncFolder.HEADER), e);
        }
    }

    private record Merged(int sent, int recordsChanged, int conflicts, Set<LocalDate> days) {
    }

    /** Whether the next round may read only what the change log names (for tests). */
    boolean changeLogTrusted() {
        return changes.trusted();
    }

    /**
     * The values changed here since the last round, with their hashes ({@code null}: removed here), as a
     * round finds them: from the change log ({@code trusted}) or by reading the whole journal. Reads only
     * (but gives rows new since the last round their stable keys); the round runs it in its transaction.
     */
    record LocalChanges(TreeMap<String, JsonNode> values, Map<String, String> hashes, KnownHashes known,
                        int knownCount, ChangeLog.Pending pending, String how) {
    }

    LocalChanges localChanges(boolean trusted) {
        return localChanges(trusted, new RecordReader(repos, store));
    }

    private LocalChanges localChanges(boolean trusted, RecordReader reader) {
        int knownCount = store.count();
        int limit = Math.max(2_000, knownCount / 8);
        ChangeLog.Pending pending = changes.pending(limit);
        boolean incremental = trusted && pending.rows() <= limit;
        Scope scope = incremental ? changes.scope(pending.what(), reader) : Scope.ALL;
        KnownHashes hashes = store.hashes(scope);
        // what changed here since the last round gets a new stamp: the journal is read value by value
        // and only the values whose hash differs from the known one are kept
        TreeMap<String, JsonNode> local = new TreeMap<>();
        Map<String, String> localHashes = new HashMap<>();
        reader.read(scope, (k, now) -> {
            int i = hashes.indexOf(k);
            String hash = Unit.hash(now);
            if (i >= 0) {
                hashes.see(i);
            }
            if (i < 0 ? now != null : !hashes.sameHash(i, hash)) {
                local.put(k, now);
                localHashes.put(k, hash);
            }
        });
        hashes.forEachGone(k -> {
            local.put(k, null); // removed here
            localHashes.put(k, Unit.ABSENT);
        });
        String how = incremental ? pending.rows() + " changes, " + scope + " read" : "whole journal read ("
                + (trusted ? pending.rows() + " changes" : "change log not trusted") + ")";
        return new LocalChanges(local, localHashes, hashes, knownCount, pending, how);
    }

    private Merged merge(String me, List<Inbox.Received> files, List<String> problems, boolean trusted) {
        Set<String> byRound = new HashSet<>();
        ChangeTrigger.collect(byRound);
        try {
            return merge(me, files, problems, trusted, byRound);
        } finally {
            ChangeTrigger.collect(null);
        }
    }

    private Merged merge(String me, List<Inbox.Received> files, List<String> problems, boolean trusted,
                         Set<String> byRound) {
        Timer timer = new Timer();
        Hlc hlc = new Hlc(clock, settings.number(SyncSettings.HLC));
        KnownValues known = new KnownValues(store);
        TreeMap<String, Unit> units = known.map();
        RecordReader reader = new RecordReader(repos, store);
        // 1. what changed here since the last round gets a new stamp
        LocalChanges found = localChanges(trusted, reader);
        TreeMap<String, JsonNode> local = found.values();
        Map<String, String> localHashes = found.hashes();
        KnownHashes hashes = found.known();
        int knownCount = found.knownCount();
        timer.lap(found.how());
        // a record changed here is whole in the journal: a field of it that the journal does not hold but
        // whose known value is one all the same (left from the record deleted on one computer while edited
        // on another, and now made again here) is removed here too, or the others would write it back
        Set<String> localGroups = new TreeSet<>(RecordWriter.ORDER);
        local.keySet().forEach(k -> localGroups.add(RecordWriter.group(k)));
        known.groups(localGroups);
        for (String g : localGroups) {
            String prefix = RecordWriter.prefix(g);
            units.subMap(prefix, true, prefix + "\uffff", true).forEach((k, u) -> {
                if (!local.containsKey(k) && u.hash().equals(Unit.ABSENT) && RecordWriter.valueOf(k, u) != null) {
                    local.put(k, null);
                    localHashes.put(k, Unit.ABSENT);
                }
            });
        }
        // habits and people new in the journal: what names them and waited for them is written now, as
        // when they come from another computer
        Made made = new Made(new ArrayList<>(), new ArrayList<>(), localGroups);
        local.forEach((k, now) -> {
            int i = hashes.indexOf(k);
            if (now != null && k.endsWith("/name") && (i < 0 || hashes.sameHash(i, Unit.ABSENT))) {
                if (k.startsWith("h/")) {
                    made.habits().add(k.substring(2, k.length() - "/name".length()));
                } else if (k.startsWith("n/")) {
                    made.people().add(k.substring(2, k.length() - "/name".length()));
                }
            }
        });
        Map<String, Unit> changed = new HashMap<>();
        Map<String, List<Version>> outgoing = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : local.entrySet()) {
            String k = e.getKey();
            JsonNode now = e.getValue();
            Unit before0 = units.get(k);
            long stamp = hlc.tick();
            List<Version> before = before0 == null ? List.of() : before0.versions();
            Version v = new Version(now, stamp, me, UnitMerge.keepsBoth(k) ? UnitMerge.after(before, me, stamp) : null);
            Unit u = new Unit(localHashes.get(k), List.of(v));
            units.put(k, u);
            changed.put(k, u);
            outgoing.put(k, u.versions());
        }
        local.clear();
        // 2. what other computers sent (the versions known of those keys read in one go)
        Set<String> received = new HashSet<>();
        files.forEach(r -> received.addAll(r.batch().units().keySet()));
        if (received.size() > knownCount / 4) {
            known.all();
        } else {
            known.keys(received);
        }
        Set<String> dirty = new TreeSet<>(RecordWriter.ORDER);
        for (Inbox.Received r : files) {
            for (Map.Entry<String, List<Version>> e : r.batch().units().entrySet()) {
                String k = e.getKey();
                Unit was = units.get(k);
                List<Version> before = was == null ? List.of() : was.versions();
                e.getValue().forEach(v -> hlc.see(v.hlc()));
                List<Version> after = UnitMerge.merge(k, before, e.getValue());
                if (UnitMerge.changed(before, after)) {
                    Unit u = new Unit(was == null ? Unit.ABSENT : was.hash(), after);
                    units.put(k, u);
                    changed.put(k, u);
                    dirty.add(RecordWriter.group(k));
                }
            }
            store.markApplied(r.ref().device(), r.ref().kind(), r.ref().seq());
            store.putMeta("name." + r.batch().device(), r.batch().deviceName().isEmpty() ? r.batch().device()
                    : r.batch().deviceName());
            store.putMeta("seen." + r.batch().device(), clock.instant().toString());
        }
        timer.lap("files merged");
        // 3. the merged records into the journal, and the hashes of what it now holds
        known.groups(dirty);
        int written = write(known, dirty, reader, problems, made);
        reader.forgetKeys(); // the rows written have keys now, and rows deleted none
        timer.lap("records written");
        // what the round wrote is read again: the records merged, and whatever else the writes touched
        // (what the journal removed with a habit or person, say), as the change triggers collected it
        if (written > 0 || !byRound.isEmpty()) {
            Set<String> prefixes = new HashSet<>(changes.scope(byRound, reader).prefixes());
            dirty.forEach(g -> prefixes.add(RecordWriter.prefix(g)));
            Scope again = Scope.of(prefixes);
            known.scope(again);
            TreeMap<String, JsonNode> after = new TreeMap<>();
            reader.read(again, after::put);
            timer.lap("journal read again (" + again + ")");
            for (String prefix : again.prefixes()) {
                Set<String> inGroup = new HashSet<>(units.subMap(prefix, true, prefix + "\uffff", true).keySet());
                inGroup.addAll(after.subMap(prefix, true, prefix + "\uffff", true).keySet());
                for (String k : inGroup) {
                    Unit u = units.get(k);
                    String hash = Unit.hash(after.get(k));
                    if (u == null || !u.hash().equals(hash)) {
                        Unit nu = new Unit(hash, u == null ? List.of() : u.versions());
                        units.put(k, nu);
                        changed.put(k, nu);
                    }
                }
            }
        }
        store.putUnits(changed);
        changes.consume(found.pending());
        timer.lap("known values stored");
        // 4. this round's changes (and now and then everything) into the outbox
        long seq = Math.max(settings.number(SyncSettings.NEXT_SEQ), 1);
        try {
            seq = Math.max(seq, new SyncFolder(settings.folder().orElseThrow()).maxSeq(me) + 1);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Own files not listed", e);
        }
        for (SyncStore.Outgoing o : store.outbox()) {
            seq = Math.max(seq, o.seq() + 1);
        }
        long sinceSnapshot = settings.number(SyncSettings.BATCHES_SINCE_SNAPSHOT) + (outgoing.isEmpty() ? 0 : 1);
        if (settings.number(SyncSettings.SNAPSHOT_SEQ) == 0 && (knownCount > 0 || !units.isEmpty()) || sinceSnapshot >= BATCHES_PER_SNAPSHOT) {
            // everything this device knows, its changes of this round included: older files of its own can go
            known.all();
            Map<String, List<Version>> all = new TreeMap<>();
            units.forEach((k, u) -> {
                if (!u.versions().isEmpty()) {
                    all.put(k, u.versions());
                }
            });
            queue(new Batch(me, deviceName.get(), SyncFolder.SNAPSHOT, seq, all));
            settings.setNumber(SyncSettings.SNAPSHOT_SEQ, seq);
            seq++;
            sinceSnapshot = 0;
        } else if (!outgoing.isEmpty()) {
            queue(new Batch(me, deviceName.get(), SyncFolder.BATCH, seq, outgoing));
            seq++;
        }
        settings.setNumber(SyncSettings.NEXT_SEQ, seq);
        settings.setNumber(SyncSettings.BATCHES_SINCE_SNAPSHOT, sinceSnapshot);
        settings.setNumber(SyncSettings.HLC, hlc.last());
        timer.lap("outbox");
        LOG.info(() -> "Sync merge: " + knownCount + " values known, " + changedCount(changed) + " changed; " + timer);
        Set<LocalDate> days = new HashSet<>();
        dirty.stream().filter(g -> g.startsWith("e/")).forEach(g -> days.add(LocalDate.parse(g.substring(2))));
        return new Merged(outgoing.size(), written, conflictKeys(known, changed.keySet()).size(), days);
    }

    /** A computer that shares the folder, as far as this one knows it. */
    public record Device(String id, String name, Instant lastHeardOf, boolean thisOne) {
    }

    /** This computer and the others whose files were merged here. */
    public List<Device> devices() {
        List<Device> out = new ArrayList<>();
        out.add(new Device(settings.device(), deviceName.get(), settings.lastRound().orElse(null), true));
        for (String id : store.metaKeys("name.")) {
            if (!id.equals(settings.device())) {
                out.add(new Device(id, store.meta("name." + id).orElse(id),
                        store.meta("seen." + id).map(Instant::parse).orElse(null), false));
            }
        }
        return out;
    }

    /** The days whose text was edited on two computers and not yet brought together, oldest first. */
    public List<Conflict> conflicts() {
        KnownValues values = new KnownValues(store);
        Optional<Set<String>> keys = knownConflictKeys();
        if (keys.isEmpty()) {
            values.prefix("e/");
        } else {
            values.keys(keys.get());
        }
        return Conflicts.list(values.map());
    }

    /** Meta key: the keys of the days edited on two computers, kept so a round need not read every day's versions. */
    private static final String CONFLICT_KEYS = "conflict-keys";

    private Optional<Set<String>> knownConflictKeys() {
        return store.meta(CONFLICT_KEYS).filter(v -> !v.equals("?"))
                .map(v -> v.isEmpty() ? new TreeSet<String>() : new TreeSet<>(List.of(v.split("\n"))));
    }

    /** The keys of the days in conflict after this round's changes, stored for the next round. */
    private Set<String> conflictKeys(KnownValues values, Set<String> changed) {
        Optional<Set<String>> known = knownConflictKeys();
        TreeMap<String, Unit> units = values.map();
        Set<String> keys;
        if (known.isEmpty()) {
            values.prefix("e/");
            keys = new TreeSet<>();
            units.forEach((k, u) -> Conflicts.of(k, u).ifPresent(c -> keys.add(k)));
        } else {
            keys = new TreeSet<>(known.get());
            for (String k : changed) {
                if (UnitMerge.keepsBoth(k)) {
                    if (Conflicts.of(k, units.get(k)).isPresent()) {
                        keys.add(k);
                    } else {
                        keys.remove(k);
                    }
                }
            }
        }
        String value = String.join("\n", keys);
        // a list too long for the settings table is worked out again at the next round
        String stored = value.length() > 3900 ? "?" : value;
        if (!known.map(k -> String.join("\n", k)).orElse("?").equals(stored)) {
            store.putMeta(CONFLICT_KEYS, stored);
        }
        return keys;
    }

    /**
     * Keeps {@code text} as the day's text (one of the versions, or the user's own merge of them); the
     * next round sends it as an edit made on top of all versions, which ends the conflict everywhere.
     */
    public void resolve(LocalDate day, String text) {
        repos.db().transaction(() -> {
            var have = repos.journal().find(day).orElseThrow(() -> new SyncException(t("sync.error.day.gone", day)));
            repos.journal().save(new Entry(day, text, have.mood(), have.energy(), have.tags(),
                    have.answers(), have.createdAt(), have.updatedAt()));
            return null;
        });
    }

    private static int changedCount(Map<String, Unit> changed) {
        return changed.size();
    }

    /** Milliseconds per step of a round, for the log (no journal content). */
    private static final class Timer {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String what) {
            long now = System.nanoTime();
            laps.append(laps.length() == 0 ? "" : ", ").append(what).append(' ').append((now - last) / 1_000_000)
                    .append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }

    private void queue(Batch b) {
        store.addOutbox(new SyncStore.Outgoing(b.seq(), b.kind(), b.payload()));
        store.markApplied(b.device(), b.kind(), b.seq());
    }

    /** The habits and people (by key) that are new in the journal of this computer, and the records changed here. */
    private record Made(List<String> habits, List<String> people, Set<String> localGroups) {
    }

    private int write(KnownValues known, Set<String> dirty, RecordReader reader, List<String> problems, Made made) {
        TreeMap<String, Unit> units = known.map();
        RecordWriter writer = new RecordWriter(repos, store, reader.keys());
        int written = 0;
        Set<String> todo = new TreeSet<>(RecordWriter.ORDER);
        todo.addAll(dirty);
        Map<String, long[]> byKind = new TreeMap<>();
        for (String g : todo) {
            try {
                long t0 = System.nanoTime();
                writer.write(g, units);
                written++;
                long[] k = byKind.computeIfAbsent(g.substring(0, g.indexOf('/')), x -> new long[2]);
                k[0]++;
                k[1] += System.nanoTime() - t0;
            } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
                LOG.log(Level.WARNING, "A synced record could not be written: " + g.substring(0, g.indexOf('/')), e);
                problems.add(t("sync.problem.record", g.substring(0, g.indexOf('/'))));
            }
        }
        byKind.forEach((k, v) -> LOG.info(() -> "Sync wrote " + v[0] + " records of kind " + k + " in "
                + v[1] / 1_000_000 + " ms"));
        // records that came before what they name: the check-ins (and their people) of a habit, the 1:1s,
        // promises and check-in names of a person, written now that it is here (from another computer or made here)
        List<String> habits = new ArrayList<>(writer.createdHabits);
        habits.addAll(made.habits());
        List<String> people = new ArrayList<>(writer.createdPeople);
        people.addAll(made.people());
        for (String g : naming(known, habits, people)) {
            if (made.localGroups().contains(g) || !dirty.add(g)) {
                continue; // changed here (the journal holds it), or written above, after what it names
            }
            try {
                writer.write(g, units);
                written++;
            } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
                problems.add(t("sync.problem.record", g.substring(0, g.indexOf('/'))));
            }
        }
        // what the journal removed with a habit or a person deleted here (check-ins and their names, 1:1s,
        // promises) is read again after writing, as the records written are: else the next round would take
        // it for a deletion made here, stamp it anew and so undo an edit made on another computer since
        dirty.addAll(naming(known, writer.deletedHabits, writer.deletedPeople));
        return written;
    }

    /** The records that name these habits and people (by key): check-ins, their people, 1:1s and promises. */
    private static Set<String> naming(KnownValues known, List<String> habits, List<String> people) {
        TreeMap<String, Unit> units = known.map();
        Set<String> out = new TreeSet<>(RecordWriter.ORDER);
        if (!people.isEmpty()) {
            RecordWriter.NAMING_KINDS.forEach(known::prefix);
        }
        for (String habit : habits) {
            for (String kind : List.of("c/", "cp/")) {
                String prefix = kind + habit + "/";
                known.prefix(prefix);
                out.addAll(units.subMap(prefix, true, prefix + "\uffff", true).keySet());
            }
        }
        for (String person : people) {
            out.addAll(RecordWriter.namingGroups(units, person));
        }
        return out;
    }

    /** Writes the outbox's files to this device's folder; a snapshot then lets the older own files go. */
    private void writeOutbox(SyncFolder folder, byte[] key, String me) throws IOException {
        for (SyncStore.Outgoing o : store.outbox()) {
            Batch header = new Batch(me, deviceName.get(), o.kind(), o.seq(), Map.of());
            folder.write(me, o.seq(), o.kind(), SyncCrypto.seal(key, header.header(), o.payload()));
            store.removeOutbox(o.seq());
            if (o.kind().equals(SyncFolder.SNAPSHOT)) {
                folder.prune(me, s -> s < o.seq());
            }
        }
    }
}
