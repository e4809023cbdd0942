package app.microlead.shell;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters the control. A tooltip is a popup window with a scene of
 * its own; building hundreds up front (one per habit cell or calendar day) held the UI thread for a few hundred ms on
 * every reload of a large journal (see docs/performance.md, FX thread).
 */
public final class FxLazyTooltip {

    private FxLazyTooltip() {
    }

    public static void install(Control control, Supplier<String> text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(text.get()));
            }
        });
    }
}
