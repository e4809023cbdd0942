package app.microlead.storage;

import static app.microlead.common.I18n.t;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One Microlead at a time per data folder (the app or a command), held by an OS file lock released
 * when the process dies. The lock file names its holder ({@code app 1234} or {@code command import 1234}),
 * so that whoever finds the journal taken can say what holds it.
 */
public final class InstanceLock implements AutoCloseable {

    /** The app's own holder name. */
    public static final String APP = "app";

    /**
     * The lock covers a byte far past the holder's line, so that the line stays readable on systems
     * whose locks also stop reads (Windows); it overlaps the whole-file lock of earlier versions.
     */
    private static final long LOCKED_BYTE = 1L << 40;

    /** Who holds a journal: the app, or a command by its name. */
    public record Holder(String command, long pid) {
        public boolean isApp() {
            return command == null;
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The app's lock, or empty when another process (or this one) already holds it. */
    public static Optional<InstanceLock> tryAcquire(Path lockFile) {
        return tryAcquire(lockFile, APP);
    }

    /**
     * The lock for {@code holder} ({@link #APP} or a command's name), or empty when another process (or
     * this one) already holds it; {@link #holder} then says who.
     */
    public static Optional<InstanceLock> tryAcquire(Path lockFile, String holder) {
        try {
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                FileLock l = ch.tryLock(LOCKED_BYTE, 1, false);
                if (l == null) {
                    ch.close();
                    return Optional.empty();
                }
                String line = (APP.equals(holder) ? APP : "command " + holder) + " " + ProcessHandle.current().pid() + "\n";
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), 0);
                ch.force(false);
                return Optional.of(new InstanceLock(ch, l));
            } catch (OverlappingFileLockException e) {
                ch.close();
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new StorageException(t("storage.lock.failed", lockFile.toString()), e);
        }
    }

    /** Who holds the lock file's journal, when its holder wrote its name (earlier versions did not). */
    public static Optional<Holder> holder(Path lockFile) {
        try {
            String[] words = Files.readString(lockFile, StandardCharsets.UTF_8).strip().split("\\s+");
            if (words.length == 2 && words[0].equals(APP)) {
                return Optional.of(new Holder(null, Long.parseLong(words[1])));
            }
            if (words.length == 3 && words[0].equals("command") && words[1].matches("[a-z-]{1,40}")) {
                return Optional.of(new Holder(words[1], Long.parseLong(words[2])));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }
}
