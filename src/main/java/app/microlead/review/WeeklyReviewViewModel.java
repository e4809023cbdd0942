package app.microlead.review;

import static app.microlead.common.I18n.t;

import app.microlead.common.DialogService;
import app.microlead.common.I18n;
import app.microlead.common.TaskRunner;
import app.microlead.habits.HabitStats;
import app.microlead.insights.Coaching;
import app.microlead.insights.CoachingContext;
import app.microlead.insights.DayMood;
import app.microlead.journal.JournalRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The weekly review: the facts of a week (days written, micro-actions done, mood, the pillar in focus),
 * last week's commitment, three questions and a commitment that becomes the focus of the next week.
 * Any week up to the current one can be opened, reviewed again and saved.
 */
public final class WeeklyReviewViewModel {

    private final WeeklyReviewRepository reviews;
    private final JournalRepository journal;
    private final Coaching coaching;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final Supplier<DayOfWeek> reviewDay;
    private final Consumer<WeeklyReview> onSaved;
    private final Function<LocalDate, List<String>> openPromises;

    private final ObjectProperty<LocalDate> weekEnd = new SimpleObjectProperty<>();
    private final StringProperty weekTitle = new SimpleStringProperty("");
    private final ObjectProperty<WeeklyReviewData> data = new SimpleObjectProperty<>();
    private final StringProperty lastCommitment = new SimpleStringProperty("");
    private final StringProperty wentWell = new SimpleStringProperty("");
    private final StringProperty differently = new SimpleStringProperty("");
    private final StringProperty nextAction = new SimpleStringProperty("");
    private final StringProperty commitment = new SimpleStringProperty("");
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final ObservableList<String> promises = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty canGoNext = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private WeeklyReview baseline = blank(LocalDate.EPOCH);
    /** Whether the status says the answers are saved (cleared as soon as they change). */
    private boolean statusSaysSaved;

    /**
     * @param reviewDay the user's review day (the last day of each week)
     * @param onSaved   told on the UI thread after a review is committed
     */
    public WeeklyReviewViewModel(WeeklyReviewRepository reviews, JournalRepository journal, Coaching coaching,
                                 TaskRunner tasks, DialogService dialogs, Clock clock, Supplier<DayOfWeek> reviewDay,
                                 Consumer<WeeklyReview> onSaved) {
        this(reviews, journal, coaching, tasks, dialogs, clock, reviewDay, onSaved, end -> List.of());
    }

    /**
     * @param openPromises the promises to people the user leads made by a week's last day and still open, one line
     *                     each (read off the FX thread): a past week's review listed promises made after it
     */
    public WeeklyReviewViewModel(WeeklyReviewRepository reviews, JournalRepository journal, Coaching coaching,
                                 TaskRunner tasks, DialogService dialogs, Clock clock, Supplier<DayOfWeek> reviewDay,
                                 Consumer<WeeklyReview> onSaved, Function<LocalDate, List<String>> openPromises) {
        this.openPromises = openPromises;
        this.reviews = reviews;
        this.journal = journal;
        this.coaching = coaching;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.reviewDay = reviewDay;
        this.onSaved = onSaved;
        for (StringProperty p : List.of(wentWell, differently, nextAction, commitment)) {
            p.addListener((o, a, b) -> updateDirty());
        }
    }

    private static WeeklyReview blank(LocalDate end) {
        return new WeeklyReview(end, "", "", "", "", null, null);
    }

    /** The last day of the week that holds today. */
    public LocalDate currentWeekEnd() {
        return WeeklyReviewData.weekEnd(LocalDate.now(clock), reviewDay.get());
    }

    /** Opens the week that holds {@code anyDay} (the current week when null). */
    public void open(LocalDate anyDay) {
        LocalDate end = WeeklyReviewData.weekEnd(anyDay == null ? LocalDate.now(clock) : anyDay, reviewDay.get());
        if (end.isAfter(currentWeekEnd())) {
            end = currentWeekEnd();
        }
        load(end);
    }

    /** The week before; asks first when there are unsaved answers. */
    public void previousWeek() {
        if (weekEnd.get() != null && mayLeave()) {
            load(weekEnd.get().minusDays(7));
        }
    }

    /** The week after, up to the current one; asks first when there are unsaved answers. */
    public void nextWeek() {
        if (canGoNext.get() && mayLeave()) {
            load(weekEnd.get().plusDays(7));
        }
    }

    /** True when nothing unsaved would be lost, or the user chose to discard it. */
    public boolean mayLeave() {
        return !dirty.get() || dialogs.confirmDestructive(t("review.unsaved.title"),
                t("review.unsaved.text", weekTitle.get()), t("review.unsaved.discard"));
    }

    private record Loaded(WeeklyReviewData data, WeeklyReview review, String lastCommitment, List<String> actions,
                          List<String> promises) {
    }

