package app.microlead.today;

import static app.microlead.common.I18n.t;

import app.microlead.common.Scheduler;
import app.microlead.common.TaskRunner;
import app.microlead.journal.JournalRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The end-of-day reminder: at the time the user chose, if today's reflection is not written yet, a
 * notification invites them to write; clicking it opens Today. It checks the clock once a minute
 * (so it survives sleep, time-zone changes and new settings without rescheduling) and reminds at
 * most once a day. While the user is in Microlead (its window in front) it waits: they are already
 * here; it comes as soon as the window is minimized or behind another one.
 */
public final class EndOfDayReminder {

    public static final LocalTime DEFAULT_TIME = LocalTime.of(18, 0);
    /** How often the clock is looked at; the first look is soon after start. */
    public static final Duration CHECK_EVERY = Duration.ofMinutes(1);
    public static final Duration FIRST_CHECK = Duration.ofSeconds(3);

    private static final Logger LOG = Logger.getLogger(EndOfDayReminder.class.getName());

    /** What the user chose in Settings. */
    public record Settings(boolean enabled, LocalTime at) {
    }

    /** Shows the notification; {@code onOpen} is called when the user clicks it. */
    @FunctionalInterface
    public interface Notifier {
        void show(String title, String text, Runnable onOpen);
    }

    public enum State {
        /** Turned off in Settings. */
        OFF,
        /** Before the chosen time. */
        NOT_YET,
        /** Today's reflection is written. */
        WRITTEN,
        /** Already reminded today. */
        ALREADY_SHOWN,
        /** Due, but the user is in the app right now. */
        IN_USE,
        /** Remind now. */
        DUE
    }

    /** The rule, on its own so it can be tested for every case. */
    public static State state(LocalDateTime now, Settings settings, boolean writtenToday, LocalDate shownOn,
                              boolean appInFront) {
        if (!settings.enabled()) {
            return State.OFF;
        }
        if (now.toLocalTime().isBefore(settings.at())) {
            return State.NOT_YET;
        }
        if (now.toLocalDate().equals(shownOn)) {
            return State.ALREADY_SHOWN;
        }
        return writtenToday ? State.WRITTEN : appInFront ? State.IN_USE : State.DUE;
    }

    /** The notification's title, in the user's language. */
    public static String title() {
        return t("today.reminder.title");
    }

    /** The notification's text, in the user's language. */
    public static String text() {
        return t("today.reminder.text");
    }

    private final JournalRepository journal;
    private final TaskRunner tasks;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Supplier<Settings> settings;
    private final Notifier notifier;
    private final Runnable openToday;
    private final BooleanSupplier appInFront;
    private Scheduler.Cancellable next;
    private LocalDate shownOn;
    private boolean checking;

    public EndOfDayReminder(JournalRepository journal, TaskRunner tasks, Scheduler scheduler, Clock clock,
                            Supplier<Settings> settings, Notifier notifier, Runnable openToday,
                            BooleanSupplier appInFront) {
        this.appInFront = appInFront;
        this.journal = journal;
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.clock = clock;
        this.settings = settings;
        this.notifier = notifier;
        this.openToday = openToday;
    }

    /** Starts looking at the clock (call on the UI thread). */
    public void start() {
        stop();
        next = scheduler.schedule(FIRST_CHECK, this::tick);
    }

    public void stop() {
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    /** Looks at the clock now rather than at the next minute (the user has just left the app); once started. */
    public void lookNow() {
        if (next != null) {
            next.cancel();
            tick();
        }
    }

    /** The day the reminder was last shown, or null. */
    public LocalDate shownOn() {
        return shownOn;
    }

    void tick() {
        next = scheduler.schedule(CHECK_EVERY, this::tick);
        LocalDateTime now = LocalDateTime.now(clock);
        Settings s = settings.get();
        State looked = state(now, s, false, shownOn, appInFront.getAsBoolean());
        LOG.fine(() -> "End-of-day reminder looked at the clock: " + looked);
        // Only read the journal when the answer depends on it.
        if (checking || looked != State.DUE) {
            return;
        }
        checking = true;
        LocalDate today = now.toLocalDate();
        tasks.read(() -> journal.find(today).filter(e -> !e.isBlank()).isPresent(), written -> {
            checking = false;
            if (state(LocalDateTime.now(clock), settings.get(), written, shownOn, appInFront.getAsBoolean())
                    == State.DUE) {
                LOG.info("End-of-day reminder shown");
                shownOn = today;
                notifier.show(title(), text(), openToday);
            }
        }, e -> {
            checking = false;
            LOG.log(Level.WARNING, "The reminder could not read today's reflection", e);
        });
    }
}
