package app.microlead.ui;

import app.microlead.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** The production {@link TaskRunner}: background executors, callbacks on the FX thread. */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService readers = Executors.newFixedThreadPool(2, daemon("microlead-read"));
    private final ExecutorService writer = Executors.newSingleThreadExecutor(daemon("microlead-write"));
    /** Tasks given whose callback has not run yet. */
    private final AtomicInteger pending = new AtomicInteger();

    @Override
    public <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submit(readers, work, onSuccess, onFailure);
    }

    @Override
    public <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submit(writer, work, onSuccess, onFailure);
    }

    private <T> void submit(ExecutorService executor, Callable<T> work, Consumer<? super T> onSuccess,
                            Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // a late callback of a closed window (a debounce that fired as it closed): nothing is left
            // to show its result; a write this late would be a bug in the closing order, so it is logged
            LOG.log(executor == writer ? Level.WARNING : Level.FINE, "Task given after shutdown, not run");
            return;
        }
        pending.incrementAndGet();
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> handBack(() -> onSuccess.accept(result)));
            } catch (Throwable t) {
                LOG.log(Level.WARNING, "Background task failed", t);
                Platform.runLater(() -> handBack(() -> onFailure.accept(t)));
            }
        });
    }

    private void handBack(Runnable callback) {
        try {
            callback.run();
        } finally {
            pending.decrementAndGet();
        }
    }

    /** Whether every task given so far has finished and its callback has run (tests wait for this). */
    public boolean idle() {
        return pending.get() == 0;
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void shutdown() {
        readers.shutdown();
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warning("Pending writes did not finish within 30 s");
            }
            readers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
