package app.microlead.storage;

import app.microlead.common.Debouncer;
import app.microlead.common.Scheduler;
import app.microlead.common.TaskRunner;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Saves the preferences by themselves: a change is written a moment after the last one (in the
 * background, in order with other writes), and {@link #saveNow()} writes at once (at exit), so no
 * caller has to remember to save.
 */
public final class PreferencesAutoSave {

    /** How long the preferences stay quiet before they are written. */
    public static final Duration QUIET = Duration.ofMillis(500);

    private final Preferences preferences;
    private final PreferencesStore store;
    private final TaskRunner tasks;
    private final Consumer<String> onError;
    private final Debouncer debouncer;

    /** Starts listening to {@code preferences}; {@code onError} gets the message of a failed save. */
    public PreferencesAutoSave(Preferences preferences, PreferencesStore store, TaskRunner tasks,
                               Scheduler scheduler, Consumer<String> onError) {
        this.preferences = preferences;
        this.store = store;
        this.tasks = tasks;
        this.onError = onError;
        this.debouncer = new Debouncer(scheduler, QUIET, this::saveInBackground);
        preferences.onChange(debouncer::poke);
    }

    private void saveInBackground() {
        tasks.write(() -> {
            store.save(preferences);
            return null;
        }, ok -> { }, error -> onError.accept(error.getMessage()));
    }

    /** Writes now, on the calling thread, and calls off a save still waiting (used at exit). */
    public void saveNow() {
        debouncer.cancel();
        store.save(preferences);
    }
}
