package app.microlead.ui;

import app.microlead.common.Scheduler;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * {@link Scheduler} whose actions run on the FX thread. Use it from the FX thread only. {@link #close()} calls off
 * everything still waiting, so nothing of a closed window runs later.
 * <p>
 * The waiting is done by a timer thread, not by JavaFX's animation timer: a waiting {@code PauseTransition} is a
 * running animation, and while one runs JavaFX draws 60 frames a second whether anything changed or not (the
 * end-of-day reminder looks at the clock every minute, so one was always waiting: ~2 % of a core, all day).
 */
public final class FxScheduler implements Scheduler {

    /**
     * One daemon thread for every scheduler: it only waits, then hands each action to the FX thread. What is called
     * off leaves its queue at once (else each call-off, one per key press for the lock's idle timer, stayed queued
     * until its time, and with it what its action refers to: a closed window's whole view).
     */
    private static final class Timer {
        static final ScheduledThreadPoolExecutor THREAD = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "microlead-timer");
            t.setDaemon(true);
            return t;
        });

        static {
            THREAD.setRemoveOnCancelPolicy(true);
        }
    }

    /** Actions scheduled and neither run nor called off (FX thread only). */
    private final Set<Waiting> waiting = new LinkedHashSet<>();
    private boolean closed;

    private static final class Waiting {
        ScheduledFuture<?> timer;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        if (closed) {
            return () -> { };
        }
        Waiting w = new Waiting();
        waiting.add(w);
        // run only if still waiting when its turn on the FX thread comes: a call-off in between wins
        w.timer = Timer.THREAD.schedule(() -> Platform.runLater(() -> {
            if (waiting.remove(w)) {
                action.run();
            }
        }), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> callOff(w);
    }

    private void callOff(Waiting w) {
        if (waiting.remove(w)) {
            w.timer.cancel(false);
        }
    }

    /** Calls off every action still waiting; later ones are not scheduled at all. */
    public void close() {
        closed = true;
        List.copyOf(waiting).forEach(this::callOff);
        waiting.clear();
    }

    /** How many actions are waiting to run (tests). */
    int waiting() {
        return waiting.size();
    }
}
