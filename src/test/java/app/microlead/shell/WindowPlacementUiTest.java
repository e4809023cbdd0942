package app.microlead.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real app's window comes back as it was left, and a dialog does not change it. */
class WindowPlacementUiTest {

    @TempDir
    Path dataDir;

    private void prefs(String window) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.json"), "{\"reminder\": false, \"window\": " + window + "}");
    }

    private String savedWindow() throws Exception {
        return Files.readString(dataDir.resolve("preferences.json")).replaceAll("\\s", "");
    }

    @Test
    void theWindowOpensWhereItWasAndItsPlaceIsSavedAtClose() throws Exception {
        prefs("{\"x\": 40, \"y\": 30, \"width\": 1000, \"height\": 700, \"maximized\": false}");
        AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone());
        Stage stage = app.stage();
        try {
            assertThat(stage.isMaximized()).isFalse();
            assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                    .containsExactly(40, 30, 1000, 700);
            app.robot().interact(() -> {
                stage.setX(60);
                stage.setWidth(900);
            });
        } finally {
            app.close();
        }
        assertThat(savedWindow()).contains("\"x\":60.0").contains("\"width\":900.0").contains("\"maximized\":false");
    }

    @Test
    void theWindowGetsTheDesktopsIconsInEverySize() throws Exception {
        prefs("{\"x\": 40, \"y\": 30, \"width\": 1000, \"height\": 700, \"maximized\": false}");
        Stage kept = FxToolkit.registerPrimaryStage(); // the test toolkit keeps its stage: no icons from before
        FxToolkit.setupFixture(() -> kept.getIcons().clear());
        AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone());
        try {
            Stage stage = app.stage();
            // read on a thread of their own once the window shows
            app.waitUntil(() -> stage.getIcons().size() == 6, 10);
            assertThat(stage.getIcons()).extracting(Image::getWidth).containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        } finally {
            app.close();
        }
    }

    @Test
    void aMaximizedWindowStaysMaximizedAcrossADialogAndKeepsItsNormalBounds() throws Exception {
        prefs("{\"x\": 40, \"y\": 30, \"width\": 1000, \"height\": 700, \"maximized\": true}");
        AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone());
        Stage stage = app.stage();
        try {
            assertThat(stage.isMaximized()).isTrue();
            app.robot().push(KeyCode.F1);
            app.waitUntil(() -> app.robot().lookup("#shortcuts").tryQuery().isPresent(), 10);
            assertThat(stage.isMaximized()).isTrue();
            app.robot().push(KeyCode.ESCAPE);
            app.waitUntil(() -> app.robot().lookup("#shortcuts").tryQuery().isEmpty(), 10);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.isMaximized()).isTrue();
        } finally {
            app.close();
            app.robot().interact(() -> stage.setMaximized(false)); // the test toolkit keeps its stage
        }
        assertThat(savedWindow()).contains("\"x\":40.0").contains("\"width\":1000.0").contains("\"maximized\":true");
    }
}
