package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
}
