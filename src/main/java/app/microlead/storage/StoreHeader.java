package app.microlead.storage;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.mvstore.db.Store;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * The journal file's header, where H2 looks first for the newest state: pointed at the newest chunk after a commit
 * ({@link #pointAtNewestChunk}), and without H2's "closed cleanly" mark before H2 opens the file ({@link
 * #forgetCleanClose}).
 *
 * <p><b>After a commit.</b> A crash right after "Saved" must not take the save back.
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
    /** H2's header: two copies of one text, each in a block of this size at the start of the file. */
    static final int BLOCK = 4096;
    private static final String CHECKSUM = ",fletcher:";
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

    /**
     * Before H2 opens the journal file behind {@code url} (nothing has it open): takes H2's "closed cleanly" mark out
     * of the file's header, so that H2 looks for the newest state as it does after a crash.
     *
     * <p>Why: H2 2.5.252 trusts a header marked clean after checking only that the newest nineteen chunks its state lists
     * are where the list says. A chunk no longer in use whose room a later chunk took fails that check, and H2 then
     * opens the newest state among the chunks it had checked <em>before</em> that one, which are older ones: the
     * journal opens as it was many saves back, without a word, and the next write reuses chunk numbers the newer
     * state holds, which damages the file for good. Reproduced on the 20-year journal (a run stopped by a signal,
     * then three clean runs: the third opened 26 versions back, docs/performance.md, twenty-first round);
     * {@code StoreHeaderTest} opens such a file. Without the mark, H2 starts from the chunk the header names and the
     * last one in the file and checks every chunk the state needs, which finds the newest state: the path every
     * open after a crash already takes, at the cost of a few more small reads.
     *
     * <p>Each copy of the header is rewritten by itself, each forced to the disk before the next, so a cut at any
     * moment leaves at least one whole copy (H2 reads whichever is whole). Only while nothing has the file open: a
     * file H2 holds (here or in another process) is left alone. A header that does not
     * read as H2 wrote it (damaged, another key) is left for H2 to report. Failing here only logs: H2 then opens
     * the file as it finds it.
     *
     * @param password the password given with the url ({@link Database#passwordFor}: file key, space, user's)
     */
    static void forgetCleanClose(String url, String password) {
        Path file = fileOf(url);
        if (file == null || !Files.isRegularFile(file)) {
            return; // a new journal: H2 creates it
        }
        String fileKey = url.contains(";CIPHER=AES") && password != null && password.indexOf(' ') >= 0
                ? password.substring(0, password.indexOf(' ')) : null;
        try (FileChannel raw = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // the encryption's own block first; a shorter file is left for H2 (reading it through the encryption
            // would write a new encryption header into it)
            if (raw.size() < (fileKey == null ? 0 : BLOCK) + 2L * BLOCK || !lockedHere(raw)) {
                return;
            }
            FileChannel channel = fileKey == null ? raw
                    : new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(fileKey.toCharArray()), raw);
            ByteBuffer header = ByteBuffer.allocate(2 * BLOCK);
            while (header.hasRemaining()) {
                if (channel.read(header, header.position()) < 0) {
                    return;
                }
            }
            // the first copy first: of two whole copies of one version H2 takes the first, so a cut between the two
            // writes leaves the mark out
            boolean changed = false;
            for (int copy = 0; copy < 2; copy++) {
                byte[] without = withoutCleanMark(Arrays.copyOfRange(header.array(), copy * BLOCK, (copy + 1) * BLOCK));
                if (without != null) {
                    ByteBuffer out = ByteBuffer.wrap(without);
                    while (out.hasRemaining()) {
                        channel.write(out, (long) copy * BLOCK + out.position());
                    }
                    channel.force(false);
                    changed = true;
                }
            }
            if (changed) {
                LOG.fine(() -> "H2's clean-close mark taken out of " + file.getFileName());
            }
        } catch (IOException e) {
            // a journal on a read-only disk, say: H2 then opens it as it is
            LOG.warning("Cannot take H2's clean-close mark out of the journal file's header (" + e + "); H2 opens it as it is");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot take H2's clean-close mark out of the journal file's header; H2 opens it as it is", e);
        }
    }

    /**
     * Whether this process holds the whole file now (kept until {@code raw} closes): not when H2 has it open, here
     * (the lock overlaps H2's own) or in another process.
     */
    private static boolean lockedHere(FileChannel raw) throws IOException {
        try {
            return raw.tryLock() != null;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    /** The journal file of an H2 file url ({@code jdbc:h2:file:BASE;...} → {@code BASE.mv.db}); null for another url. */
    static Path fileOf(String url) {
        String prefix = "jdbc:h2:file:";
        if (url == null || !url.startsWith(prefix)) {
            return null;
        }
        int end = url.indexOf(';');
        return Path.of(url.substring(prefix.length(), end < 0 ? url.length() : end) + ".mv.db");
    }

    /**
     * One copy of H2's header ({@link #BLOCK} bytes) without its "clean" entry, checksummed as H2 does; null when it has
     * no such entry or does not read as a header H2 wrote (wrong checksum, not a header at all).
     */
    static byte[] withoutCleanMark(byte[] copy) {
        int end = copy.length;
        while (end > 0 && (copy[end - 1] & 0xff) <= ' ') {
            end--; // H2 pads the text with zeros and ends it with a line break
        }
        String text = new String(copy, 0, end, StandardCharsets.ISO_8859_1);
        int checksumAt = text.lastIndexOf(CHECKSUM);
        if (checksumAt < 0) {
            return null;
        }
        try {
            byte[] body = text.substring(0, checksumAt).getBytes(StandardCharsets.ISO_8859_1);
            if ((int) Long.parseLong(text.substring(checksumAt + CHECKSUM.length()), 16) != DataUtils.getFletcher32(body, 0, body.length)) {
                return null;
            }
            HashMap<String, String> entries = DataUtils.parseMap(text.substring(0, checksumAt));
            if (entries.remove("clean") == null) {
                return null;
            }
            StringBuilder out = DataUtils.appendMap(new StringBuilder(), entries);
            byte[] rest = out.toString().getBytes(StandardCharsets.ISO_8859_1);
            DataUtils.appendMap(out, "fletcher", DataUtils.getFletcher32(rest, 0, rest.length));
            out.append('\n');
            byte[] written = out.toString().getBytes(StandardCharsets.ISO_8859_1);
            return written.length > copy.length ? null : Arrays.copyOf(written, copy.length);
        } catch (RuntimeException e) {
            return null; // not a header H2 wrote
        }
    }
}
