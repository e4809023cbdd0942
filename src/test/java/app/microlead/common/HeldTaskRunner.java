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

    /** A task held: all of it ({@code run}), or its work alone. */
    private record Held(Runnable run, Callable<?> work) {
    }

    private final Deque<Held> held = new ArrayDeque<>();
    private final DirectTaskRunner direct = new DirectTaskRunner();

    @Override
    public <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(new Held(() -> direct.read(work, onSuccess, onFailure), work));
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
        held.poll().run().run();
    }

    /**
     * Runs the first held task's work and never its callback, as if the app stopped (a crash, a power cut) right
     * after what the work wrote was committed.
     */
    public void stopAfterWork() throws Exception {
        held.poll().work().call();
    }

    /** Runs the held tasks, and those they give, until none is left. */
    public void release() {
        while (!held.isEmpty()) {
            step();
        }
    }
}
