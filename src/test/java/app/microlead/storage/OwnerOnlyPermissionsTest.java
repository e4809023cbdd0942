package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder and everything in it belong to its owner alone, older folders included. */
class OwnerOnlyPermissionsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions exist on Linux and macOS only");
    }

    @Test
    void anOlderFolderOpenToOthersIsMadeOwnerOnlyWhenOpened() throws Exception {
        Path root = dir.resolve("microlead");
        Files.createDirectories(root.resolve("backups"));
        Files.createDirectories(root.resolve("logs"));
        for (Path f : List.of(root.resolve("microlead.key"), root.resolve("preferences.json"),
                root.resolve("backups/microlead-2026-01-01T10-00-00-daily.zip"), root.resolve("logs/microlead.0.log"))) {
            Files.writeString(f, "x");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }
        for (Path d : List.of(root, root.resolve("backups"), root.resolve("logs"))) {
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        DataFolder.open(root);

        assertEverythingOwnerOnly(root);
    }

    @Test
    void theOwnerMayReadAndWriteAndKeepsTheirExecuteBitTheOthersLoseTheirAccess() throws Exception {
        Path root = Files.createDirectories(dir.resolve("microlead"));
        Files.writeString(root.resolve("preferences.json"), "{}");
        Path script = Files.writeString(root.resolve("backup-hook.sh"), "#!/bin/sh");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path readOnly = Files.writeString(root.resolve("microlead.mv.db"), "x");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--rw-rw-"));

        DataFolder.open(root);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwx------");
        // a journal copied from a read-only disk can be written again
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly))).isEqualTo("rw-------");
    }

    @Test
    void aNewJournalFileAndTheLogsAreOwnerOnly() throws Exception {
        DataFolder folder = DataFolder.open(dir.resolve("fresh"));
        try (Database db = Database.open(folder)) {
            assertThat(folder.root().resolve("microlead.mv.db")).exists();
        }
        FileHandler logs = Logs.fileHandler(folder.logsDir());
        logs.close();
        assertThat(folder.logsDir().resolve("microlead.0.log")).exists();
        assertEverythingOwnerOnly(folder.root());
    }

    private static void assertEverythingOwnerOnly(Path root) throws Exception {
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.toList();
        }
        assertThat(all).hasSizeGreaterThan(2);
        for (Path p : all) {
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
            assertThat(mode).as(root.relativize(p).toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
        }
    }
}
