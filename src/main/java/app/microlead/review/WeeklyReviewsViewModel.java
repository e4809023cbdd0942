package app.microlead.review;

import static app.microlead.common.I18n.t;

import app.microlead.common.TaskRunner;
import app.microlead.journal.JournalRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved weekly reviews (listed in the Journal), this week's focus (the commitment of last week's
 * review, shown on Today) and whether a review is due.
 */
public final class WeeklyReviewsViewModel {

    /** A review stays due for this many days after the review day. */
    public static final int DUE_DAYS_AFTER = 2;

    private final WeeklyReviewRepository repo;
    private final JournalRepository journal;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Supplier<DayOfWeek> reviewDay;
    private final ObservableList<WeeklyReview> reviews = FXCollections.observableArrayList();
    private final ObjectProperty<WeeklyReview> focus = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public WeeklyReviewsViewModel(WeeklyReviewRepository repo, JournalRepository journal, TaskRunner tasks,
                                  Clock clock, Supplier<DayOfWeek> reviewDay) {
        this.repo = repo;
        this.journal = journal;
        this.tasks = tasks;
        this.clock = clock;
        this.reviewDay = reviewDay;
    }

    /** The last day of the week that may be due on {@code today} (the latest review day up to today). */
    public static LocalDate candidateWeek(LocalDate today, DayOfWeek reviewDay) {
        return today.with(TemporalAdjusters.previousOrSame(reviewDay));
    }

    /**
     * The week whose review is due on {@code today}: the one ending on the latest review day up to
     * today, for {@value #DUE_DAYS_AFTER} days after it, when something was written in it and it has
     * no saved review.
     *
     * @param written whether any day of that week was written
     */
    public static Optional<LocalDate> dueWeek(LocalDate today, DayOfWeek reviewDay, List<WeeklyReview> saved,
                                              boolean written) {
        LocalDate end = candidateWeek(today, reviewDay);
        if (today.isAfter(end.plusDays(DUE_DAYS_AFTER)) || !written) {
            return Optional.empty();
        }
        boolean done = saved.stream().anyMatch(r -> r.weekEnd().equals(end) && !r.isBlank());
        return done ? Optional.empty() : Optional.of(end);
    }

    private record Loaded(List<WeeklyReview> all, Optional<WeeklyReview> focus, boolean written) {
    }

    public void load() {
        LocalDate today = LocalDate.now(clock);
        DayOfWeek day = reviewDay.get();
        tasks.read(() -> {
            LocalDate end = candidateWeek(today, day);
            LocalDate start = end.minusDays(6);
            boolean written = Stream.of(YearMonth.from(start), YearMonth.from(end))
                    .distinct().flatMap(m -> journal.month(m).stream())
                    .anyMatch(s -> !s.date().isBefore(start) && !s.date().isAfter(end));
            return new Loaded(repo.all(), repo.focusOn(today), written);
        }, l -> {
            reviews.setAll(l.all());
            focus.set(l.focus().orElse(null));
            due.set(dueWeek(today, day, l.all(), l.written()).orElse(null));
            message.set("");
        }, e -> message.set(t("review.list.read.failed", e.getMessage())));
    }

    /** One line for Insights: what is due (or the last review) and this week's focus. */
    public StringBinding summary() {
        return Bindings.createStringBinding(() -> {
            WeeklyReview current = focus.get();
            LocalDate dueWeek = due.get();
            String s = dueWeek != null ? t("review.summary.due", weekTitle(dueWeek))
                    : reviews.isEmpty() ? t("review.summary.none")
                    : t("review.summary.last", weekTitle(reviews.get(0).weekEnd()));
            return current == null ? s : t("review.summary.focus", s, current.commitment());
        }, focus, due, reviews);
    }

    /** Every saved review, newest week first. */
    public ObservableList<WeeklyReview> reviews() {
        return reviews;
    }

    /** The review whose commitment is this week's focus, or null. */
    public ObjectProperty<WeeklyReview> focusProperty() {
        return focus;
    }

    /** The last day of the week whose review is due, or null. */
    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** "23 – 29 November 2026" for a week ending on {@code end} (in the user's language). */
    public static String weekTitle(LocalDate end) {
        return WeeklyReview.title(end);
    }
}