    private void load(LocalDate end) {
        weekEnd.set(end);
        weekTitle.set(title(end));
        canGoNext.set(end.isBefore(currentWeekEnd()));
        loading.set(true);
        message.set("");
        setStatus("", false);
        LocalDate today = LocalDate.now(clock);
        tasks.read(() -> {
            List<DayMood> days = new ArrayList<>();
            journal.forEachEntry(end.minusDays(6), end, e -> days.add(DayMood.of(e)));
            List<HabitStats> stats = coaching.stats();
            CoachingContext focus = coaching.on(end.isAfter(today) ? today : end, stats);
            WeeklyReviewData d = WeeklyReviewData.compute(end, days, stats, focus);
            WeeklyReview saved = reviews.find(end).orElse(blank(end));
            String last = reviews.find(end.minusDays(7)).map(WeeklyReview::commitment).orElse("");
            List<String> names = stats.stream().filter(s -> !s.habit().archived()).map(s -> s.habit().name()).toList();
            return new Loaded(d, saved, last, names, openPromises.apply(end));
        }, l -> {
            if (!end.equals(weekEnd.get())) {
                return; // another week was opened meanwhile
            }
            promises.setAll(l.promises());
            data.set(l.data());
            lastCommitment.set(l.lastCommitment());
            actions.setAll(l.actions());
            baseline = l.review();
            wentWell.set(baseline.wentWell());
            differently.set(baseline.differently());
            nextAction.set(baseline.nextActionShown());
            commitment.set(baseline.commitment());
            setStatus(baseline.updatedAt() == null ? "" : t("review.saved.earlier"), baseline.updatedAt() != null);
            loading.set(false);
            updateDirty();
        }, e -> {
            loading.set(false);
            message.set(t("review.read.failed", e.getMessage()));
        });
    }

    static String title(LocalDate end) {
        return t("review.week.of", WeeklyReview.title(end));
    }

    /** Saves the answers; the status says so only after the write is committed. */
    public void save() {
        LocalDate end = weekEnd.get();
        if (end == null || saving.get()) {
            return;
        }
        // the micro-action as stored while it is the one shown (its name in another language): nothing to sync
        String action = nextAction.get().strip().equals(baseline.nextActionShown()) ? baseline.nextAction() : nextAction.get();
        WeeklyReview r = new WeeklyReview(end, wentWell.get(), differently.get(), action, commitment.get(),
                null, null);
        if (r.isBlank()) {
            message.set(t("review.blank"));
            return;
        }
        if (r.wentWell().length() > WeeklyReview.MAX_TEXT || r.differently().length() > WeeklyReview.MAX_TEXT) {
            message.set(t("review.answer.too.long", WeeklyReview.MAX_TEXT));
            return;
        }
        if (r.commitment().length() > WeeklyReview.MAX_COMMITMENT) {
            message.set(t("review.commitment.too.long", WeeklyReview.MAX_COMMITMENT));
            return;
        }
        saving.set(true);
        message.set("");
        setStatus(t("review.saving"), false);
        tasks.write(() -> reviews.save(r), stored -> {
            saving.set(false);
            if (end.equals(weekEnd.get())) {
                baseline = stored;
                updateDirty();
                setStatus(stored.commitment().isEmpty() ? t("review.saved")
                        : t("review.saved.focus", DateTimeFormatter.ofPattern(t("review.format.weekday"),
                                I18n.locale()).format(end.plusDays(1))), true);
            }
            onSaved.accept(stored);
        }, e -> {
            saving.set(false);
            setStatus("", false);
            message.set(t("review.save.failed", e.getMessage()));
        });
    }

    private void updateDirty() {
        dirty.set(!(baseline.wentWell().equals(wentWell.get().strip())
                && baseline.differently().equals(differently.get().strip())
                && baseline.nextActionShown().equals(nextAction.get().strip())
                && baseline.commitment().equals(commitment.get().strip())));
        if (dirty.get() && statusSaysSaved) {
            setStatus("", false);
        }
    }

    private void setStatus(String text, boolean saved) {
        status.set(text);
        statusSaysSaved = saved;
    }

    public ObjectProperty<LocalDate> weekEndProperty() {
        return weekEnd;
    }

    public StringProperty weekTitleProperty() {
        return weekTitle;
    }

    public ObjectProperty<WeeklyReviewData> dataProperty() {
        return data;
    }

    public StringProperty lastCommitmentProperty() {
        return lastCommitment;
    }

    public StringProperty wentWellProperty() {
        return wentWell;
    }

    public StringProperty differentlyProperty() {
        return differently;
    }

    public StringProperty nextActionProperty() {
        return nextAction;
    }

    public StringProperty commitmentProperty() {
        return commitment;
    }

    /** The names of the active micro-actions, to choose next week's from. */
    public ObservableList<String> actions() {
        return actions;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** The open promises to people the user leads, one line each (shown with the week's facts). */
    public ObservableList<String> openPromises() {
        return promises;
    }
}
