package app.microlead.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.backup.Backups;
import app.microlead.common.DirectTaskRunner;
import app.microlead.common.StubDialogs;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupSettingsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void backUpNowRestoreAndChooseFolder() {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        List<Path> remembered = new ArrayList<>();
        int[] quit = {0};
        boolean[] mayQuit = {true};
        StubDialogs dialogs = new StubDialogs();
        dialogs.answer = false;
        try (Database db = Database.open(folder)) {
            BackupSettingsViewModel vm = new BackupSettingsViewModel(db, folder.root().resolve("backups"),
                    d -> new Backups(folder, d, Clock.systemUTC()), ZoneOffset.UTC, new DirectTaskRunner(), dialogs, remembered::add,
                    () -> mayQuit[0], () -> quit[0]++);
            vm.load();
            assertThat(vm.backups()).isEmpty();
            vm.backUpNow();
            assertThat(vm.backups()).hasSize(1);
            assertThat(vm.messageProperty().get()).startsWith("Backed up and verified: 0 days");

            vm.restore(vm.backups().get(0));
            assertThat(quit[0]).isZero();
            assertThat(folder.root().resolve("restore-pending.txt")).doesNotExist();
            dialogs.answer = true;
            mayQuit[0] = false; // something typed and not saved, and the user keeps the app open
            vm.restore(vm.backups().get(0));
            assertThat(quit[0]).isZero();
            assertThat(folder.root().resolve("restore-pending.txt")).as("a restore waiting for the next start").doesNotExist();
            mayQuit[0] = true;
            vm.restore(vm.backups().get(0));
            assertThat(quit[0]).isEqualTo(1);
            assertThat(folder.root().resolve("restore-pending.txt")).exists();

            Path other = dir.resolve("elsewhere");
            vm.useFolder(other);
            assertThat(remembered).containsExactly(other);
            assertThat(vm.backups()).isEmpty();
            vm.backUpNow();
            assertThat(Files.exists(other)).isTrue();
            assertThat(vm.backups()).hasSize(1);
        }
    }
}
