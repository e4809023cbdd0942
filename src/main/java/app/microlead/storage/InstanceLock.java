package app.microlead.storage;

import static app.microlead.common.I18n.t;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** One running Microlead per data folder, held by an OS file lock released when the process dies. */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or this one) already holds it. */
    public static Optional<InstanceLock> tryAcquire(Path lockFile) {
        try {
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock l = ch.tryLock();
                if (l == null) {
                    ch.close();
                    return Optional.empty();
                }
                return Optional.of(new InstanceLock(ch, l));
            } catch (OverlappingFileLockException e) {
                ch.close();
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new StorageException(t("storage.lock.failed", lockFile.toString()), e);
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
