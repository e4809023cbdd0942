package app.microlead.assessment;

import static app.microlead.common.I18n.t;

import app.microlead.common.DialogService;
import app.microlead.common.TaskRunner;
import app.microlead.habits.Catalogue;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Self-assessment view: an overview with history, the quiz one question at a time (saved as it
 * goes, resumable), and the results with suggested actions that become habits with an if–then plan.
 */
public final class AssessmentViewModel {

    public enum Mode { OVERVIEW, QUIZ, RESULTS }

    /** Retake reminder after this long. */
    public static final Duration RETAKE_AFTER = Duration.ofDays(42);

    /** "If …, then …" in the languages of the app (English, German: "Wenn/Falls …, dann …"). */
    private static final String IF_THEN = "(?is)(if|wenn|falls)\\s+.+,\\s*(then|dann)\\s+.+";

    private final QuestionBank bank;
    private final AssessmentRepository repo;
    private final HabitRepository habits;
    private final Catalogue catalogue;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final List<Question> questions;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.OVERVIEW);
    private final ObservableList<SessionResult> history = FXCollections.observableArrayList();
    private final ObjectProperty<Session> unfinished = new SimpleObjectProperty<>();
    private final StringProperty reminder = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final ObjectProperty<Question> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> currentLikert = new SimpleObjectProperty<>();
    private final StringProperty currentOption = new SimpleStringProperty();
    private final DoubleBinding progress;
    private final BooleanBinding canGoBack;
    private final BooleanBinding onLast;
    private final Map<String, Integer> likert = new HashMap<>();
    private final Map<String, String> options = new HashMap<>();
    private long sessionId = -1;

    private final ObjectProperty<SessionResult> shown = new SimpleObjectProperty<>();
    private final ObjectProperty<SessionResult> previous = new SimpleObjectProperty<>();
    private final ObservableList<QuestionBank.Action> suggestions = FXCollections.observableArrayList();
    private final StringProperty planText = new SimpleStringProperty("");
    private final ObjectProperty<QuestionBank.Action> chosenAction = new SimpleObjectProperty<>();
    /** The suggestion of the shown result that is tracked as a habit, with the plan it is tracked with (or null). */
    private final ObjectProperty<QuestionBank.Action> trackedAction = new SimpleObjectProperty<>();
    private final StringProperty trackedPlan = new SimpleStringProperty();
    private final BooleanBinding chosenTracked;
    /** Counts the results asked for: a result read late is not shown over one asked for since. */
    private long showing;
    private final StringProperty promiseFigure = new SimpleStringProperty("");
    private Callable<String> promises = () -> "";

    public AssessmentViewModel(QuestionBank bank, AssessmentRepository repo, HabitRepository habits, Catalogue catalogue,
                               TaskRunner tasks, DialogService dialogs, Clock clock) {
        this.bank = bank;
        this.dialogs = dialogs;
        this.repo = repo;
        this.habits = habits;
        this.catalogue = catalogue;
        this.tasks = tasks;
        this.clock = clock;
        this.questions = Question.order(bank);
        // "question n of N": the last question fills the bar
        progress = Bindings.createDoubleBinding(() -> questions.isEmpty() ? 0 : (index.get() + 1.0) / questions.size(),
                index);
        canGoBack = index.greaterThan(0);
        onLast = index.isEqualTo(questions.size() - 1);
        index.addListener((o, a, i) -> showQuestion());
        chosenAction.addListener((o, a, act) -> planText.set(act == null ? "" : act.plan()));
        chosenTracked = Bindings.createBooleanBinding(() -> trackedAction.get() != null
                && trackedAction.get().equals(chosenAction.get())
                && (planText.get() == null ? "" : planText.get().strip()).equals(trackedPlan.get()),
                trackedAction, trackedPlan, chosenAction, planText);
    }

    // --- state ---------------------------------------------------------------------------------

    /** The user's time zone, in which session dates are shown. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public QuestionBank bank() {
        return bank;
    }

    /**
     * Where the results read a Professionalism figure from outside the self-assessment ("You kept 9 of 11
     * promises on time this month."): read in the background each time results are shown.
     */
    public void usePromiseFigure(Callable<String> figure) {
        promises = figure;
    }

    /** The promise figure shown with the pillars (empty when there is none). */
    public StringProperty promiseFigureProperty() {
        return promiseFigure;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObservableList<SessionResult> history() {
        return history;
    }

    public ObjectProperty<Session> unfinishedProperty() {
        return unfinished;
    }

    public StringProperty reminderProperty() {
        return reminder;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public List<Question> questions() {
        return questions;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public ObjectProperty<Question> currentProperty() {
        return current;
    }

    public ObjectProperty<Integer> currentLikertProperty() {
        return currentLikert;
    }

    public StringProperty currentOptionProperty() {
        return currentOption;
    }

    public DoubleBinding progressProperty() {
        return progress;
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding onLastProperty() {
        return onLast;
    }

    public ObjectProperty<SessionResult> shownProperty() {
        return shown;
    }

    public ObjectProperty<SessionResult> previousProperty() {
        return previous;
    }

    public ObservableList<QuestionBank.Action> suggestions() {
        return suggestions;
    }

    public StringProperty planTextProperty() {
        return planText;
    }

    public ObjectProperty<QuestionBank.Action> chosenActionProperty() {
        return chosenAction;
    }

    /** Whether the chosen suggestion is the one tracked from the shown result, with the plan written (nothing to do). */
    public BooleanBinding chosenTrackedProperty() {
        return chosenTracked;
    }

    public int answeredCount() {
        return likert.size() + options.size();
    }

    // --- overview ------------------------------------------------------------------------------

    /** The sessions {@link #load()} reads in the background; {@code unfinished} may be null. */
    private record Overview(List<Session> finished, Session unfinished) {
    }

    public void load() {
        tasks.read(() -> new Overview(repo.finished(), repo.unfinished().orElse(null)), data -> {
            history.setAll(data.finished().stream()
                    .map(s -> new SessionResult(s, AssessmentScorer.score(bank, s.answers()))).toList());
            unfinished.set(data.unfinished());
            updateReminder();
        }, e -> message.set(e.getMessage()));
    }

    private void updateReminder() {
        if (history.isEmpty()) {
            reminder.set("");
            return;
        }
        Instant last = history.get(history.size() - 1).session().finishedAt();
        Duration since = Duration.between(last, clock.instant());
        reminder.set(since.compareTo(RETAKE_AFTER) > 0
                ? t("assessment.reminder", since.toDays() / 7)
                : "");
    }

    /**
     * Starts a new session. An unfinished one is discarded ("start over"), once the user has agreed to lose the
     * answers it holds (one with none goes without asking).
     */
    public void start() {
        Session old = unfinished.get();
        int answered = old == null ? 0 : old.answers().likert().size() + old.answers().scenarios().size();
        if (answered > 0 && !dialogs.confirmDestructive(t("assessment.start.over.title"),
                t("assessment.start.over.text", answered), t("assessment.start.over.confirm"))) {
            return;
        }
        tasks.write(() -> {
            if (old != null) {
                repo.discard(old.id());
            }
            return repo.start(bank.instrument(), bank.version());
        }, this::enterQuiz, e -> message.set(e.getMessage()));
    }

    /** Continues the unfinished session where it was left. */
    public void resume() {
        Session s = unfinished.get();
        if (s != null) {
            enterQuiz(s);
        }
    }

    private void enterQuiz(Session s) {
        sessionId = s.id();
        likert.clear();
        likert.putAll(s.answers().likert());
        options.clear();
        options.putAll(s.answers().scenarios());
        unfinished.set(s);
        mode.set(Mode.QUIZ);
        int at = Math.max(0, Math.min(s.position(), questions.size() - 1));
        if (index.get() == at) {
            showQuestion();
        } else {
            index.set(at);
        }
    }

    // --- quiz ----------------------------------------------------------------------------------

    private void showQuestion() {
        Question q = questions.get(index.get());
        current.set(q);
        currentLikert.set(q.isScenario() ? null : likert.get(q.id()));
        currentOption.set(q.isScenario() ? options.get(q.id()) : null);
    }

    /** Answers the current behaviour item (1–5, or {@link Answers#NO_OPPORTUNITY}) and moves on. */
    public void answer(int value) {
        Question q = current.get();
        if (q == null || q.isScenario() || value < 0 || value > 5) {
            return;
        }
        likert.put(q.id(), value);
        currentLikert.set(value);
        long id = sessionId;
        tasks.write(() -> {
            repo.answer(id, q.id(), value, null);
            return null;
        }, ok -> { }, e -> message.set(e.getMessage()));
        next();
    }

    /** Chooses option {@code n} (0-based, as shown) of the current scenario and moves on. */
    public void choose(int n) {
        Question q = current.get();
        if (q == null || !q.isScenario() || n < 0 || n >= q.scenario().options().size()) {
            return;
        }
        String opt = q.scenario().options().get(n).id();
        options.put(q.id(), opt);
        currentOption.set(opt);
        long id = sessionId;
        tasks.write(() -> {
            repo.answer(id, q.id(), null, opt);
            return null;
        }, ok -> { }, e -> message.set(e.getMessage()));
        next();
    }

    public void back() {
        if (index.get() > 0) {
            move(index.get() - 1);
        }
    }

    public void next() {
        if (index.get() < questions.size() - 1) {
            move(index.get() + 1);
        }
    }

    private void move(int to) {
        index.set(to);
        long id = sessionId;
        tasks.write(() -> {
            repo.setPosition(id, to);
            return null;
        }, ok -> { }, e -> message.set(e.getMessage()));
    }

    /** Leaves the quiz; the session stays to be resumed. */
    public void pause() {
        mode.set(Mode.OVERVIEW);
        load();
    }

    /** Ends the session: it now counts, and its results are shown. */
    public void finish() {
        long id = sessionId;
        tasks.write(() -> repo.finish(id), s -> {
            unfinished.set(null);
            SessionResult r = new SessionResult(s, AssessmentScorer.score(bank, s.answers()));
            history.add(r);
            updateReminder();
            show(r);
        }, e -> message.set(e.getMessage()));
    }

    public int unansweredCount() {
        return questions.size() - answeredCount();
    }

    // --- results -------------------------------------------------------------------------------

    /**
     * Shows a session's results, compared with the session before it. A result an action was tracked from shows
     * that action picked, with the plan it is tracked with (its habit is read in the background first).
     */
    public void show(SessionResult r) {
        int i = history.indexOf(r);
        SessionResult before = i > 0 ? history.get(i - 1) : null;
        List<QuestionBank.Action> suggested = ActionPlanner.suggest(bank, r.result(), before == null ? null : before.result());
        long asked = ++showing;
        Long habitId = r.session().planHabitId();
        if (habitId == null) {
            present(r, before, suggested, null);
            return;
        }
        tasks.read(() -> habits.habits(false).stream().filter(h -> h.id() == habitId).findFirst(), habit -> {
            if (asked == showing) {
                present(r, before, suggested, habit.flatMap(h -> suggested.stream()
                        .filter(a -> ActionTracker.madeFrom(a, h)).findFirst()).orElse(null));
            }
        }, e -> {
            if (asked == showing) {
                present(r, before, suggested, null);
            }
        });
    }

    private void present(SessionResult r, SessionResult before, List<QuestionBank.Action> suggested,
                         QuestionBank.Action tracked) {
        showing++;
        // chosen before the results are shown: the view draws the suggestions with the chosen one picked (chosen after,
        // its plan was filled in while no suggestion looked picked)
        chosenAction.set(tracked != null ? tracked : suggested.isEmpty() ? null : suggested.get(0));
        String plan = tracked == null ? null : r.session().planText();
        if (plan != null) {
            planText.set(plan);
        }
        trackedAction.set(plan == null ? null : tracked);
        trackedPlan.set(plan == null ? null : plan.strip());
        shown.set(r);
        previous.set(before);
        suggestions.setAll(suggested);
        message.set("");
        mode.set(Mode.RESULTS);
        tasks.read(promises, promiseFigure::set, e -> promiseFigure.set(""));
    }

    /** The change of a scale since the previous session, with the reliable-change verdict. */
    public Optional<ReliableChange.Change> change(String scaleId) {
        SessionResult now = shown.get();
        SessionResult before = previous.get();
        if (now == null || before == null) {
            return Optional.empty();
        }
        var a = scaleId.equals(QuestionBank.RISK) ? before.result().risk() : before.result().score(scaleId);
        var b = scaleId.equals(QuestionBank.RISK) ? now.result().risk() : now.result().score(scaleId);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        QuestionBank.Scale s = bank.scale(scaleId.equals(QuestionBank.RISK) ? QuestionBank.MICROMANAGEMENT : scaleId);
        return Optional.of(ReliableChange.between(a.getAsDouble(), b.getAsDouble(), s.sd(), s.alpha()));
    }

    /**
     * Tracks the chosen action as a habit with the user's if–then plan, which the Today view then
     * shows until the next assessment. A plan must read "If …, then I will …".
     */
    private boolean tracking;

    public void trackChosen() {
        QuestionBank.Action a = chosenAction.get();
        SessionResult r = shown.get();
        String plan = planText.get() == null ? "" : planText.get().strip();
        if (a == null || r == null) {
            return;
        }
        if (!plan.matches(IF_THEN)) {
            message.set(t("assessment.plan.error"));
            return;
        }
        if (tracking) {
            return; // a second click while the first is being saved
        }
        tracking = true;
        long session = r.session().id();
        tasks.write(() -> {
            Habit h = new ActionTracker(habits, catalogue).track(a, plan, LocalDate.now(clock));
            repo.setPlan(session, h.id(), plan);
            return h;
        }, h -> {
            tracking = false;
            trackedAction.set(a);
            trackedPlan.set(plan);
            message.set(t("assessment.plan.tracking", h.name()));
            load();
        }, e -> {
            tracking = false;
            message.set(e.getMessage());
        });
    }

    public void backToOverview() {
        showing++;
        mode.set(Mode.OVERVIEW);
        load();
    }

    /** Pillar scores of every session, oldest first, for the trend chart (NaN where unscored). */
    public List<double[]> trend(String scaleId) {
        List<double[]> out = new ArrayList<>();
        for (SessionResult r : history) {
            var v = scaleId.equals(QuestionBank.RISK) ? r.result().risk() : r.result().score(scaleId);
            out.add(new double[] {r.session().finishedAt().getEpochSecond(), v.isPresent() ? v.getAsDouble() : Double.NaN});
        }
        return out;
    }
}
