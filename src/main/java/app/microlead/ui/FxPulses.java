package app.microlead.ui;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;

/** Work spread over frames: the next piece runs after the scene has drawn the last one. */
public final class FxPulses {

    /** Pieces asked for and not run yet (a view still being built frame by frame). */
    private static final AtomicInteger PENDING = new AtomicInteger();

    private FxPulses() {
    }

    /** Whether every piece asked for has run: nothing is still being built frame by frame. */
    public static boolean idle() {
        return PENDING.get() == 0;
    }

    /**
     * Runs {@code next} on the FX thread after the next pulse of the node's scene has been laid out;
     * right away (later on the FX thread) when the node is in no scene.
     */
    public static void afterNextPulse(Node node, Runnable next) {
        afterNextPulse(node.getScene(), next);
    }

    /**
     * Adds each part to {@code parent} after a frame of its own, in order (a part is made when its frame
     * comes), then runs {@code done}: a page shows at once, and no single frame makes, styles and lays out
     * all of it.
     */
    public static void addOneAFrame(Pane parent, Iterator<Supplier<Node>> parts, Runnable done) {
        if (!parts.hasNext()) {
            done.run();
            return;
        }
        afterNextPulse(parent, () -> {
            parent.getChildren().add(parts.next().get());
            addOneAFrame(parent, parts, done);
        });
    }

    /** As {@link #afterNextPulse(Node, Runnable)}, for a whole scene (null: right away, later on the FX thread). */
    public static void afterNextPulse(Scene scene, Runnable next) {
        PENDING.incrementAndGet();
        Runnable counted = () -> {
            try {
                next.run(); // a piece that asks for the next one counts it before this one is done
            } finally {
                PENDING.decrementAndGet();
            }
        };
        if (scene == null) {
            Platform.runLater(counted);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(counted);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
