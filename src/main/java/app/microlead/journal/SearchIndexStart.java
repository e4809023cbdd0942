package app.microlead.journal;

import app.microlead.common.Scheduler;
import app.microlead.common.TaskRunner;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the search index once, in the background: after the Journal's first frame, or a moment
 * after start-up, whichever comes first. Waiting leaves the two cores of a small machine to the
 * first views while they are drawn (on a 20-year journal the build takes about a second of CPU).
 */
public final class SearchIndexStart implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SearchIndexStart.class.getName());

    /** How long after start-up the index is built when the Journal has not been opened before. */
    public static final Duration DELAY = Duration.ofMillis(2500);

    private final Runnable build;
    private final TaskRunner tasks;
    private final Scheduler scheduler;
    private final Runnable onBuilt;
    private boolean started;
    private Scheduler.Cancellable later;

    /**
     * @param build   builds the index (runs on a reading thread)
     * @param onBuilt runs on the UI thread once the index is ready
     */
    public SearchIndexStart(Runnable build, TaskRunner tasks, Scheduler scheduler, Runnable onBuilt) {
        this.build = build;
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.onBuilt = onBuilt;
    }

    /** Builds the index {@link #DELAY} from now unless it was started before. */
    public void startSoon() {
        later = scheduler.schedule(DELAY, this::startNow);
    }

    /** Builds the index now unless it was started before (the Journal's first frame). */
    public void startNow() {
        if (started) {
            return;
        }
        started = true;
        tasks.read(() -> {
            build.run();
            return null;
        }, ok -> onBuilt.run(), error -> LOG.log(Level.WARNING, "Search index could not be built", error));
    }

    /** The app is closing: nothing new starts in the background. */
    @Override
    public void close() {
        started = true;
        if (later != null) {
            later.cancel();
        }
    }
}
