package app.microlead.sync;

import app.microlead.storage.FileSync;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared folder's layout (docs/sync.md): {@code microlead-sync.json} (format, salt and work factor
 * of the key, check value; written once by the computer that set the folder up) and
 * {@code devices/<device id>/} with each device's numbered files, {@code 0000000042.batch} and
 * {@code 0000000040.snap}. A device writes only in its own folder, each file under a temporary name
 * first and then renamed, and never changes a file once it is there. Copies a sync service makes
 * ("0000000042.sync-conflict-….batch", "0000000042 (conflicted copy).batch") are read like the file
 * they copy; temporary names (starting with a dot, ending in .tmp or .part) are left alone.
 */
final class SyncFolder {

    static final String HEADER = "microlead-sync.json";
    static final String DEVICES = "devices";
    static final String BATCH = "batch";
    static final String SNAPSHOT = "snap";
    private static final Pattern NAME = Pattern.compile("^(\\d{1,18})\\b.*\\.(batch|snap)$");
    /** A file larger than this is no file of ours (and would not fit in memory). */
    static final long MAX_FILE = 512L * 1024 * 1024;

    /** The folder's key header. */
    record Header(int format, int iterations, byte[] salt, byte[] check) {
    }

    /** A device's file found in the folder. */
    record FileRef(Path path, String device, long seq, String kind) {
    }

    private final Path root;

    SyncFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The folder's header, if it has one; a header that cannot be read is an {@link IOException}. */
    Optional<Header> header() throws IOException {
        Path f = root.resolve(HEADER);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        JsonNode n = Unit.JSON.readTree(f.toFile());
        if (n == null || !"microlead-sync".equals(n.path("app").asText())) {
            throw new IOException(HEADER + " is not a Microlead sync header");
        }
        try {
            return Optional.of(new Header(n.path("format").asInt(), n.path("iterations").asInt(),
                    Base64.getDecoder().decode(n.path("salt").asText()), Base64.getDecoder().decode(n.path("check").asText())));
        } catch (IllegalArgumentException e) {
            throw new IOException(HEADER + " is damaged", e);
        }
    }

    /** Writes the header of a new folder; false when another computer wrote one first (use that one). */
    boolean createHeader(Header h) throws IOException {
        Files.createDirectories(root.resolve(DEVICES));
        ObjectNode o = Unit.JSON.createObjectNode();
        o.put("app", "microlead-sync");
        o.put("format", h.format());
        o.put("kdf", "PBKDF2WithHmacSHA256");
        o.put("iterations", h.iterations());
        o.put("salt", Base64.getEncoder().encodeToString(h.salt()));
        o.put("check", Base64.getEncoder().encodeToString(h.check()));
        Path tmp = root.resolve("." + HEADER + ".tmp");
        Files.write(tmp, Unit.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o));
        FileSync.force(tmp);
        try {
            Files.move(tmp, root.resolve(HEADER)); // no replace: the first header stays
            FileSync.forceDirectory(root);
            return true;
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
            return false;
        }
    }

    Path deviceDir(String device) {
        return root.resolve(DEVICES).resolve(device);
    }

    static String fileName(long seq, String kind) {
        return String.format("%010d.%s", seq, kind);
    }

    /** Every device file in the folder (copies made by a sync service included). */
    List<FileRef> list() throws IOException {
        List<FileRef> out = new ArrayList<>();
        Path devices = root.resolve(DEVICES);
        if (!Files.isDirectory(devices)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(devices)) {
            for (Path dir : ds) {
                if (!Files.isDirectory(dir) || dir.getFileName().toString().startsWith(".")) {
                    continue;
                }
                String device = dir.getFileName().toString();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                    for (Path f : files) {
                        String name = f.getFileName().toString();
                        Matcher m = NAME.matcher(name);
                        if (!name.startsWith(".") && m.matches() && Files.isRegularFile(f)) {
                            out.add(new FileRef(f, device, Long.parseLong(m.group(1)), m.group(2)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The highest sequence number among this device's files (0 when none). */
    long maxSeq(String device) throws IOException {
        return list().stream().filter(f -> f.device().equals(device)).mapToLong(FileRef::seq).max().orElse(0);
    }

    /**
     * Puts a file into this device's folder: written to a temporary name, forced to the disk, then
     * renamed. A file already there under that name is complete (it was renamed into place) and is kept.
     */
    void write(String device, long seq, String kind, byte[] bytes) throws IOException {
        Path dir = deviceDir(device);
        Files.createDirectories(dir);
        Path target = dir.resolve(fileName(seq, kind));
        if (Files.exists(target)) {
            return;
        }
        Path tmp = dir.resolve("." + fileName(seq, kind) + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            os.write(bytes);
        }
        FileSync.force(tmp);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
        FileSync.forceDirectory(dir);
    }

    /** Removes this device's own files whose sequence number {@code old} accepts, and its stale temporary files. */
    void prune(String device, LongPredicate old) throws IOException {
        Path dir = deviceDir(device);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                Matcher m = NAME.matcher(name);
                if (name.startsWith(".") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(f);
                } else if (m.matches() && old.test(Long.parseLong(m.group(1)))) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    static byte[] read(FileRef f) throws IOException {
        if (Files.size(f.path()) > MAX_FILE) {
            throw new IOException(f.path().getFileName() + " is too large to be a sync file");
        }
        return Files.readAllBytes(f.path());
    }
}
