package app.microlead.storage;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.mvstore.db.Store;

/**
 * Points the journal file's header at its newest chunk after a commit, so that a crash right after
 * "Saved" cannot take the save back.
 *
 * <p>Why: H2 (2.5.252, the newest release) finds the newest state after a crash by starting at the
 * chunk named in the file header and following each chunk's guess of where the next one will be
 * written. When a chunk is written somewhere else (space reuse), H2 rewrites the header — but with the
 * chunk before it, because it records the new chunk as the last one only after the header is written.
 * The chunks written after that are unreachable until the header is written again, and a kill in that
 * window reopens the journal several saves back (measured: {@code bench/kill-soak.sh}; reproduced in
 * {@code CrashCopyTest}). H2 offers no public call to write the header, so this writes it the way H2
 * does itself (under its chunk lock) and forces it to the disk.
 *
 * <p>If a future H2 renames what this uses, the save still works and this logs once; {@code
 * StoreHeaderTest} fails first, so an upgrade cannot drop the protection silently.
 */
final class StoreHeader {

    private static final Logger LOG = Logger.getLogger(StoreHeader.class.getName());
    private static final Field SAVE_CHUNK_LOCK;
    private static final Method WRITE_STORE_HEADER;

    static {
        Field lock = null;
        Method write = null;
        try {
            lock = FileStore.class.getDeclaredField("saveChunkLock");
            lock.setAccessible(true);
            write = RandomAccessStore.class.getDeclaredMethod("writeStoreHeader");
            write.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot reach H2's store header; a crash right after a save may lose it", e);
            lock = null;
            write = null;
        }
        SAVE_CHUNK_LOCK = lock;
        WRITE_STORE_HEADER = write;
    }

    private StoreHeader() {
    }

    /** Whether this H2 offers what {@link #pointAtNewestChunk} needs. */
    static boolean available() {
        return SAVE_CHUNK_LOCK != null && WRITE_STORE_HEADER != null;
    }

    /** Writes the header of the file behind {@code c} so it names the newest chunk, and forces it. */
    static void pointAtNewestChunk(Connection c) throws SQLException {
        if (!available() || !(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return;
        }
        Store store = session.getDatabase().getStore();
        if (store == null || store.getMvStore().isClosed()) {
            return; // closing or closed: H2 writes the header itself, and a header written now could name a chunk it moves
        }
        FileStore<?> file = store.getMvStore().getFileStore();
        if (!(file instanceof RandomAccessStore) || file.isReadOnly()) {
            return;
        }
        try {
            ReentrantLock lock = (ReentrantLock) SAVE_CHUNK_LOCK.get(file);
            lock.lock();
            try {
                WRITE_STORE_HEADER.invoke(file);
            } finally {
                lock.unlock();
            }
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Cannot write the journal file's header", e);
        }
        file.sync();
    }
}
