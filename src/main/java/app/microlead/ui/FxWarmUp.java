package app.microlead.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Gets the controls' code ready while the journal opens in the background and the window thread has
 * nothing to do: one control of each kind the views use gets its skin and styles in the real scene,
 * invisible, one kind a frame, so the first view builds in a fraction of the time and no single frame
 * waits long. Stops as soon as the host shows something else.
 */
public final class FxWarmUp {

    /** The kinds of control, in the order the first view (Today) needs them. */
    static final List<Supplier<Node>> CONTROLS = List.of(
            () -> new ScrollPane(new VBox(new Label("x"))),
            () -> new ToggleButton("x", new FontIcon("fth-check")),
            () -> new Button("x", new FontIcon("fth-chevron-left")),
            () -> new TextField("x"),
            TextArea::new,
            DatePicker::new,
            () -> new CheckBox("x"),
            ComboBox::new,
            ListView::new);

    private FxWarmUp() {
    }

    /** Warms the controls up inside {@code host} (a child of a shown scene); call on the FX thread. */
    public static void start(Pane host) {
        new Run(host, new ArrayDeque<>(CONTROLS)).afterNextFrame();
    }

    private static final class Run {
        private final Pane host;
        private final Deque<Supplier<Node>> left;
        private final List<Node> hostChildren;
        private Node current;

        Run(Pane host, Deque<Supplier<Node>> left) {
            this.host = host;
            this.left = left;
            this.hostChildren = List.copyOf(host.getChildren());
        }

        void next() {
            if (current != null) {
                host.getChildren().remove(current);
                current = null;
            }
            Scene scene = host.getScene();
            // the host shows something else now (the views are ready): the warm-up is over
            if (left.isEmpty() || scene == null || !host.getChildren().equals(hostChildren)) {
                return;
            }
            Node n = left.poll().get();
            n.setOpacity(0);
            n.setManaged(false);
            n.setMouseTransparent(true);
            n.setFocusTraversable(false);
            host.getChildren().add(n);
            n.applyCss();
            if (n instanceof Parent p) {
                p.autosize();
                p.layout();
            }
            current = n;
            afterNextFrame();
        }

        /** The next kind after the next frame. */
        void afterNextFrame() {
            if (host.getScene() != null) {
                FxPulses.afterNextPulse(host, this::next);
            }
        }
    }
}
