package app.microlead.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxToolkit;

/** A test of one control in a window of its own: the toolkit started once, the window closed after each test. */
abstract class FxStageTest {

    /** The window the test shows (null when it showed none). */
    protected Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeStage() throws Exception {
        if (stage != null) {
            Stage shown = stage;
            FxToolkit.setupFixture(() -> {
                // JavaFX leaves a field focused in a window it closes, its caret blinking (60 frames a second) on
                // into the next tests
                if (shown.getScene() != null) {
                    shown.getScene().getRoot().requestFocus();
                }
                shown.close();
            });
        }
    }
}
