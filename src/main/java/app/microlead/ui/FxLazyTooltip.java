package app.microlead.ui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters the node. A tooltip is a popup window with a scene of
 * its own, so building hundreds up front (one per habit cell or calendar day) holds the UI thread on
 * every reload of a large journal and delays the first frame (figures in docs/performance.md).
 */
public final class FxLazyTooltip {

    private static final String KEY = FxLazyTooltip.class.getName();

    private FxLazyTooltip() {
    }

    /** Gives {@code node} a tooltip with the supplied text, made when the pointer first enters it. */
    public static void install(Node node, Supplier<String> text) {
        node.getProperties().put(KEY, text);
        boolean[] made = new boolean[1];
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (made[0]) {
                return;
            }
            made[0] = true;
            Tooltip tip = new Tooltip(text.get());
            // the text is asked for again each time it shows: what it describes may have changed
            tip.setOnShowing(shown -> tip.setText(text.get()));
            if (node instanceof Control c) {
                c.setTooltip(tip);
            } else {
                Tooltip.install(node, tip);
            }
        });
    }

    /**
     * Gives {@code labeled} a tooltip with its own text while it shows its icon only (as a stylesheet's narrow
     * layout may have it); with its text shown, a tooltip would only say it again.
     */
    public static void whileIconOnly(Labeled labeled) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(labeled.textProperty());
        labeled.contentDisplayProperty().addListener((o, was, now) ->
                labeled.setTooltip(now == ContentDisplay.GRAPHIC_ONLY ? tip : null));
    }

    /** The text of the tooltip the node has or will have (checks and tests read it without hovering). */
    public static Optional<String> text(Node node) {
        if (node instanceof Control c && c.getTooltip() != null) {
            return Optional.ofNullable(c.getTooltip().getText());
        }
        if (node.getProperties().get(KEY) instanceof Supplier<?> s) {
            return Optional.ofNullable((String) s.get());
        }
        return Optional.empty();
    }
}
