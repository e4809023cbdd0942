package app.microlead.ui;

import app.microlead.common.Scheduler;
import java.time.Duration;
import javafx.animation.PauseTransition;

/** {@link Scheduler} on JavaFX animation time; actions run on the FX thread. */
public final class FxScheduler implements Scheduler {

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
