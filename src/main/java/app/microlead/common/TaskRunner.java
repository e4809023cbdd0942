package app.microlead.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work off the JavaFX Application Thread and hands the result back to it.
 * Reads run concurrently; writes run one at a time, in order, on a single writer thread that is
 * drained before the database closes. Tests use a version that runs everything on the calling
 * thread.
 */
public interface TaskRunner {

    /** Runs {@code work} in the background; exactly one callback then runs on the UI thread. */
    <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Like {@link #read}, but queued on the single writer thread, after every earlier write. */
    <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs a callback on the UI thread (now, if already on it). */
    void onUiThread(Runnable action);

    /** Waits until every queued write has finished, then stops accepting work. */
    void shutdown();
}
