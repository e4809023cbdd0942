package app.microlead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.I18n;
import app.microlead.common.ManualScheduler;
import app.microlead.common.StubDialogs;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → Sync in German, as wide as in a 1024-pixel window: the passphrase field says what it is for. */
class SyncSettingsLayoutUiTest {

    @TempDir
    Path dir;
    private TestDevice device;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        if (stage != null) {
            FxToolkit.setupFixture(stage::close);
        }
        if (device != null) {
            device.close();
        }
    }

    @Test
    void thePassphrasePlaceholderIsWholeInGerman() throws Exception {
        I18n.setLocale(Locale.GERMAN);
        device = new TestDevice(dir, "laptop", Instant.parse("2026-12-01T18:00:00Z"));
        SyncViewModel vm = new SyncViewModel(device.engine, new DirectTaskRunner(), new ManualScheduler(), device.clock,
                () -> false, s -> { }, r -> { }, new StubDialogs());
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            stage.setScene(new Scene(new StackPane(SyncSettingsView.build(vm, d -> { })), 760, 500));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        PasswordField[] field = new PasswordField[1];
        FxToolkit.setupFixture(() -> field[0] = (PasswordField) stage.getScene().lookup("#settings-sync-passphrase"));
        // it was as narrow as a dozen letters beside three buttons: "Passphrase der…"
        assertThat(field[0].getPromptText()).isEqualTo(I18n.t("sync.view.passphrase.prompt"));
    }
}
