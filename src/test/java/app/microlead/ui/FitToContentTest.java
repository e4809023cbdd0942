package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A dialog grows to its content, but never beyond the screen, and settles (no endless refits). */
class FitToContentTest extends FxStageTest {


    @Test
    void aSmallWindowGrowsToItsContent() throws Exception {
        DialogPane pane = show(300, 200);
        FxToolkit.setupFixture(() -> Themes.refitWhileSettling(stage, () -> Themes.fitToContent(stage, pane)));
        WaitForAsyncUtils.waitForFxEvents(5);
        FxToolkit.setupFixture(() -> {
            assertThat(stage.getScene().getWidth()).isGreaterThanOrEqualTo(pane.prefWidth(-1) - 1);
            assertThat(stage.getScene().getHeight()).isGreaterThanOrEqualTo(pane.prefHeight(-1) - 1);
        });
    }

    @Test
    @Timeout(30)
    void aDialogTallerThanTheScreenIsAsTallAsTheScreenAndItsListScrolls() throws Exception {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        DialogPane pane = show(area.getHeight() * 2, 200);
        FxToolkit.setupFixture(() -> Themes.refitWhileSettling(stage, () -> Themes.fitToContent(stage, pane)));
        WaitForAsyncUtils.waitForFxEvents(5);
        FxToolkit.setupFixture(() -> {
            assertThat(pane.prefHeight(-1)).isGreaterThan(area.getHeight());
            assertThat(stage.getHeight()).isLessThanOrEqualTo(area.getHeight() + 1);
            assertThat(stage.getScene().getHeight()).isGreaterThan(200); // it did grow, to the screen
            assertThat(stage.getY()).isGreaterThanOrEqualTo(area.getMinY());
            assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(area.getMaxY() + 1);
        });
    }

    @Test
    @Timeout(30)
    void aRealDialogTallerThanTheScreenSettles() throws Exception {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        Dialog<?>[] dialog = new Dialog<?>[1];
        FxToolkit.setupFixture(() -> {
            Region content = new Region();
            content.setPrefSize(400, area.getHeight() * 2);
            ScrollPane scroll = new ScrollPane(content);
            scroll.setPrefViewportHeight(area.getHeight() * 2);
            dialog[0] = new Dialog<>();
            dialog[0].getDialogPane().setContent(scroll);
            dialog[0].getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            dialog[0].show();
            stage = (Stage) dialog[0].getDialogPane().getScene().getWindow();
            Themes.refitWhileSettling(stage, () -> Themes.fitToContent(stage, dialog[0].getDialogPane()));
        });
        WaitForAsyncUtils.waitForFxEvents(10);
        FxToolkit.setupFixture(() -> {
            assertThat(stage.getHeight()).isLessThanOrEqualTo(area.getHeight() + 1);
        });
    }

    /** A dialog whose whole content is its minimum (the shortcuts sheet) is not held to the dialogs' width cap. */
    @Test
    void aDialogThatMustShowItAllAsksForMoreThanTheCap() {
        Region sheet = new Region();
        sheet.setPrefWidth(936);
        sheet.setMinWidth(Region.USE_PREF_SIZE);
        sheet.setMaxWidth(600); // the cap every dialog has
        assertThat(Themes.askedWidth(sheet)).isEqualTo(936);
        Region plain = new Region();
        plain.setPrefWidth(936);
        plain.setMaxWidth(600);
        assertThat(Themes.askedWidth(plain)).isEqualTo(600);
    }

    /** A window of 200 px height holding a dialog pane whose scrolling content asks for {@code contentHeight}. */
    private DialogPane show(double contentHeight, double windowHeight) throws Exception {
        DialogPane[] pane = new DialogPane[1];
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            Region content = new Region();
            content.setPrefSize(400, contentHeight);
            ScrollPane scroll = new ScrollPane(content);
            scroll.setPrefViewportHeight(contentHeight);
            scroll.setPrefViewportWidth(400);
            pane[0] = new DialogPane();
            pane[0].setContent(scroll);
            stage.setScene(new Scene(pane[0], 250, windowHeight));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return pane[0];
    }
}
