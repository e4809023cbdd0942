package app.microlead.sync;

import static app.microlead.common.I18n.t;

import app.microlead.storage.KeyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * This computer's sync settings, kept in the journal (so they are as safe as the journal: encrypted
 * with it when it is): the device id, the folder, the key derived from the sync passphrase (never the
 * passphrase) and the folder's check value, and the round's counters.
 */
final class SyncSettings {

    static final String DEVICE = "device";
    static final String FOLDER = "folder";
    static final String KEY = "key";
    static final String CHECK = "check";
    static final String HLC = "hlc";
    static final String NEXT_SEQ = "nextSeq";
    static final String SNAPSHOT_SEQ = "snapshotSeq";
    static final String BATCHES_SINCE_SNAPSHOT = "batchesSinceSnapshot";
    static final String LAST_ROUND = "lastRound";
    static final String JOINED = "joined";
    /** Where the device id was given: the computer and the data folder ({@link Place}). */
    static final String PLACE = "place";
    /** The shortest passphrase a new sync folder is set up with (as for an encrypted journal). */
    static final int MIN_NEW_PASSPHRASE = 8;
    /** A data folder's journal (H2 names it so): a folder holding one is a data folder, never a sync folder. */
    private static final String JOURNAL_FILE = "microlead.mv.db";
    /** Files an operating system puts into any folder; they do not make a folder someone else's. */
    private static final Set<String> IGNORED = Set.of("desktop.ini", "Thumbs.db", "Icon\r");

    private final SyncStore store;
    /** Where this journal is now: the computer and the data folder ({@link Place}; another one in tests). */
    private final Supplier<String> place;

    SyncSettings(SyncStore store) {
        this(store, Place.of(store.database()));
    }

    SyncSettings(SyncStore store, Supplier<String> place) {
        this.store = store;
        this.place = place;
    }

    /** This computer's id in the folder, made once (random, 16 hex digits), with the place it is made for. */
    String device() {
        return store.meta(DEVICE).orElseGet(this::newDevice);
    }

    private String newDevice() {
        return newDevice(place.get());
    }

    private String newDevice(String here) {
        byte[] b = new byte[8];
        new SecureRandom().nextBytes(b);
        String id = HexFormat.of().formatHex(b);
        store.putMeta(DEVICE, id);
        store.putMeta(PLACE, here);
        return id;
    }

    /** Where this journal is now (the computer and the data folder); looked up outside any transaction. */
    String place() {
        return place.get();
    }

    /** Whether the journal is where its id was given, as kept: nothing to check, nothing to write (a plain read). */
    boolean settledAt(String here) {
        return store.meta(DEVICE).isPresent() && store.meta(PLACE).map(here::equals).orElse(false);
    }

    /**
     * Compares where this journal is ({@code here}) with where its device id was given ({@link Place#compare}). A
     * journal copied to another computer (a data folder copied, a backup restored there), or a second copy on this
     * one, gets a new id: else two journals would write files under one id, with the same numbers (one skipped by
     * the other as merged) and each pruning the other's. The new id has no files in the folder yet, so its next
     * round writes a snapshot of everything this journal knows, as a computer's first round does; the old id's files
     * are left to the journal they belong to, and read here from now on as another computer's. The outbox goes: what
     * it held is known and is in that snapshot. A journal moved on this computer, or whose place was never kept (set
     * up before places were), keeps its id and keeps the place from now. Call it in a transaction of the journal.
     *
     * @return the id given up, if this journal is a copy
     */
    Optional<String> checkPlace(String here) {
        Optional<String> id = store.meta(DEVICE);
        Optional<String> was = store.meta(PLACE);
        if (id.isEmpty() || was.isEmpty()) {
            store.putMeta(PLACE, here);
            return Optional.empty();
        }
        Place.Verdict verdict = Place.compare(was.get(), here);
        if (verdict != Place.Verdict.COPY) {
            if (verdict == Place.Verdict.MOVED) {
                store.putMeta(PLACE, here);
            }
            return Optional.empty();
        }
        String given = id.get();
        newDevice(here);
        setNumber(NEXT_SEQ, 0);
        setNumber(SNAPSHOT_SEQ, 0);
        setNumber(BATCHES_SINCE_SNAPSHOT, 0);
        store.clearOutbox();
        return Optional.of(given);
    }

    Optional<Path> folder() {
        return store.meta(FOLDER).map(Path::of);
    }

    boolean isSetUp() {
        return store.meta(FOLDER).isPresent() && store.meta(KEY).isPresent();
    }

    byte[] key() {
        return Base64.getDecoder().decode(store.meta(KEY).orElseThrow(() -> new SyncException(t("sync.error.not.set.up"))));
    }

    byte[] check() {
        return Base64.getDecoder().decode(store.meta(CHECK).orElseThrow());
    }

    long number(String key) {
        return store.meta(key).map(Long::parseLong).orElse(0L);
    }

    void setNumber(String key, long value) {
        store.putMeta(key, Long.toString(value));
    }

