package app.microlead.common;

import java.time.Duration;

/** Runs an action once things have been quiet for a while; each {@link #poke()} restarts the wait. */
public final class Debouncer {

    private final Scheduler scheduler;
    private final Duration quiet;
    private final Runnable action;
    private Scheduler.Cancellable pending;

    public Debouncer(Scheduler scheduler, Duration quiet, Runnable action) {
        this.scheduler = scheduler;
        this.quiet = quiet;
        this.action = action;
    }

    public void poke() {
        cancel();
        pending = scheduler.schedule(quiet, () -> {
            pending = null;
            action.run();
        });
    }

    public void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    public boolean isPending() {
        return pending != null;
    }
}
