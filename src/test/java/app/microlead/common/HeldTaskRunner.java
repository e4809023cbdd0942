package app.microlead.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link TaskRunner} for tests that holds every task until {@link #release()}, so that a test can look
 * at a view model while its load is still running; then runs them on the calling thread, in order.
 */
public final class HeldTaskRunner implements TaskRunner {

    private final Deque<Runnable> held = new ArrayDeque<>();
    private final DirectTaskRunner direct = new DirectTaskRunner();

    @Override
    public <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> direct.read(work, onSuccess, onFailure));
    }

    @Override
    public <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        read(work, onSuccess, onFailure);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
    }

    /** How many tasks wait. */
    public int held() {
        return held.size();
    }

    /** Runs the first held task only (those it gives wait behind the others). */
    public void step() {
        held.poll().run();
    }

    /** Runs the held tasks, and those they give, until none is left. */
    public void release() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
    }
}
