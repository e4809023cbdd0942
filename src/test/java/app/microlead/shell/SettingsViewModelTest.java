package app.microlead.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    @Test
    void opensTheDataFolder() {
        List<Path> opened = new ArrayList<>();
        SettingsViewModel vm = new SettingsViewModel(new SimpleObjectProperty<>(Theme.LIGHT), Path.of("/data/ml"),
                opened::add);
        vm.openDataFolder();
        assertThat(opened).containsExactly(Path.of("/data/ml"));
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void failureToOpenSaysWhereTheFolderIs() {
        SettingsViewModel vm = new SettingsViewModel(new SimpleObjectProperty<>(Theme.LIGHT), Path.of("/data/ml"),
                p -> {
                    throw new IOException("no file manager");
                });
        vm.openDataFolder();
        assertThat(vm.messageProperty().get()).contains("/data/ml");
    }

    @Test
    void themeIsSharedWithTheShell() {
        SimpleObjectProperty<Theme> shared = new SimpleObjectProperty<>(Theme.LIGHT);
        SettingsViewModel vm = new SettingsViewModel(shared, Path.of("/x"), p -> { });
        vm.themeProperty().set(Theme.DARK);
        assertThat(shared.get()).isEqualTo(Theme.DARK);
    }
}
