package app.microlead.cli;

import app.microlead.storage.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where an export may write, checked before the journal is opened: nothing is replaced without {@code --force},
 * nothing is written inside the journal's own data folder (not even with it: the journal's database is a file
 * like any other), and a missing folder or a folder given for a file is named as such.
 */
final class ExportTarget {

    private ExportTarget() {
    }

    /**
     * Checks {@code out} (a file, or a folder when {@code folder}) and the {@code others} written beside it, for
     * the journal in {@code dataDir}; throws a {@link CommandException} that says what is wrong and what to do.
     */
    static void check(Path out, boolean folder, List<Path> others, boolean force, Path dataDir) {
        Path target = out.toAbsolutePath().normalize();
        if (DataFolder.inside(dataDir, target)) {
            throw new CommandException(target + " is inside the journal's data folder " + dataDir
                    + ": choose a place outside it.");
        }
        Path parent = target.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CommandException("There is no folder " + parent + ": create it first, or choose another place"
                    + " for the " + (folder ? "folder." : "file."));
        }
        if (folder) {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new CommandException(target + " is a file; with --per-day, --out names a folder.");
            }
            if (!force && holdsFiles(target)) {
                throw new CommandException(target + " already holds files. Add --force to write the days into it (a"
                        + " day's file of the same name is replaced), or choose an empty or new folder.");
            }
            return;
        }
        if (Files.isDirectory(target)) {
            throw new CommandException(target + " is a folder: give a file's name, such as "
                    + target.resolve("microlead-export") + ".");
        }
        for (Path p : Stream.concat(Stream.of(target), others.stream().map(o -> o.toAbsolutePath().normalize())).toList()) {
            if (Files.isDirectory(p)) {
                throw new CommandException(p + " is a folder, and the export writes a file of that name.");
            }
            if (!force && Files.exists(p)) {
                throw new CommandException(p + " already exists. Add --force to replace it, or choose another name.");
            }
        }
    }

    private static boolean holdsFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }
}
