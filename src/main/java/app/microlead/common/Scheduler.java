package app.microlead.common;

import java.time.Duration;

/**
 * Runs an action on the UI thread after a delay, for debouncing (autosave). Tests use a manual
 * version whose time they move themselves.
 */
@FunctionalInterface
public interface Scheduler {

    /** Schedules {@code action}; the returned handle cancels it if it has not run yet. */
    Cancellable schedule(Duration delay, Runnable action);

    /** A scheduled action that can still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
