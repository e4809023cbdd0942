package app.microlead.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Logger;
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
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Gets the controls' code ready while the journal opens in the background and the window thread has
 * nothing to do: one control of each kind the views use gets its skin and styles in the real scene,
 * invisible, one kind a frame, so the first view builds in a fraction of the time and no single frame
 * waits long. Stops as soon as the host shows something else.
 */
public final class FxWarmUp {

    private static final Logger LOG = Logger.getLogger(FxWarmUp.class.getName());
    static final String FONTS_THREAD = "microlead-fonts";

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

    /**
     * Loads the fonts on a thread of its own: the text font (the font system's first use: finding and
     * opening the font files, about 50 ms) and the icons' font, which the first styled frame would
     * otherwise load on the window thread. Call it once the toolkit runs and before anything shows text;
     * wait for the result before the first node with text or an icon is styled, so that the font
     * system is never used from two threads at once. Never fails, and always ends: what was not loaded
     * loads later, where it is first needed.
     */
    public static CompletableFuture<Void> fontsInBackground(String iconCode) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                Font.getDefault();
                new Text("Microlead").getLayoutBounds();
                new FontIcon(iconCode).getLayoutBounds();
            } catch (RuntimeException | LinkageError e) {
                LOG.fine(() -> "Fonts not loaded ahead: " + e);
            } finally {
                done.complete(null); // the window thread waits for it: it must end, whatever happened
            }
        }, FONTS_THREAD);
        t.setDaemon(true);
        t.start();
        return done;
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
