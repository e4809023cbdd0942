package app.microlead.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A {@link TaskRunner} for tests: runs work and callbacks at once, on the calling thread. */
public final class DirectTaskRunner implements TaskRunner {

    private int writes;

    @Override
    public <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable t) {
            onFailure.accept(t);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        writes++;
        read(work, onSuccess, onFailure);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
    }

    /** How many writes were submitted. */
    public int writes() {
        return writes;
    }
}
