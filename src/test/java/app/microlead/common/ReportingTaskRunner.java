package app.microlead.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * A task runner that tells each write as it is handed over and once it has returned, for the child processes
 * of the kill tests: {@code handedOver} gives what the write took (the words typed by then), and {@code done}
 * is told that number again once the write is committed.
 */
public final class ReportingTaskRunner implements TaskRunner {

    private final TaskRunner tasks;
    private final IntSupplier handedOver;
    private final Consumer<Integer> done;

    public ReportingTaskRunner(TaskRunner tasks, IntSupplier handedOver, Consumer<Integer> done) {
        this.tasks = tasks;
        this.handedOver = handedOver;
        this.done = done;
    }

    @Override
    public <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        tasks.read(work, onSuccess, onFailure);
    }

    @Override
    public <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        int took = handedOver.getAsInt();
        tasks.write(work, result -> {
            done.accept(took);
            onSuccess.accept(result);
        }, onFailure);
    }

    @Override
    public void onUiThread(Runnable action) {
        tasks.onUiThread(action);
    }

    @Override
    public void shutdown() {
        tasks.shutdown();
    }
}
