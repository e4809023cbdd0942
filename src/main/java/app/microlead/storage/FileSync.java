package app.microlead.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** Forcing files and folder entries to the disk, for the steps of a conversion that must survive a crash. */
public final class FileSync {

    private static final Set<PosixFilePermission> OWNER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private FileSync() {
    }

    public static void force(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    /** Forces a folder's entries (a rename) to the disk; not possible on every system, then skipped. */
    public static void forceDirectory(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its renames are written through anyway
        }
    }

    /**
     * Makes {@code root} and everything under it the owner's alone: the group and others lose every access, the
     * owner may read and write everything and go into every folder, and a file they made executable stays so (on
     * file systems with POSIX permissions; elsewhere nothing changes). Links are not followed; a path that cannot be changed (another
     * owner's) is left as it is.
     */
    public static void restrictTreeToOwner(Path root) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix") || !Files.exists(root)) {
            return;
        }
        try {
            // a file that goes while the tree is walked (the search index's merges, a log rolled over) is passed
            // by, and the walk goes on: Files.walk stopped at the first one and left the rest as it was
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    tighten(dir, true);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isSymbolicLink()) {
                        tighten(file, false);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the folder itself went: nothing to tighten
        }
    }

    private static void tighten(Path p, boolean folder) {
        try {
            Set<PosixFilePermission> had = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            // the owner may read and write (a journal copied from a read-only disk opened read-only, and every save
            // failed), and go into folders; an owner's execute bit on a file stays as it was
            Set<PosixFilePermission> own = folder ? EnumSet.copyOf(OWNER)
                    : EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            had.stream().filter(OWNER::contains).forEach(own::add);
            if (!own.equals(had)) {
                Files.setPosixFilePermissions(p, own);
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // not ours to change, or gone meanwhile
        }
    }

    /** As {@link #restrictToOwner(Path)}, for a folder when {@code folder} is true (rwx------). */
    public static void restrictToOwner(Path path, boolean folder) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------"));
        }
    }

    public static void restrictToOwner(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
