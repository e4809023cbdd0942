package app.microlead.ui;

import app.microlead.common.Scheduler;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.PauseTransition;

/**
 * {@link Scheduler} on JavaFX animation time; actions run on the FX thread. Use it from the FX thread
 * only. {@link #close()} calls off everything still waiting, so nothing of a closed window runs later.
 */
public final class FxScheduler implements Scheduler {

    private final Set<PauseTransition> waiting = new LinkedHashSet<>();
    private boolean closed;

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        if (closed) {
            return () -> { };
        }
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> {
            waiting.remove(pause);
            action.run();
        });
        waiting.add(pause);
        pause.play();
        return () -> {
            pause.stop();
            waiting.remove(pause);
        };
    }

    /** Calls off every action still waiting; later ones are not scheduled at all. */
    public void close() {
        closed = true;
        List.copyOf(waiting).forEach(PauseTransition::stop);
        waiting.clear();
    }

    /** How many actions are waiting to run (tests). */
    int waiting() {
        return waiting.size();
    }
}
