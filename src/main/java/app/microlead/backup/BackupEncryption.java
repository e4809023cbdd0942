package app.microlead.backup;

import app.microlead.storage.Conversion;
import app.microlead.storage.Database;
import app.microlead.storage.FileSync;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Brings the backups in line with the journal's encryption: encrypts plain backups when encryption
 * is turned on (straight from the zip into an encrypted file: no plaintext copy is written), re-keys
 * them with a new passphrase, decrypts them when it is turned off, or deletes them when the person
 * asks for that. Each converted backup is checked by opening it before it replaces the old one in one
 * rename; work files lie in {@code .convert…} folders that {@link Conversion#deleteWorkFiles} removes.
 */
public final class BackupEncryption {

    private static final Logger LOG = Logger.getLogger(BackupEncryption.class.getName());

    /** How many backups were converted, and which could not be (left as they were). */
    public record Result(int converted, List<Path> failed) {
    }

    private BackupEncryption() {
    }

    /** The database copies in a backup folder: verified zips and the journal copies a restore keeps. */
    public static List<Path> files(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "microlead-*.{zip,mv.db}")) {
            ds.forEach(out::add);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list backups in " + dir, e);
        }
        out.sort(null);
        return out;
    }

    /** Whether a backup (zip or database file) holds an encrypted database. */
    public static boolean isEncrypted(Path backup) throws IOException {
        if (!backup.getFileName().toString().endsWith(".zip")) {
            return Conversion.isEncrypted(backup);
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".mv.db")) {
                    return Conversion.startsEncrypted(in);
                }
            }
        }
        throw new IOException(backup.getFileName() + " holds no database");
    }

    /**
     * Converts every backup that is encrypted as {@code fromKey} says (null: plain) to {@code toKey}
     * (null: plain). Backups in another state are left alone.
     */
    public static Result convertAll(Path dir, String fromKey, String toKey) {
        Conversion.deleteWorkFiles(dir);
        int converted = 0;
        List<Path> failed = new ArrayList<>();
        for (Path b : files(dir)) {
            try {
                if (isEncrypted(b) != (fromKey != null)) {
                    continue;
                }
                convert(b, fromKey, toKey);
                converted++;
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "Backup " + b.getFileName() + " could not be converted: " + e.getClass().getSimpleName());
                failed.add(b);
            }
        }
        Conversion.deleteWorkFiles(dir);
        return new Result(converted, failed);
    }

    /** Whether any backup in the folder is plain (left by an interrupted "turn encryption on"). */
    public static boolean anyPlain(Path dir) {
        for (Path b : files(dir)) {
            try {
                if (!isEncrypted(b)) {
                    return true;
                }
            } catch (IOException e) {
                // unreadable: nothing to convert
            }
        }
        return false;
    }

    /**
     * Encrypts backups left unencrypted beside an encrypted journal (by a "turn encryption on" that
     * was interrupted before it came to them); call it once the journal's key is known again.
     */
    public static Result encryptLeftovers(Path dir, String fileKey) {
        if (!anyPlain(dir)) {
            return new Result(0, List.of());
        }
        Result r = convertAll(dir, null, fileKey);
        LOG.info(() -> "Encrypted " + r.converted() + " backups left unencrypted; " + r.failed().size() + " could not be");
        return r;
    }

    /** Deletes every backup and its description; returns how many backups there were. */
    public static int deleteAll(Path dir) {
        int n = 0;
        for (Path b : files(dir)) {
            try {
                Files.deleteIfExists(b);
                Files.deleteIfExists(b.resolveSibling(b.getFileName().toString().replaceFirst("\\.zip$", ".json")));
                n++;
            } catch (IOException e) {
                LOG.warning("Could not delete backup " + b.getFileName());
            }
        }
        return n;
    }

    private static void convert(Path backup, String fromKey, String toKey) throws IOException, SQLException {
        Path work = Files.createTempDirectory(backup.getParent(), Conversion.WORK_PREFIX);
        try {
            Path converted = work.resolve(Conversion.DB_FILE);
            boolean zip = backup.getFileName().toString().endsWith(".zip");
            String entryName = Conversion.DB_FILE;
            if (!zip) {
                Conversion.copy(backup, fromKey, converted, toKey);
            } else {
                try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
                    ZipEntry e = in.getNextEntry();
                    while (e != null && !e.getName().endsWith(".mv.db")) {
                        e = in.getNextEntry();
                    }
                    if (e == null) {
                        throw new IOException(backup.getFileName() + " holds no database");
                    }
                    entryName = e.getName();
                    if (fromKey == null) {
                        Conversion.encryptStream(in, converted, toKey);
                    } else {
                        // an encrypted source is copied out as it is, then converted from that copy
                        Path source = work.resolve("source.mv.db");
                        Files.copy(in, source);
                        Conversion.copy(source, fromKey, converted, toKey);
                        Files.delete(source);
                    }
                }
            }
            check(work, toKey);
            Path replacement = converted;
            if (zip) {
                replacement = work.resolve("backup.zip");
                try (OutputStream out = Files.newOutputStream(replacement); ZipOutputStream z = new ZipOutputStream(out);
                     InputStream in = Files.newInputStream(converted)) {
                    z.putNextEntry(new ZipEntry(entryName));
                    in.transferTo(z);
                    z.closeEntry();
                }
            }
            // the owner's only, as every backup is written (made in a new file, it was readable by everyone)
            FileSync.restrictToOwner(replacement);
            FileSync.force(replacement);
            Files.move(replacement, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            FileSync.forceDirectory(backup.getParent());
        } finally {
            Conversion.deleteTree(work);
        }
    }

    /** Opens the converted copy with its key and reads a table: it must be a journal. */
    static void check(Path work, String key) throws SQLException {
        Database.readCopy(work.resolve("microlead"), key, c -> {
            c.createStatement().executeQuery("SELECT COUNT(*) FROM entry").close();
            return null;
        });
    }
}
