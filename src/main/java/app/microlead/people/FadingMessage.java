package app.microlead.people;

import app.microlead.common.Scheduler;
import java.time.Duration;
import java.util.Objects;
import javafx.beans.property.StringProperty;

/**
 * A page's message line where what worked ("The promise is saved.") goes away by itself after a while, and what
 * went wrong stays until the user closes it or something else is said.
 */
final class FadingMessage {

    /** How long a confirmation stays. */
    static final Duration SHOWN = Duration.ofSeconds(8);

    private final StringProperty message;
    private final Scheduler scheduler;
    private Scheduler.Cancellable fade;

    FadingMessage(StringProperty message, Scheduler scheduler) {
        this.message = message;
        this.scheduler = scheduler;
    }

    /** Says that something worked: gone after {@link #SHOWN}, unless something else was said since. */
    void confirm(String text) {
        if (fade != null) {
            fade.cancel();
        }
        message.set(text);
        fade = scheduler.schedule(SHOWN, () -> {
            fade = null;
            if (Objects.equals(message.get(), text)) {
                message.set("");
            }
        });
    }
}
