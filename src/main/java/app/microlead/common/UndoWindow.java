package app.microlead.common;

import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** "Deleted … — Undo" for a few seconds: one pending undo at a time, gone when the time is up. */
public final class UndoWindow {

    private final Scheduler scheduler;
    private final Duration window;
    private final BooleanProperty available = new SimpleBooleanProperty(false);
    private final StringProperty text = new SimpleStringProperty("");
    private Runnable undo;
    private Scheduler.Cancellable expiry;

    public UndoWindow(Scheduler scheduler, Duration window) {
        this.scheduler = scheduler;
        this.window = window;
    }

    public BooleanProperty availableProperty() {
        return available;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Offers {@code action} as the undo of what {@code description} says, replacing any earlier offer. */
    public void offer(String description, Runnable action) {
        undo = action;
        text.set(description);
        available.set(true);
        if (expiry != null) {
            expiry.cancel();
        }
        expiry = scheduler.schedule(window, this::expire);
    }

    /** Runs the pending undo once, if it is still offered. */
    public void undo() {
        Runnable action = undo;
        expire();
        if (action != null) {
            action.run();
        }
    }

    private void expire() {
        undo = null;
        available.set(false);
        if (expiry != null) {
            expiry.cancel();
            expiry = null;
        }
    }
}
