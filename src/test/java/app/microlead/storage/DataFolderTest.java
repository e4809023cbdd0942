package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path dir;

    private final Path home = Path.of("/home/lea");

    @Test
    void explicitFolderWinsOverEnvironment() {
        Path chosen = DataFolder.resolve(Path.of("/tmp/x"), Map.of("MICROLEAD_HOME", "/tmp/y"), "Linux", home);
        assertThat(chosen).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void environmentVariableWinsOverOsDefault() {
        Path chosen = DataFolder.resolve(null, Map.of("MICROLEAD_HOME", "/tmp/y"), "Linux", home);
        assertThat(chosen).isEqualTo(Path.of("/tmp/y"));
    }

    @Test
    void osDefaults() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", home))
                .isEqualTo(Path.of("/home/lea/.local/share/microlead"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", home))
                .isEqualTo(Path.of("/data/microlead"));
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/lea/Library/Application Support/Microlead"));
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "/c/Users/lea/AppData/Roaming"), "Windows 11", home))
                .isEqualTo(Path.of("/c/Users/lea/AppData/Roaming/Microlead"));
    }

    @Test
    void missingFolderIsCreatedOwnerOnly() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = dir.resolve("a/b/journal");
        DataFolder folder = DataFolder.open(target);
        assertThat(folder.root()).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rwx------");
    }

    @Test
    void aFileInTheWayGivesAReadableMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> DataFolder.open(file))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot write to its data folder");
    }

    @Test
    void aFolderHoldingOtherFilesAndNoJournalIsRefusedAndNothingInItChanges() throws Exception {
        Path theirs = Files.createDirectories(dir.resolve("project/src"));
        Path file = Files.writeString(dir.resolve("project/README"), "x");
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(theirs, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThatThrownBy(() -> DataFolder.open(dir.resolve("project")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("already holds other files");
        try (var left = Files.list(dir.resolve("project"))) {
            assertThat(left).containsExactlyInAnyOrder(theirs, file);
        }
        if (posix) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rwxr-xr-x");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(theirs))).isEqualTo("rwxr-xr-x");
        }
    }

    @Test
    void aFolderOfHiddenFilesOnlyIsSomeoneElsesToo() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve(".bashrc"), "x");
        assertThatThrownBy(() -> DataFolder.open(home)).isInstanceOf(StorageException.class)
                .hasMessageContaining("already holds other files");
        try (var left = Files.list(home)) {
            assertThat(left).containsExactly(home.resolve(".bashrc"));
        }
    }

    @Test
    void aFolderWithOnlyAFileManagersFilesOrOneOfMicroleadsOwnFilesOpens() throws Exception {
        for (Path ours : List.of(folderWith("fresh", ".DS_Store"),
                folderWith("older", ".microlead.lock", "notes I keep here.txt"),
                folderWith("killed", ".write-check123.tmp"),
                folderWith("preferences-first", "preferences.json"))) {
            assertThat(DataFolder.open(ours).root()).isEqualTo(ours);
        }

        // another program's preferences do not make its folder Microlead's
        Path project = folderWith("project-with-prefs", "preferences.json", "build.gradle");
        assertThatThrownBy(() -> DataFolder.open(project)).isInstanceOf(StorageException.class)
                .hasMessageContaining("already holds other files");
    }

    /** A folder under the test's own with empty files of these names. */
    private Path folderWith(String name, String... files) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (String f : files) {
            Files.writeString(folder.resolve(f), "");
        }
        return folder;
    }
}
