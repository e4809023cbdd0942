package app.microlead.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.MutableClock;
import app.microlead.common.StubDialogs;
import app.microlead.habits.Catalogue;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentViewModelTest {

    @TempDir
    Path dir;
    private Database db;
    private JdbcAssessmentRepository repo;
    private JdbcHabitRepository habits;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T20:00:00Z"));
    private AssessmentViewModel vm;
    private final StubDialogs dialogs = new StubDialogs();

    @BeforeEach
    void setUp() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcAssessmentRepository(db, clock);
        habits = new JdbcHabitRepository(db);
        vm = new AssessmentViewModel(QuestionBank.load(), repo, habits, Catalogue.load(), new DirectTaskRunner(), dialogs,
                clock);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void answerAll(int likert, int option) {
        while (true) {
            Question q = vm.currentProperty().get();
            boolean last = vm.onLastProperty().get();
            if (q.isScenario()) {
                vm.choose(option);
            } else {
                vm.answer(likert);
            }
            if (last) {
                return;
            }
        }
    }

    @Test
    void theQuizInterleavesScalesAndEndsWithScenarios() {
        assertThat(vm.questions()).hasSize(28);
        Set<String> ids = new HashSet<>();
        vm.questions().forEach(q -> ids.add(q.id()));
        assertThat(ids).hasSize(28);
        for (int i = 1; i < 24; i++) {
            assertThat(vm.questions().get(i).item().scale()).isNotEqualTo(vm.questions().get(i - 1).item().scale());
        }
        assertThat(vm.questions().subList(24, 28)).allMatch(Question::isScenario);
    }

    @Test
    void answeringMovesOnAndIsSavedForResuming() {
        vm.start();
        assertThat(vm.modeProperty().get()).isEqualTo(AssessmentViewModel.Mode.QUIZ);
        vm.answer(4);
        vm.answer(Answers.NO_OPPORTUNITY);
        vm.answer(2);
        assertThat(vm.indexProperty().get()).isEqualTo(3);
        vm.back();
        assertThat(vm.currentLikertProperty().get()).isEqualTo(2);
        vm.pause();
        assertThat(vm.modeProperty().get()).isEqualTo(AssessmentViewModel.Mode.OVERVIEW);

        AssessmentViewModel again = new AssessmentViewModel(QuestionBank.load(), repo, habits, Catalogue.load(),
                new DirectTaskRunner(), dialogs, clock);
        again.load();
        assertThat(again.unfinishedProperty().get()).isNotNull();
        assertThat(again.history()).isEmpty();
        again.resume();
        assertThat(again.indexProperty().get()).isEqualTo(2);
        assertThat(again.answeredCount()).isEqualTo(3);
        assertThat(again.currentLikertProperty().get()).isEqualTo(2);
    }

    @Test
    void startingOverAsksFirstAndSaysHowManyAnswersWouldBeLost() {
        vm.start();
        vm.answer(4);
        vm.answer(Answers.NO_OPPORTUNITY);
        vm.answer(2);
        vm.pause();
        long paused = vm.unfinishedProperty().get().id();

        dialogs.answer = false;
        vm.start();
        assertThat(dialogs.destructiveAsked).isEqualTo(1);
        assertThat(dialogs.shown).last().asString().contains("The 3 answers you have given so far");
        // cancelled: the session and its answers stay, still to be resumed
        assertThat(vm.modeProperty().get()).isEqualTo(AssessmentViewModel.Mode.OVERVIEW);
        assertThat(repo.unfinished()).get().extracting(Session::id).isEqualTo(paused);
        assertThat(repo.unfinished().orElseThrow().answers().likert()).hasSize(3);
        vm.resume();
        assertThat(vm.answeredCount()).isEqualTo(3);
        assertThat(vm.indexProperty().get()).isEqualTo(3);
        vm.pause();

        dialogs.answer = true;
        vm.start();
        assertThat(dialogs.destructiveAsked).isEqualTo(2);
        assertThat(vm.modeProperty().get()).isEqualTo(AssessmentViewModel.Mode.QUIZ);
        assertThat(vm.answeredCount()).isZero();
        assertThat(vm.indexProperty().get()).isZero();
        assertThat(repo.unfinished()).get().extracting(Session::id).isNotEqualTo(paused);
        assertThat(repo.find(paused)).isEmpty();

        // a session with no answer yet is started over without asking: nothing would be lost
        vm.pause();
        vm.start();
        assertThat(dialogs.destructiveAsked).isEqualTo(2);
        assertThat(vm.modeProperty().get()).isEqualTo(AssessmentViewModel.Mode.QUIZ);
    }

    @Test
    void theResultsReadThePromiseFigureEachTimeTheyAreShown() {
        List<String> figures = new ArrayList<>(List.of("You kept 2 of 3 promises on time this month.",
                "You kept 3 of 3 promises on time this month."));
        vm.usePromiseFigure(() -> figures.remove(0));
        assertThat(vm.promiseFigureProperty().get()).isEmpty();
        vm.start();
        answerAll(4, 0);
        vm.finish();
        assertThat(vm.promiseFigureProperty().get()).isEqualTo("You kept 2 of 3 promises on time this month.");
        vm.show(vm.history().get(0));
        assertThat(vm.promiseFigureProperty().get()).isEqualTo("You kept 3 of 3 promises on time this month.");
    }

    @Test
    void finishingShowsResultsAndOnlyThenCounts() {
        vm.start();
        answerAll(4, 0);
        assertThat(vm.history()).isEmpty();
        vm.finish();
        assertThat(vm.modeProperty().get()).isEqualTo(AssessmentViewModel.Mode.RESULTS);
        assertThat(vm.history()).hasSize(1);
        AssessmentResult r = vm.shownProperty().get().result();
        assertThat(r.score("micromanagement").getAsDouble()).isEqualTo(75.0);
        assertThat(vm.suggestions()).hasSize(3);
        assertThat(vm.change("trust")).isEmpty();
        assertThat(vm.planTextProperty().get()).startsWith("If ");
    }

    @Test
    void trackingASuggestionCreatesAHabitWithThePlanAndShowsItOnToday() {
        vm.start();
        answerAll(3, 2);
        vm.finish();
        vm.chosenActionProperty().set(vm.suggestions().get(0));
        vm.planTextProperty().set("whenever");
        vm.trackChosen();
        assertThat(vm.messageProperty().get()).contains("If <situation>");
        assertThat(habits.habits(true)).isEmpty();

        vm.planTextProperty().set("If the weekly meeting starts, then I will ask Lena first.");
        vm.trackChosen();
        Habit h = habits.habits(false).get(0);
        assertThat(h.ifThenPlan()).isEqualTo("If the weekly meeting starts, then I will ask Lena first.");
        CurrentPlanViewModel today = new CurrentPlanViewModel(repo, new DirectTaskRunner());
        today.load();
        assertThat(today.planProperty().get()).isEqualTo(h.ifThenPlan());

        // the next assessment replaces the plan shown on Today
        vm.start();
        answerAll(3, 2);
        vm.finish();
        today.load();
        assertThat(today.planProperty().get()).isEmpty();
    }

    @Test
    void theProgressBarIsFullOnTheLastQuestion() {
        vm.start();
        int n = vm.questions().size();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0 / n);
        answerAll(3, 1);
        assertThat(vm.onLastProperty().get()).isTrue();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aReopenedResultShowsTheActionTrackedFromItWithItsPlan() {
        vm.start();
        answerAll(3, 2);
        vm.finish();
        assertThat(vm.chosenTrackedProperty().get()).isFalse();
        QuestionBank.Action second = vm.suggestions().get(1);
        vm.chosenActionProperty().set(second);
        String plan = "If Lena asks for help, then I will ask what she has tried first.";
        vm.planTextProperty().set(plan);
        vm.trackChosen();
        assertThat(vm.chosenTrackedProperty().get()).isTrue();
        vm.backToOverview();

        AssessmentViewModel again = new AssessmentViewModel(QuestionBank.load(), repo, habits, Catalogue.load(),
                new DirectTaskRunner(), dialogs, clock);
        again.load();
        again.show(again.history().get(0));
        assertThat(again.chosenActionProperty().get()).isEqualTo(second);
        assertThat(again.planTextProperty().get()).isEqualTo(plan);
        assertThat(again.chosenTrackedProperty().get()).isTrue();
        // another suggestion, or the plan changed, can be tracked
        again.chosenActionProperty().set(again.suggestions().get(0));
        assertThat(again.chosenTrackedProperty().get()).isFalse();
        again.chosenActionProperty().set(second);
        assertThat(again.chosenTrackedProperty().get()).isFalse();
        again.planTextProperty().set(plan + " ");
        assertThat(again.chosenTrackedProperty().get()).isTrue();
        again.planTextProperty().set("If Lena asks, then I will wait.");
        assertThat(again.chosenTrackedProperty().get()).isFalse();

        // a result whose habit was deleted since shows the first suggestion again, to be tracked anew
        habits.delete(habits.habits(false).get(0).id());
        again.backToOverview();
        again.show(again.history().get(0));
        assertThat(again.chosenActionProperty().get()).isEqualTo(again.suggestions().get(0));
        assertThat(again.chosenTrackedProperty().get()).isFalse();
    }

    @Test
    void trackingTheSameSuggestionAgainUpdatesItsHabitInsteadOfAddingASecond() {
        vm.start();
        answerAll(3, 2);
        vm.finish();
        int n = vm.suggestions().size();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                vm.chosenActionProperty().set(vm.suggestions().get(i));
                vm.planTextProperty().set("If round " + round + " starts, then I will try number " + i + ".");
                vm.trackChosen();
            }
        }
        assertThat(habits.habits(true)).hasSize(n);
        assertThat(habits.habits(true)).extracting(Habit::name).doesNotHaveDuplicates();
        assertThat(habits.habits(true)).extracting(Habit::ifThenPlan).allMatch(p -> p.startsWith("If round 1"));
    }

    @Test
    void historyMarksRealChangeAndWithinNoise() {
        vm.start();
        answerAll(2, 3);
        vm.finish();
        clock.plusDays(30);
        vm.start();
        answerAll(4, 3);
        vm.finish();
        // micromanagement tendency 25 -> 75: +50, real; trust moves too
        assertThat(vm.change("micromanagement")).get().satisfies(c -> {
            assertThat(c.delta()).isEqualTo(50.0);
            assertThat(c.real()).isTrue();
        });
        vm.show(vm.history().get(0));
        assertThat(vm.previousProperty().get()).isNull();
        vm.show(vm.history().get(1));
        assertThat(vm.trend("trust")).hasSize(2);
    }

    @Test
    void aReminderAfterSixWeeks() {
        vm.start();
        answerAll(3, 0);
        vm.finish();
        vm.load();
        assertThat(vm.reminderProperty().get()).isEmpty();
        clock.plusDays(43);
        vm.load();
        assertThat(vm.reminderProperty().get()).contains("6 weeks ago");
    }

    @Test
    void startingOverDiscardsTheUnfinishedSession() {
        vm.start();
        vm.answer(5);
        vm.pause();
        vm.start();
        assertThat(vm.answeredCount()).isZero();
        assertThat(vm.indexProperty().get()).isZero();
    }
}
