package app.microlead.storage;

import static app.microlead.common.I18n.t;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 journal database: opened once per run, migrated by Flyway, closed at shutdown.
 * Every write is committed and forced to the disk before it returns (see {@code flush}), so "saved" in the UI
 * means saved.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    static {
        H2Settings.apply(); // before H2 reads them
    }

    private JdbcConnectionPool pool;
    private String url;
    private final String user;
    private String password;

    /** Told about a commit the disk did not confirm (a sentence) and, after one, the next it did (null). */
    private volatile Consumer<String> diskTrouble = message -> { };
    /** Whether the last commit's forced write failed (so a later one that works is reported); under itself. */
    private boolean unconfirmed;
    private final Object diskState = new Object();
    /**
     * Held (shared) by every write from its connection to its forced write, and (alone) by {@link #close()}: a
     * close waits for the writes under way, so none forces its commit or writes the file's header while H2
     * closes the file.
     */
    private final ReentrantReadWriteLock inUse = new ReentrantReadWriteLock();
    /** How long a close waits for the writes under way. */
    static final long CLOSE_WAIT_SECONDS = 30;
    /** Numbers each clean close (null for a journal opened without its folder, or held at an older schema). */
    private CloseMark closeMark;
    private boolean openedEarlier;
    /** Whether this run's close leaves the numbers as they are ({@link #tellEarlierStateAgainNextTime}). */
    private boolean closeUnnumbered;
    /** Whether the next close numbers itself even if nothing was written (see {@link #marked}). */
    private boolean markDue;
    /** Whether the journal is closed (by {@link #close()} or {@link #suspend()}) and not opened again since. */
    private volatile boolean closed;

    private Database(JdbcConnectionPool pool, String url, String user, String password) {
        this.pool = pool;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Opens (creating if needed) and migrates the journal in the given folder. Before a schema upgrade
     * of an existing journal, a backup is written to {@code backups/} in the data folder.
     */
    public static Database open(DataFolder folder) {
        return open(folder, null, null);
    }

    /** Opens an encrypted journal with the file key derived from the passphrase ({@link KeyFile}). */
    public static Database openEncrypted(DataFolder folder, String fileKey) {
        return open(folder, fileKey, null);
    }

    /**
     * Opens an encrypted journal that must already exist: never creates a new, empty one in place of
     * a missing or emptied file. A file that opens but holds no journal is reported as damaged.
     */
    public static Database openEncryptedExisting(DataFolder folder, String fileKey) {
        return marked(open(urlFor(folder, fileKey) + ";IFEXISTS=TRUE", "sa", passwordFor(fileKey),
                folder.root().resolve("backups"), null, true), folder);
    }

    static Database open(DataFolder folder, String targetVersion) {
        return open(folder, null, targetVersion);
    }

    private static Database open(DataFolder folder, String fileKey, String targetVersion) {
        Database db = open(urlFor(folder, fileKey), "sa", passwordFor(fileKey), folder.root().resolve("backups"),
                targetVersion);
        FileSync.restrictTreeToOwner(folder.root()); // a new journal file is created with the default mode
        return targetVersion == null ? marked(db, folder) : db; // a journal held at an older schema has no sync_meta
    }

    /** Compares the journal's close mark with the file's, and numbers each close from now on. */
    private static Database marked(Database db, DataFolder folder) {
        CloseMark mark = CloseMark.of(folder);
        CloseMark.Mark inJournal;
        try {
            inJournal = db.read(CloseMark::markInJournal);
        } catch (RuntimeException e) {
            // the journal is open: it is handed on (and closed) as it would be without the mark, which is not kept
            LOG.log(Level.WARNING, "The journal's close mark cannot be read; not compared", e);
            return db;
        }
        Optional<CloseMark.Mark> onDisk = mark.onDisk();
        boolean here = onDisk.isPresent() && onDisk.get().sameFolder(inJournal);
        if (here && inJournal.number() < onDisk.get().number()) {
            db.openedEarlier = true;
            LOG.warning(() -> "The journal opened as an earlier state than the one it was last closed in (close "
                    + inJournal.number() + ", last closed as " + onDisk.get().number() + ")");
        } else if (onDisk.isPresent() && !here) {
            LOG.info("The journal was last closed in another folder (a copy put here): its close is not compared");
        }
        // a close numbers itself when the run wrote, or when the two numbers differ, one is missing or the journal comes
        // from another folder; a run that only read leaves the pair as it found it (each close would otherwise write to
        // the file)
        db.markDue = !here || onDisk.get().number() != inJournal.number();
        db.closeMark = mark;
        return db;
    }

    /**
     * Whether the journal opened as an earlier state than the one it was last closed in: work it had kept is
     * missing (see {@link CloseMark}). Said once: the next close numbers itself from the state that opened.
     */
    public boolean openedEarlierThanLastClose() {
        return openedEarlier;
    }

    /**
     * After an earlier state was told where it may go unread (the command line's error stream, a scheduled
     * export): this run's close does not number itself, so the next open, the app's, tells it again.
     */
    public void tellEarlierStateAgainNextTime() {
        closeUnnumbered = openedEarlier;
    }

    /**
     * H2's page cache in KB: 8 MB instead of the default 16 MB. The app keeps what it shows itself
     * (habit rows, search index) and reads most tables once, so the larger cache mostly held check-in
     * rows already copied out; on the 20-year journal it took ~13 MB more heap, and index build and
     * habit loads were no slower with 8 MB.
     */
    static final int CACHE_SIZE_KB = 8192;

    /**
     * How long H2 keeps a text (CLOB) it handed out reachable after the statement that read it. Its
     * default, 5 minutes, is for clients that read a Clob object later; every read here copies the text
     * out at once ({@code getString}), and after start-up on the 20-year journal the default held ~30,000
     * of them (every day read by the search index, the backup check and a sync round) in the heap.
     */
    static final int LOB_TIMEOUT_MS = 1_000;

    static String urlFor(DataFolder folder, String fileKey) {
        // no trace file: H2 writes the values of failed statements into it, and they are journal text
        return "jdbc:h2:file:" + folder.databaseBase().toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
                + ";TRACE_LEVEL_FILE=0;LOB_TIMEOUT=" + LOB_TIMEOUT_MS + ";CACHE_SIZE=" + CACHE_SIZE_KB + (fileKey == null ? "" : ";CIPHER=AES");
    }

    /** H2 takes "file password, space, user password" for an encrypted file. */
    public static String passwordFor(String fileKey) {
        return fileKey == null ? "" : fileKey + " ";
    }

    /**
     * Opens a copy of this journal (a backup's, unpacked) the way this one is opened, key included, and
     * reads it: see {@link #readCopy(Path, String, SqlWork)}.
     */
    public <T> T readCopy(Path copyBase, SqlWork<T> work) throws SQLException {
        return readCopy(copyBase, url.contains(";CIPHER=AES"), user, password, work);
    }

    /**
     * Opens a copy of a journal ({@code copyBase}: its path without ".mv.db"; {@code fileKey}: its key, null when
     * not encrypted) read-only, hands it to {@code work} and closes it. Read-only, because checking a copy must not
     * change it: opened for writing, H2 rewrites the file as it closes (a 2.7 MB copy came out at 5.8 MB), which
     * made every check a whole write of the journal, put a rewritten file in place of the one checked (a restore,
     * a change of encryption), and let a rare failure of that rewrite fail the check of a sound copy. Only H2's
     * clean-close mark is taken out of the copy's header first, so that H2 reads its newest state ({@link
     * StoreHeader#forgetCleanClose}).
     */
    public static <T> T readCopy(Path copyBase, String fileKey, SqlWork<T> work) throws SQLException {
        return readCopy(copyBase, fileKey != null, "sa", passwordFor(fileKey), work);
    }

    private static <T> T readCopy(Path copyBase, boolean encrypted, String user, String password, SqlWork<T> work) throws SQLException {
        String copyUrl = "jdbc:h2:file:" + copyBase.toAbsolutePath() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r"
                + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0" + (encrypted ? ";CIPHER=AES" : "");
        StoreHeader.forgetCleanClose(copyUrl, password); // a copy made to be checked: H2 must find its newest state too
        try (Connection c = DriverManager.getConnection(copyUrl, user, password)) {
            T result = work.apply(c);
            c.createStatement().execute("SHUTDOWN");
            return result;
        }
    }

    static Database open(String url, String user, String password) {
        return open(url, user, password, null, null);
    }

    static Database open(String url, String user, String password, Path backupDir, String targetVersion) {
        return open(url, user, password, backupDir, targetVersion, false);
    }

    private static Database open(String url, String user, String password, Path backupDir,
                                 String targetVersion, boolean mustExist) {
        long start = System.nanoTime();
        JdbcConnectionPool pool = pool(url, user, password);
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw StorageErrors.translateOpen(e);
        }
        if (targetVersion == null && Migrations.isCurrent(pool)) {
            LOG.info(() -> "Database open (schema current) in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return new Database(pool, url.contains(";IFEXISTS=") ? url : url + ";IFEXISTS=TRUE", user, password);
        }
        try {
            var config = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration");
            if (targetVersion != null) {
                config.target(targetVersion);
            }
            Flyway flyway = config.load();
            var info = flyway.info();
            if (mustExist && info.applied().length == 0) {
                pool.dispose();
                throw new JournalDamagedException(t("storage.open.empty"), null);
            }
            if (backupDir != null && info.applied().length > 0 && info.pending().length > 0) {
                backupBeforeUpgrade(pool, backupDir);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw StorageErrors.translateMigration(e);
        }
        LOG.info(() -> "Database open and migrated in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        // from now on the journal exists: opening it again (after a lock, to close it) never creates a new one
        return new Database(pool, url.contains(";IFEXISTS=") ? url : url + ";IFEXISTS=TRUE", user, password);
    }

    /**
     * The connections to one journal, at most 8 open at once. Made only while the journal is closed (opening, after a
     * change of encryption, after a lock), so its header can be readied for H2 first ({@link StoreHeader#forgetCleanClose}).
     */
    private static JdbcConnectionPool pool(String url, String user, String password) {
        StoreHeader.forgetCleanClose(url, password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, password);
        pool.setMaxConnections(8);
        return pool;
    }

    private static void backupBeforeUpgrade(JdbcConnectionPool pool, Path backupDir) {
        try {
            Files.createDirectories(backupDir);
            String name = "microlead-" + DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss")
                    .format(LocalDateTime.now()) + "-before-upgrade.zip";
            try (Connection c = pool.getConnection(); var st = c.prepareStatement("BACKUP TO ?")) {
                st.setString(1, backupDir.resolve(name).toString());
                st.execute();
            }
            LOG.info(() -> "Backup before schema upgrade: " + name);
        } catch (IOException | SQLException e) {
            throw new StorageException(t("storage.upgrade.backup.failed", e.getMessage()), e);
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Counts finished (committed or failed) writes, so readers can tell whether what they hold is current. */
    private final AtomicLong writes = new AtomicLong();

    /**
     * Changes after every {@link #write} and {@link #transaction} (after its commit, or its rollback):
     * a value read before loading something is still the value afterwards only if nothing was
     * written in between. Caches use it to know when to load again.
     */
    public long writeCount() {
        return writes.get();
    }

    /** The connection of an all-or-nothing {@link #transaction} running on this thread, if any. */
    private final ThreadLocal<Connection> scope = new ThreadLocal<>();

    /**
     * Runs {@code work} as one transaction: every {@link #read} and {@link #write} it makes on this
     * thread (through any repository) joins it, and either all of it is committed or none of it.
     */
    public <T> T transaction(Supplier<T> work) {
        if (scope.get() != null) {
            return work.get();
        }
        inUse.readLock().lock();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            scope.set(c);
            try {
                T result = work.get();
                c.commit();
                forceToDisk(c);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                // a failed commit and an Error too: the auto-commit set back below would otherwise commit what ran
                c.rollback();
                throw e;
            } finally {
                scope.remove();
                writes.incrementAndGet();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StorageErrors.translate(StorageErrors.Action.SAVE, e);
        } finally {
            inUse.readLock().unlock();
        }
    }

    /** Runs work on a pooled connection in auto-commit mode. */
    public <T> T read(SqlWork<T> work) {
        Connection joined = scope.get();
        if (joined != null) {
            try {
                return work.apply(joined);
            } catch (SQLException e) {
                throw StorageErrors.translate(StorageErrors.Action.READ, e);
            }
        }
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw StorageErrors.translate(StorageErrors.Action.READ, e);
        }
    }

    /**
     * Runs work in one transaction; committed (and on disk, or {@link #onDiskTrouble said otherwise}) when this
     * returns, rolled back on error.
     */
    public <T> T write(SqlWork<T> work) {
        return write(work, null);
    }

    /**
     * Like {@link #write(SqlWork)}, and counts the write in {@code own} too (unless it joins a larger
     * {@link #transaction}), in the same step as in {@link #writeCount()}: a caller that tracks what its own
     * writes change can tell from {@link #writeCountBesides} whether anything else was written.
     */
    public <T> T write(SqlWork<T> work, AtomicLong own) {
        Connection joined = scope.get();
        if (joined != null) {
            try {
                return work.apply(joined);
            } catch (SQLException e) {
                throw StorageErrors.translate(StorageErrors.Action.SAVE, e);
            }
        }
        inUse.readLock().lock();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                forceToDisk(c);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                // an Error too: the auto-commit set back below would otherwise commit what ran of the work
                c.rollback();
                throw e;
            } finally {
                if (own == null) {
                    writes.incrementAndGet();
                } else {
                    synchronized (writes) {
                        own.incrementAndGet();
                        writes.incrementAndGet();
                    }
                }
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StorageErrors.translate(StorageErrors.Action.SAVE, e);
        } finally {
            inUse.readLock().unlock();
        }
    }

    /**
     * {@link #writeCount()} less the writes counted in {@code own} ({@link #write(SqlWork, AtomicLong)}), read
     * in one step: it stays the same exactly while nothing but those writes finished.
     */
    public long writeCountBesides(AtomicLong own) {
        synchronized (writes) {
            return writes.get() - own.get();
        }
    }

    /**
     * Encrypts, re-encrypts or decrypts the journal ({@code newFileKey} null = no encryption) for tests
     * and tools that manage the key file themselves: it is left as it is, except that decrypting
     * removes it.
     */
    public synchronized void changeEncryption(DataFolder folder, String oldFileKey, String newFileKey) {
        changeEncryption(folder, oldFileKey, newFileKey, null);
    }

    /**
     * Encrypts, re-encrypts or decrypts the journal ({@code newFileKey} null = no encryption) with
     * {@code newKeyFile} the key file that goes with {@code newFileKey} (null when decrypting: the key
     * file is removed). The database is closed, a converted copy is written (never a plain copy of an
     * encrypted journal) and checked (the same number of records in every table), and the copy takes
     * the journal's place in one step together with its key file ({@link Conversion}); a crash at any
     * moment leaves the old journal with its old key or the new one with its new key. On a failure the
     * journal stays as it was. Call it on the writer thread, with nothing else using the database.
     */
    public synchronized void changeEncryption(DataFolder folder, String oldFileKey, String newFileKey, KeyFile newKeyFile) {
        boolean manageKey = newKeyFile != null || (oldFileKey != null && newFileKey == null);
        Map<String, Long> before = counts();
        close(false); // not numbered: the copy is checked against the counts above
        Path work = null;
        try {
            work = Files.createTempDirectory(folder.root(), Conversion.WORK_PREFIX);
            Path copy = work.resolve(Conversion.DB_FILE);
            Conversion.copy(folder.root().resolve(Conversion.DB_FILE), oldFileKey, copy, newFileKey);
            Map<String, Long> after = readCopy(work.resolve("microlead"), newFileKey != null, user, passwordFor(newFileKey), Database::counts);
            if (!after.equals(before)) {
                throw new StorageException(t("storage.encryption.mismatch", String.valueOf(after), String.valueOf(before)));
            }
            if (manageKey) {
                Conversion.commit(folder, copy, newKeyFile, newFileKey == null);
            } else {
                Conversion.commit(folder, copy, null, false);
            }
            if (newFileKey != null) {
                Conversion.deleteTree(folder.searchIndexDir()); // the kept search index holds the days' words
            }
            url = urlFor(folder, newFileKey) + ";IFEXISTS=TRUE";
            password = passwordFor(newFileKey);
        } catch (IOException | SQLException e) {
            throw new StorageException(t("storage.encryption.failed", String.valueOf(e.getMessage())), e);
        } finally {
            Conversion.deleteTree(work);
            pool = pool(url, user, password);
            closed = false;
        }
    }

    /** Closes the database for a lock; {@link #resume()} opens it again with the same key. */
    public synchronized void suspend() {
        close();
    }

    /** Opens the database again after {@link #suspend()}. */
    public synchronized void resume() {
        if (!closed) {
            return; // open: a second pool would open nothing new, and the first would be lost
        }
        pool = pool(url, user, password);
        closed = false;
        read(c -> c.isValid(1));
    }

    private Map<String, Long> counts() {
        return read(Database::counts);
    }

    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            for (String t : tables) {
                try (ResultSet n = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                    n.next();
                    out.put(t, n.getLong(1));
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        close(true);
    }

    /** Closes; {@code numbered}: this close numbers itself ({@link CloseMark}). */
    private void close(boolean numbered) {
        if (closed) {
            return; // a journal locked (suspended) and then closed at exit: not opened again only to be closed
        }
        // the writes under way finish first (a write on this thread, which closes from inside it, cannot)
        boolean alone = false;
        boolean interrupted = false;
        if (inUse.getReadHoldCount() == 0) {
            try {
                alone = inUse.writeLock().tryLock(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
                if (!alone) {
                    LOG.warning("Writes still under way after " + CLOSE_WAIT_SECONDS + " s; closing the journal all the same");
                }
            } catch (InterruptedException e) {
                interrupted = true; // said again after the close: an interrupted thread's file channel would close mid-write
            }
        }
        try {
            shutdown(numbered);
        } finally {
            closed = true;
            if (alone) {
                inUse.writeLock().unlock();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether a {@link #close()} is waiting for writes under way to finish (tests). */
    boolean closeIsWaiting() {
        return inUse.hasQueuedThreads() && inUse.getReadLockCount() > 0;
    }

    /** This close's number, committed in the journal; 0 when it is not numbered. */
    private long stampClose(Connection c) {
        if (closeMark == null || closeUnnumbered || !(markDue || writes.get() > 0)) {
            return 0;
        }
        try {
            return CloseMark.stamp(c, closeMark.folderName());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The close could not be numbered in the journal", e);
            return 0;
        }
    }

    private void shutdown(boolean numbered) {
        // a plain (unpooled) connection, opened before the pool's are closed: the journal then never closes as the
        // last pooled connection goes (H2 closes a database with its last session, in whichever thread that is —
        // a reader's, which the end of the process can stop part-way), only here, by SHUTDOWN, which also ends the
        // sessions still in use. Not a pooled one: it would try to roll back after SHUTDOWN.
        long closeNumber = 0;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            pool.dispose();
            closeNumber = numbered ? stampClose(c) : 0;
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            closeNumber = 0;
            LOG.log(Level.WARNING, "Database shutdown reported a problem", e);
        } finally {
            pool.dispose();
        }
        if (closeNumber > 0) {
            closeMark.record(closeNumber); // only once the file is closed whole
        }
        LOG.info("Database closed");
    }

    /**
     * Calls {@code listener} (on the writer's thread) with a sentence for the person using the app when a
     * commit could not be forced to the disk, and with null when a later one was. Such a commit is not
     * reported as failed: it is in the journal, and the next reads see it — a "could not save" would have
     * the user save it again, and a 1:1 or a promise would be stored twice. What is true is said instead:
     * stored, but not confirmed on the disk (a power cut may lose it).
     */
    public void onDiskTrouble(Consumer<String> listener) {
        diskTrouble = listener == null ? message -> { } : listener;
    }

    /** After a commit: forces it to the disk, once more if that fails, and says so if it fails again. */
    private void forceToDisk(Connection c) {
        SQLException first = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                flush(c);
                confirmed(null);
                return;
            } catch (SQLException | RuntimeException e) {
                if (first == null) {
                    first = e instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e);
                }
            }
        }
        LOG.log(Level.WARNING, "Committed, but the disk did not confirm the write", first);
        confirmed(first);
    }

    /**
     * Tells the listener that a commit's forced write failed ({@code failure}), or worked after one that failed
     * (null): the state and what is said change together, so a failure and a success of two writers at once
     * cannot leave the note up with nothing to take it down. The commit is done either way: whatever the
     * listener throws is only logged, never reported as a failed save.
     */
    private void confirmed(SQLException failure) {
        synchronized (diskState) {
            if (failure == null && !unconfirmed) {
                return;
            }
            unconfirmed = failure != null;
            try {
                diskTrouble.accept(failure == null ? null : t("storage.save.unconfirmed", StorageErrors.diskCause(failure)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The disk's note could not be passed on", e);
            }
        }
        if (failure == null) {
            LOG.info("A commit was forced to the disk again after a failure");
        }
    }

    /**
     * Makes sure a commit is on the disk before "saved" is reported: WRITE_DELAY=0 alone leaves the
     * last commit to the operating system's cache (a power cut loses it) and, under load, not always
     * written at all when the process is killed. {@code CHECKPOINT SYNC} writes the store and forces
     * the file to the disk.
     */
    private static void flush(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        }
        StoreHeader.pointAtNewestChunk(c);
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    @Override
    public String toString() {
        return "Database[" + url + "]";
    }
}
