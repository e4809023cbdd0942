package app.microlead.storage;

import static app.microlead.common.I18n.t;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Changing a journal file's encryption so that a crash at any instant leaves either the old journal
 * with its old key or the new journal with its new key.
 *
 * <p>The converted copy is written in a work folder ({@code .convert…}), encrypted from its first
 * byte when the target is encrypted (no plaintext copy of an encrypted journal is ever written). Before
 * the copy replaces the journal, a small record ({@code microlead.convert.json}) names the copy by a
 * fingerprint of its first bytes and says what becomes of the key file. The rename of the copy over
 * the journal is the single moment of change: {@link #recover} (at every start, and right after the
 * rename) finds the record and, if the journal is the copy, puts the new key file in place (or
 * removes it); otherwise it drops the record. Work folders are deleted by {@link #recover} too.
 */
public final class Conversion {

    private static final Logger LOG = Logger.getLogger(Conversion.class.getName());
    static final String PENDING = "microlead.convert.json";
    public static final String WORK_PREFIX = ".convert";
    public static final String DB_FILE = "microlead.mv.db";
    /** The staged key of the conversion code before this one; still found in folders it was interrupted in. */
    static final String LEGACY_STAGED_KEY = KeyFile.NAME + ".new";
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int FINGERPRINT_BYTES = 64 * 1024;

    private Conversion() {
    }

    /** Whether a database file is encrypted (H2's encrypted files start with their own header). */
    public static boolean isEncrypted(Path dbFile) throws IOException {
        try (InputStream in = Files.newInputStream(dbFile)) {
            return startsEncrypted(in);
        }
    }

    public static boolean startsEncrypted(InputStream in) throws IOException {
        byte[] head = in.readNBytes(ENCRYPTED_HEADER.length);
        return Arrays.equals(head, ENCRYPTED_HEADER);
    }

    /** Names a file by its size and first bytes (an encrypted file's start holds its random salt). */
    static String fingerprint(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readNBytes(FINGERPRINT_BYTES));
            return Files.size(file) + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies a closed database file, decrypting with {@code fromKey} and encrypting with {@code toKey}
     * (either null: plain), straight from one file to the other, and forces the copy to the disk.
     */
    public static void copy(Path from, String fromKey, Path to, String toKey) throws IOException {
        try (FileChannel in = channel(from, fromKey, StandardOpenOption.READ);
             FileChannel out = channel(to, toKey, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                     StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
            long size = in.size();
            for (long pos = 0; pos < size; ) {
                buf.clear();
                buf.limit((int) Math.min(buf.capacity(), size - pos));
                int n = in.read(buf, pos);
                if (n <= 0) {
                    throw new IOException("Unexpected end of " + from.getFileName());
                }
                buf.flip();
                for (long at = pos; buf.hasRemaining(); ) {
                    at += out.write(buf, at);
                }
                pos += n;
            }
            out.force(true);
        }
    }

    /** Encrypts a plain database read as a stream (a backup's zip entry): no plaintext copy is written. */
    public static void encryptStream(InputStream in, Path to, String toKey) throws IOException {
        try (FileChannel out = channel(to, toKey, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            byte[] block = new byte[64 * 1024];
            long pos = 0;
            for (int n; (n = in.readNBytes(block, 0, block.length)) > 0; ) {
                ByteBuffer buf = ByteBuffer.wrap(block, 0, n);
                while (buf.hasRemaining()) {
                    pos += out.write(buf, pos);
                }
            }
            out.force(true);
        }
    }

    private static FileChannel channel(Path file, String key, StandardOpenOption... options) throws IOException {
        FileChannel c = FileChannel.open(file, options);
        if (key == null) {
            return c;
        }
        // the bytes H2 itself derives from the file password given with CIPHER=AES
        return new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(key.toCharArray()), c);
    }

    /**
     * Puts a converted, checked and closed copy in place of the journal. {@code newKey}: the key file
     * that belongs to the copy (null with {@code removeKey} for a plain copy; null without it: leave
     * the key file as it is).
     */
    static void commit(DataFolder folder, Path converted, KeyFile newKey, boolean removeKey) throws IOException {
        writeRecord(folder, converted, newKey, removeKey);
        Path root = folder.root();
        // the moment of change
        Files.move(converted, root.resolve(DB_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        FileSync.forceDirectory(root);
        recover(folder);
    }

    /** Step one of {@link #commit}: the record of what the copy is and which key goes with it, on the disk. */
    static void writeRecord(DataFolder folder, Path converted, KeyFile newKey, boolean removeKey) throws IOException {
        Path root = folder.root();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("journal", fingerprint(converted));
        if (newKey != null) {
            record.put("key", newKey.toMap());
        }
        record.put("removeKey", removeKey);
        Path tmp = root.resolve(PENDING + ".tmp");
        new ObjectMapper().writeValue(tmp.toFile(), record);
        FileSync.force(tmp);
        Files.move(tmp, root.resolve(PENDING), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        FileSync.forceDirectory(root);
    }

    /**
     * Finishes or forgets an interrupted conversion and deletes its work files. Call it before the
     * journal opens, while holding the data folder's lock.
     */
    @SuppressWarnings("unchecked")
    public static void recover(DataFolder folder) {
        Path root = folder.root();
        Path pending = root.resolve(PENDING);
        Path db = root.resolve(DB_FILE);
        try {
            if (Files.exists(pending)) {
                Map<String, Object> record = new ObjectMapper().readValue(pending.toFile(), Map.class);
                boolean committed = Files.exists(db) && fingerprint(db).equals(record.get("journal"));
                if (committed) {
                    if (record.get("key") instanceof Map<?, ?> key) {
                        KeyFile.fromMap((Map<String, Object>) key, PENDING).write(root);
                    } else if (Boolean.TRUE.equals(record.get("removeKey"))) {
                        KeyFile.delete(root);
                    }
                    LOG.info("A journal conversion was completed");
                } else {
                    LOG.info("An interrupted journal conversion was undone; the journal is as it was");
                }
                Files.delete(pending);
                FileSync.forceDirectory(root);
            }
            recoverLegacy(root, db);
        } catch (IOException | RuntimeException e) {
            throw new StorageException(t("storage.encryption.recover.failed", String.valueOf(e.getMessage())), e);
        }
        deleteWorkFiles(root);
    }

    /** The conversion before this one staged {@code microlead.key.new} and renamed it after the journal. */
    private static void recoverLegacy(Path root, Path db) throws IOException {
        Path staged = root.resolve(LEGACY_STAGED_KEY);
        if (!Files.exists(staged) || Files.exists(root.resolve(KeyFile.NAME))) {
            return;
        }
        if (Files.exists(db) && isEncrypted(db)) {
            Files.move(staged, root.resolve(KeyFile.NAME), StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.delete(staged);
        }
        FileSync.forceDirectory(root);
    }

    /** Work folders of conversions and restores ({@code .convert…}, the older {@code .reencrypt…}), in a folder. */
    public static void deleteWorkFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.startsWith(WORK_PREFIX) || n.startsWith(".reencrypt") || n.startsWith(".key")
                        || n.equals(PENDING + ".tmp") || n.equals(KeyFile.NAME + ".tmp") || n.equals(DB_FILE + ".restoring")) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not clean work files in " + dir, e);
        }
    }

    public static void deleteTree(Path p) {
        if (p == null || !Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    LOG.warning("Could not delete " + f);
                }
            });
        } catch (IOException e) {
            LOG.warning("Could not delete " + p);
        }
    }
}