    Optional<Instant> lastRound() {
        return store.meta(LAST_ROUND).map(Instant::parse);
    }

    /**
     * Sets up this computer with a folder: the first computer writes the folder's header (a new random
     * salt); the others check the passphrase against it. A wrong passphrase changes nothing.
     */
    void setUp(Path folderPath, char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new SyncException(t("sync.error.no.passphrase"));
        }
        SyncFolder folder = new SyncFolder(folderPath);
        Path parent = folderPath.toAbsolutePath().normalize().getParent();
        if (!Files.isDirectory(folderPath) && (parent == null || !Files.isDirectory(parent))) {
            // a mistyped path is not made into a sync folder nobody else sees
            throw new SyncException(t("sync.error.no.parent", folderPath, String.valueOf(parent)));
        }
        try {
            if (Files.exists(folderPath) && !Files.isDirectory(folderPath)) {
                throw new SyncException(t("sync.error.not.a.folder", folderPath));
            }
            Optional<SyncFolder.Header> header = Files.isDirectory(folderPath) ? folder.header() : Optional.empty();
            if (header.isEmpty() && Files.isDirectory(folderPath)) {
                refuseUnrelated(folderPath);
            }
            if (header.isEmpty() && passphrase.length < MIN_NEW_PASSPHRASE) {
                throw new SyncException(t("sync.error.short.passphrase", MIN_NEW_PASSPHRASE));
            }
            Files.createDirectories(folderPath);
            SyncCrypto.Keys keys = null;
            if (header.isEmpty()) {
                byte[] salt = SyncCrypto.newSalt();
                int iterations = SyncCrypto.iterations();
                keys = SyncCrypto.derive(passphrase, salt, iterations);
                if (!folder.createHeader(new SyncFolder.Header(SyncCrypto.FORMAT, iterations, salt, keys.check()))) {
                    header = folder.header(); // another computer was a moment faster: join its folder
                    keys = null;
                }
            }
            if (keys == null) {
                SyncFolder.Header h = header.orElseThrow();
                if (h.format() > SyncCrypto.FORMAT) {
                    throw new SyncException(t("sync.error.newer.folder"));
                }
                if (h.iterations() < 100_000 || h.iterations() > 10_000_000 || h.salt().length < 16) {
                    throw new SyncException(t("sync.error.header.damaged", SyncFolder.HEADER));
                }
                keys = SyncCrypto.derive(passphrase, h.salt(), h.iterations());
                if (!SyncCrypto.sameCheck(keys.check(), h.check())) {
                    throw new SyncException(t("sync.error.wrong.passphrase"));
                }
            }
            device();
            // the folder as the disk names it: './Sync', a link to it or its absolute path are the same folder
            String path = folderPath.toRealPath().toString();
            String check = Base64.getEncoder().encodeToString(keys.check());
            if (!store.meta(FOLDER).equals(Optional.of(path)) || !store.meta(CHECK).equals(Optional.of(check))) {
                // another folder (or this one set up again): it has none of this computer's files yet, so the next
                // round writes everything this computer knows, and a first join there is backed up first
                setNumber(SNAPSHOT_SEQ, 0);
                setNumber(BATCHES_SINCE_SNAPSHOT, 0);
                store.removeMeta(JOINED);
            }
            store.putMeta(FOLDER, path);
            store.putMeta(KEY, Base64.getEncoder().encodeToString(keys.encryption()));
            store.putMeta(CHECK, check);
        } catch (IOException e) {
            throw new SyncException(t("sync.error.folder.unusable", folderPath, IoReason.of(e)), e);
        }
    }

    /**
     * A new sync folder must be empty (hidden files such as Syncthing's {@code .stfolder} aside): a folder holding
     * other files is most likely the wrong one (the synced folder itself, a documents folder, the data folder, whose
     * journal would then travel as a file and be corrupted), and one holding devices but no key file is a folder
     * another computer set up whose key file has not arrived yet (a second key file would split it in two).
     */
    private static void refuseUnrelated(Path folderPath) throws IOException {
        List<String> names;
        try (Stream<Path> s = Files.list(folderPath)) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !IGNORED.contains(n))
                    .sorted().toList();
        }
        if (names.contains(SyncFolder.DEVICES)) {
            throw new SyncException(t("sync.error.header.missing", folderPath, SyncFolder.HEADER));
        }
        if (names.contains(JOURNAL_FILE) || names.contains(KeyFile.NAME)) {
            throw new SyncException(t("sync.error.data.folder", folderPath));
        }
        if (!names.isEmpty()) {
            throw new SyncException(t("sync.error.folder.not.empty", folderPath, names.get(0), names.size() - 1,
                    folderPath.resolve("microlead")));
        }
    }

    /** Stops syncing on this computer: the folder and key are forgotten; what was merged stays. */
    void forget() {
        store.removeMeta(FOLDER);
        store.removeMeta(KEY);
        store.removeMeta(CHECK);
    }
}
