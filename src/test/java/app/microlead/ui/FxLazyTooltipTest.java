package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Tooltips are made on the first hover, once; their text can be read before that. */
class FxLazyTooltipTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aControlGetsItsTooltipOnTheFirstHoverOnly() throws Exception {
        Button b = new Button("Save");
        int[] asked = new int[1];
        FxLazyTooltip.install(b, () -> "Save the day (Ctrl+S) " + ++asked[0]);
        assertThat(b.getTooltip()).isNull();
        assertThat(FxLazyTooltip.text(b)).contains("Save the day (Ctrl+S) 1");

        FxToolkit.setupFixture(() -> Event.fireEvent(b, enter()));
        Tooltip made = b.getTooltip();
        assertThat(made).isNotNull();
        assertThat(made.getText()).isEqualTo("Save the day (Ctrl+S) 2");
        FxToolkit.setupFixture(() -> Event.fireEvent(b, enter()));
        assertThat(b.getTooltip()).isSameAs(made);
        assertThat(FxLazyTooltip.text(b)).contains("Save the day (Ctrl+S) 2");
    }

    @Test
    void anyNodeCanHaveOne() throws Exception {
        Region cell = new Region();
        FxLazyTooltip.install(cell, () -> "12 March: done");
        assertThat(cell.getProperties()).doesNotContainValue(null);
        FxToolkit.setupFixture(() -> Event.fireEvent(cell, enter()));
        assertThat(cell.getProperties().values()).anyMatch(v -> v instanceof Tooltip t && t.getText().equals("12 March: done"));
        assertThat(FxLazyTooltip.text(cell)).contains("12 March: done");
        assertThat(FxLazyTooltip.text(new Region())).isEmpty();
    }

    private static MouseEvent enter() {
        return new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0, false, false,
                false, false, false, false, false, false, false, false, null);
    }
}
