package app.microlead.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionSettingsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void turnOnChangeAndOffWithChecks() {
        DataFolder folder = DataFolder.open(dir);
        AtomicReference<String> key = new AtomicReference<>();
        try (Database db = Database.open(folder)) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO app_meta VALUES ('probe', 'kept')"));
            // before each encryption the app moves its search index off the disk: asked with the journal as it is then
            List<String> asked = new ArrayList<>();
            EncryptionSettingsViewModel vm = new EncryptionSettingsViewModel(folder, db, key, new DirectTaskRunner(),
                    () -> dir.resolve("backups"), () -> asked.add(key.get() == null ? "plain" : "encrypted"));
            assertThat(vm.enabledProperty().get()).isFalse();

            vm.turnOn("short".toCharArray(), "short".toCharArray(), true);
            assertThat(vm.messageProperty().get()).contains("at least 8");
            vm.turnOn("correct horse".toCharArray(), "correct hose".toCharArray(), true);
            assertThat(vm.messageProperty().get()).contains("differ");
            vm.turnOn("correct horse".toCharArray(), "correct horse".toCharArray(), false);
            assertThat(vm.messageProperty().get()).contains("lost passphrase");
            assertThat(KeyFile.read(dir)).isEmpty();
            assertThat(asked).isEmpty();

            vm.turnOn("correct horse".toCharArray(), "correct horse".toCharArray(), true);
            assertThat(asked).containsExactly("plain");
            assertThat(vm.enabledProperty().get()).isTrue();
            assertThat(KeyFile.read(dir)).isPresent();
            assertThat(key.get()).isEqualTo(KeyFile.read(dir).orElseThrow().fileKey("correct horse".toCharArray()));

            vm.change("wrong horse".toCharArray(), "battery staple".toCharArray(), "battery staple".toCharArray());
            assertThat(vm.messageProperty().get()).contains("not the current passphrase");
            assertThat(vm.failedProperty().get()).as("said as what went wrong").isTrue();
            assertThat(asked).containsExactly("plain");
            vm.change("correct horse".toCharArray(), "battery staple".toCharArray(), "battery staple".toCharArray());
            assertThat(vm.messageProperty().get()).contains("was changed");
            assertThat(vm.failedProperty().get()).isFalse();
            assertThat(asked).containsExactly("plain", "encrypted");
            assertThat(key.get()).isEqualTo(KeyFile.read(dir).orElseThrow().fileKey("battery staple".toCharArray()));
        }
        try (Database db = Database.openEncrypted(folder, key.get())) {
            EncryptionSettingsViewModel vm = new EncryptionSettingsViewModel(folder, db, key, new DirectTaskRunner());
            vm.turnOff("battery staple".toCharArray());
            assertThat(vm.enabledProperty().get()).isFalse();
            assertThat(KeyFile.read(dir)).isEmpty();
        }
        try (Database db = Database.open(folder)) {
            String v = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT meta_value FROM app_meta WHERE meta_key = 'probe'")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(v).isEqualTo("kept");
        }
    }
}
