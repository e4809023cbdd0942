package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A card's text with its buttons (Today's nudge): side by side in a wide window, the buttons under the text in
 * a narrow one, and in both as wide as the card, never wider (no sideways scrolling).
 */
class FxTextAndActionsTest extends FxStageTest {

    private Label text;
    private Button first;
    private Button second;
    private FxTextAndActions pane;

    @Test
    void inAWideCardTheButtonsStandBesideTheTextAtTheRightEdge() throws Exception {
        show(1000);
        FxToolkit.setupFixture(() -> {
            assertThat(pane.sideBySide(pane.getWidth())).isTrue();
            Bounds t = bounds(text);
            Bounds b1 = bounds(first);
            Bounds b2 = bounds(second);
            assertThat(b1.getMinX()).isGreaterThan(t.getMaxX());
            assertThat(b2.getMinX()).isGreaterThan(b1.getMaxX());
            assertThat(b2.getMinY()).isLessThan(b1.getMaxY()); // one row
            // the pane takes the card's width (less the icon), its buttons end at its right edge
            assertThat(pane.getWidth()).isGreaterThan(900);
            assertThat(b2.getMaxX()).isCloseTo(bounds(pane).getMaxX(), offset(0.5));
            assertThat(text.getHeight()).isLessThan(2 * text.getFont().getSize() + 8); // one line: it had room
        });
    }

    @Test
    void inANarrowCardTheButtonsGoUnderTheTextAndNothingIsWiderThanTheCard() throws Exception {
        show(330);
        FxToolkit.setupFixture(() -> {
            assertThat(pane.sideBySide(pane.getWidth())).isFalse();
            Bounds t = bounds(text);
            Bounds b1 = bounds(first);
            Bounds b2 = bounds(second);
            assertThat(b1.getMinY()).isGreaterThanOrEqualTo(t.getMaxY());
            assertThat(b2.getMinY()).isGreaterThanOrEqualTo(b1.getMaxY()); // no room for both in a row either
            assertThat(bounds(pane).getMaxX()).isLessThanOrEqualTo(330.5);
            assertThat(b2.getMaxX()).isLessThanOrEqualTo(330.5);
            assertThat(first.getWidth()).isGreaterThanOrEqualTo(first.prefWidth(-1) - 0.5); // whole, not cut
            // the card is as tall as what it holds
            assertThat(bounds(pane).getMaxY()).isGreaterThanOrEqualTo(b2.getMaxY() - 0.5);
        });
    }

    private void show(double width) throws Exception {
        FxToolkit.setupFixture(() -> {
            text = new Label("Farid Berg has not come up in your journal for 84 days.");
            first = new Button("Snooze for 7 days");
            second = new Button("No nudges about this person");
            pane = new FxTextAndActions(text, 14, first, second);
            Region icon = new Region();
            icon.setMinSize(16, 16);
            HBox.setHgrow(pane, Priority.ALWAYS);
            HBox card = new HBox(8, icon, pane);
            VBox root = new VBox(card);
            stage = new Stage();
            stage.setScene(new Scene(root, width, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }
}
