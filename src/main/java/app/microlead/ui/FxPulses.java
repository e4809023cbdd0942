package app.microlead.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Work spread over frames: the next piece runs after the scene has drawn the last one. */
public final class FxPulses {

    private FxPulses() {
    }

    /**
     * Runs {@code next} on the FX thread after the next pulse of the node's scene has been laid out;
     * right away (later on the FX thread) when the node is in no scene.
     */
    public static void afterNextPulse(Node node, Runnable next) {
        afterNextPulse(node.getScene(), next);
    }

    /** As {@link #afterNextPulse(Node, Runnable)}, for a whole scene (null: right away, later on the FX thread). */
    public static void afterNextPulse(Scene scene, Runnable next) {
        if (scene == null) {
            Platform.runLater(next);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(next);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
