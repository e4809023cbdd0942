package app.microlead.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.App;
import app.microlead.AppConfig;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.KeyFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An encrypted journal asks for its passphrase; a wrong one is named, the right one opens it. */
class UnlockUiTest {

    @TempDir
    Path dataDir;

    @Test
    void wrongThenRightPassphrase() throws Exception {
        DataFolder folder = DataFolder.open(dataDir);
        KeyFile k = KeyFile.create();
        k.write(dataDir);
        try (Database db = Database.open(folder)) {
            db.changeEncryption(folder, null, k.fileKey("correct horse".toCharArray()));
        }
        FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(() -> new App(new AppConfig(dataDir, Clock.systemDefaultZone(), Locale.US)));
        FxRobot robot = new FxRobot();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
            // locked at start as after Ctrl+L: the sidebar's views out of reach (they took clicks and the focus)
            assertThat(robot.lookup("#nav-journal").query().isDisabled()).as("Journal in the sidebar").isTrue();
            robot.clickOn("#unlock-passphrase").write("wrong horse").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#unlock-error").queryAs(Label.class)
                    .getText().contains("does not match"));
            assertThat(app.shell().readyProperty().get()).isFalse();
            robot.clickOn("#unlock-passphrase").write("correct horse").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.shell().readyProperty().get());
            if (robot.lookup("#onboarding-skip").tryQuery().isPresent()) {
                robot.clickOn("#onboarding-skip");
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#page-today").tryQuery().isPresent());
            assertThat(robot.lookup("#unlock").tryQuery()).isEmpty();
            assertThat(robot.lookup("#nav-journal").query().isDisabled()).as("unlocked").isFalse();

            // typing, then Ctrl+L: the keyboard leaves the hidden journal, so nothing more reaches it
            TextArea text = robot.lookup("#today-text").queryAs(TextArea.class);
            robot.interact(text::requestFocus);
            robot.write("Before the lock");
            robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unlock").tryQuery().isPresent());
            robot.write("typed while locked");
            assertThat(text.getText()).isEqualTo("Before the lock");
            Node focused = robot.lookup("#unlock").query().getScene().getFocusOwner();
            for (Node n = focused; n != null; n = n.getParent()) {
                assertThat(n.getId()).isNotEqualTo("page-today");
            }
            robot.clickOn("#unlock-passphrase").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                    .write("correct horse").type(KeyCode.ENTER);
            // looked up on the FX thread: the unlock view leaves the scene while this waits
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> robot.lookup("#unlock").tryQuery().isEmpty()).get());
            assertThat(text.getText()).isEqualTo("Before the lock");
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }
}
