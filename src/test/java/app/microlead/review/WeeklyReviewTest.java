package app.microlead.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.QuestionBank;
import app.microlead.common.DirectTaskRunner;
import app.microlead.common.I18n;
import app.microlead.common.MutableClock;
import app.microlead.common.Pillar;
import app.microlead.common.StubDialogs;
import app.microlead.habits.Catalogue;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitService;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.insights.Coaching;
import app.microlead.insights.DayMood;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly review against a real H2 file: repository, the review page's view model, and what is due. */
class WeeklyReviewTest {

    // Sunday 29 November 2026, evening; weeks end on Friday
    private static final LocalDate TODAY = LocalDate.parse("2026-11-29");
    private static final LocalDate LAST_FRIDAY = LocalDate.parse("2026-11-27");

    @TempDir
    Path dir;
    private Database db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T19:00:00Z"));
    private JdbcWeeklyReviewRepository repo;
    private JdbcJournalRepository journal;
    private JdbcHabitRepository habits;
    private final StubDialogs dialogs = new StubDialogs();
    private final List<WeeklyReview> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcWeeklyReviewRepository(db, clock);
        journal = new JdbcJournalRepository(db, clock);
        habits = new JdbcHabitRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private WeeklyReviewViewModel vm() {
        Coaching coaching = new Coaching(new HabitService(habits, clock), new JdbcAssessmentRepository(db, clock),
                QuestionBank.load(), ZoneOffset.UTC);
        return new WeeklyReviewViewModel(repo, journal, coaching, new DirectTaskRunner(), dialogs, clock,
                () -> DayOfWeek.FRIDAY, saved::add);
    }

    @Test
    void aMicroActionOfTheCatalogueIsShownInTheAppsLanguageAndStoredAsWritten() {
        repo.save(new WeeklyReview(LAST_FRIDAY, "", "", "Learn what someone hopes for", "Ask first", null, null));
        repo.save(new WeeklyReview(LAST_FRIDAY.minusDays(7), "", "", "Learn what my team hopes for", "", null, null));
        String german = Catalogue.load(Locale.GERMAN).byId("learn-hopes").orElseThrow().name();
        try {
            I18n.setLocale(Locale.GERMAN);
            // stored (and so synced and exported) as written; shown in German
            WeeklyReview stored = repo.find(LAST_FRIDAY).orElseThrow();
            assertThat(stored.nextAction()).isEqualTo("Learn what someone hopes for");
            assertThat(stored.nextActionShown()).isEqualTo(german);
            assertThat(repo.find(LAST_FRIDAY.minusDays(7)).orElseThrow().nextActionShown())
                    .isEqualTo("Learn what my team hopes for");
            WeeklyReviewViewModel vm = vm();
            vm.open(LAST_FRIDAY);
            assertThat(vm.nextActionProperty().get()).isEqualTo(german);
            assertThat(vm.dirtyProperty().get()).as("nothing changed by showing it in German").isFalse();
            // saved over another answer: the micro-action stays as it was stored, not turned into German
            vm.commitmentProperty().set("Ask before I suggest");
            vm.save();
            assertThat(repo.find(LAST_FRIDAY).orElseThrow().nextAction()).isEqualTo("Learn what someone hopes for");
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void theReviewListsTheOpenPromisesItIsGiven() {
        Coaching coaching = new Coaching(new HabitService(habits, clock), new JdbcAssessmentRepository(db, clock),
                QuestionBank.load(), ZoneOffset.UTC);
        WeeklyReviewViewModel vm = new WeeklyReviewViewModel(repo, journal, coaching, new DirectTaskRunner(), dialogs,
                clock, () -> DayOfWeek.FRIDAY, saved::add, end -> List.of("To Ana: review the draft"));
        vm.open(LAST_FRIDAY);
        assertThat(vm.openPromises()).containsExactly("To Ana: review the draft");
    }

    @Test
    void leavingWithUnsavedAnswersAsksAsForSomethingLostSoEnterKeepsThem() {
        WeeklyReviewViewModel vm = vm();
        vm.open(LAST_FRIDAY);
        assertThat(vm.mayLeave()).isTrue();
        assertThat(dialogs.shown).isEmpty();

        vm.wentWellProperty().set("Asked Sam before suggesting");
        dialogs.answer = false;
        assertThat(vm.mayLeave()).isFalse();
        // the discarding button is not the default one: Enter in the question keeps the answers
        assertThat(dialogs.destructiveAsked).isEqualTo(1);
        assertThat(vm.wentWellProperty().get()).isEqualTo("Asked Sam before suggesting");
    }

    @Test
    void aSavedReviewSurvivesReopeningAndKeepsItsCreationTime() {
        repo.save(new WeeklyReview(LAST_FRIDAY, " Good talks ", "", "Greet by name", "Ask first", null, null));
        clock.advanceSeconds(3600);
        repo.save(new WeeklyReview(LAST_FRIDAY, "Good talks", "Slower replies", "Greet by name", "Ask first", null, null));
        db.close();
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcWeeklyReviewRepository(db, clock);
        WeeklyReview back = repo.find(LAST_FRIDAY).orElseThrow();
        assertThat(back.wentWell()).isEqualTo("Good talks");
        assertThat(back.differently()).isEqualTo("Slower replies");
        assertThat(back.createdAt()).isEqualTo(Instant.parse("2026-11-29T19:00:00Z"));
        assertThat(back.updatedAt()).isEqualTo(Instant.parse("2026-11-29T20:00:00Z"));
        assertThat(repo.all()).hasSize(1);
    }

    @Test
    void theCommitmentIsTheFocusOfTheSevenDaysAfterItsWeek() {
        repo.save(new WeeklyReview(LAST_FRIDAY.minusDays(7), "", "", "", "Older", null, null));
        repo.save(new WeeklyReview(LAST_FRIDAY, "", "", "", "Ask before I suggest", null, null));
        assertThat(repo.focusOn(LAST_FRIDAY)).map(WeeklyReview::commitment).contains("Older");
        assertThat(repo.focusOn(LAST_FRIDAY.plusDays(1))).map(WeeklyReview::commitment).contains("Ask before I suggest");
        assertThat(repo.focusOn(LAST_FRIDAY.plusDays(7))).map(WeeklyReview::commitment).contains("Ask before I suggest");
        assertThat(repo.focusOn(LAST_FRIDAY.plusDays(8))).isEmpty();
        assertThat(repo.all()).extracting(WeeklyReview::weekEnd).containsExactly(LAST_FRIDAY, LAST_FRIDAY.minusDays(7));
    }

    @Test
    void tooLongAnAnswerIsRefusedWithoutWriting() {
        String longText = "x".repeat(WeeklyReview.MAX_TEXT + 1);
        assertThatThrownBy(() -> repo.save(new WeeklyReview(LAST_FRIDAY, longText, "", "", "", null, null)))
                .hasMessageContaining("shorten");
        assertThat(repo.all()).isEmpty();
    }

    @Test
    void aReviewIsDueOnTheReviewDayAndTwoDaysAfterUntilSaved() {
        DayOfWeek friday = DayOfWeek.FRIDAY;
        assertThat(WeeklyReviewsViewModel.dueWeek(LAST_FRIDAY.minusDays(1), friday, List.of(), true)).isEmpty();
        assertThat(WeeklyReviewsViewModel.dueWeek(LAST_FRIDAY, friday, List.of(), true)).contains(LAST_FRIDAY);
        assertThat(WeeklyReviewsViewModel.dueWeek(LAST_FRIDAY.plusDays(2), friday, List.of(), true)).contains(LAST_FRIDAY);
        assertThat(WeeklyReviewsViewModel.dueWeek(LAST_FRIDAY.plusDays(3), friday, List.of(), true)).isEmpty();
        WeeklyReview done = new WeeklyReview(LAST_FRIDAY, "Fine", "", "", "", Instant.EPOCH, Instant.EPOCH);
        assertThat(WeeklyReviewsViewModel.dueWeek(LAST_FRIDAY.plusDays(1), friday, List.of(done), true)).isEmpty();
        assertThat(WeeklyReviewsViewModel.dueWeek(LAST_FRIDAY, friday, List.of(), false))
                .as("nothing written that week: nothing to review").isEmpty();
        WeeklyReview blank = new WeeklyReview(LAST_FRIDAY, "", "", "", "", Instant.EPOCH, Instant.EPOCH);
        assertThat(WeeklyReviewsViewModel.dueWeek(LAST_FRIDAY, friday, List.of(blank), true)).contains(LAST_FRIDAY);
    }

    @Test
    void theReviewPageShowsTheWeeksFactsAndLastWeeksCommitmentAndSavesTheAnswers() {
        Habit greet = habits.add(new Habit(0, "greet-by-name", "Greet people by name", "", Pillar.TRUST,
                Schedule.daily(), 0, false, LAST_FRIDAY.minusDays(30), ""));
        for (int i = 0; i < 4; i++) { // Saturday to Tuesday of the week
            habits.setCheckIn(new CheckIn(greet.id(), LAST_FRIDAY.minusDays(6 - i), CheckIn.State.DONE, ""));
        }
        habits.setCheckIn(new CheckIn(greet.id(), LAST_FRIDAY.minusDays(7), CheckIn.State.DONE, "")); // week before
        journal.save(new Entry(LAST_FRIDAY.minusDays(2), "Wed", 4, 3, List.of(), List.of(), null, null));
        journal.save(new Entry(LAST_FRIDAY, "Fri", 5, 4, List.of(), List.of(), null, null));
        repo.save(new WeeklyReview(LAST_FRIDAY.minusDays(7), "", "", "", "Listen first", null, null));

        WeeklyReviewViewModel vm = vm();
        vm.open(TODAY); // Sunday belongs to the week ending next Friday, which has not ended …
        assertThat(vm.weekEndProperty().get()).isEqualTo(LAST_FRIDAY.plusDays(7));
        assertThat(vm.canGoNextProperty().get()).isFalse();
        vm.previousWeek();
        assertThat(vm.weekEndProperty().get()).isEqualTo(LAST_FRIDAY);
        assertThat(vm.weekTitleProperty().get()).isEqualTo("the week of 21 – 27 November 2026");
        assertThat(vm.canGoNextProperty().get()).isTrue();
        WeeklyReviewData d = vm.dataProperty().get();
        assertThat(d.daysWritten()).isEqualTo(2);
        assertThat(d.totalDone()).isEqualTo(4);
        assertThat(d.focus()).isEqualTo(Pillar.TRUST);
        assertThat(d.days()).filteredOn(m -> m.mood() != null).extracting(DayMood::mood).containsExactly(4, 5);
        assertThat(vm.lastCommitmentProperty().get()).isEqualTo("Listen first");
        assertThat(vm.actions()).containsExactly("Greet people by name");

        vm.wentWellProperty().set("Two good one-to-ones");
        vm.commitmentProperty().set("Ask before I suggest");
        vm.nextActionProperty().set("Greet people by name");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.save();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("Saved").contains("Saturday 28 November");
        assertThat(saved).singleElement().extracting(WeeklyReview::commitment).isEqualTo("Ask before I suggest");
        assertThat(repo.find(LAST_FRIDAY).orElseThrow().wentWell()).isEqualTo("Two good one-to-ones");
        assertThat(repo.focusOn(TODAY)).map(WeeklyReview::commitment).contains("Ask before I suggest");

        // reopened, the saved answers come back
        WeeklyReviewViewModel again = vm();
        again.open(LAST_FRIDAY.minusDays(3));
        assertThat(again.wentWellProperty().get()).isEqualTo("Two good one-to-ones");
        assertThat(again.dirtyProperty().get()).isFalse();
    }

    @Test
    void leavingAWeekWithUnsavedAnswersAsksAndStaysWhenTheUserSaysNo() {
        WeeklyReviewViewModel vm = vm();
        vm.open(LAST_FRIDAY);
        vm.differentlyProperty().set("Reply slower");
        dialogs.answer = false;
        vm.previousWeek();
        assertThat(vm.weekEndProperty().get()).isEqualTo(LAST_FRIDAY);
        assertThat(vm.differentlyProperty().get()).isEqualTo("Reply slower");
        dialogs.answer = true;
        vm.previousWeek();
        assertThat(vm.weekEndProperty().get()).isEqualTo(LAST_FRIDAY.minusDays(7));
        assertThat(vm.differentlyProperty().get()).isEmpty();
        assertThat(repo.all()).isEmpty();
    }

    @Test
    void anEmptyReviewIsNotSavedAndSaysWhatToDo() {
        WeeklyReviewViewModel vm = vm();
        vm.open(LAST_FRIDAY);
        vm.wentWellProperty().set("   ");
        vm.save();
        assertThat(vm.messageProperty().get()).contains("Answer at least one question");
        assertThat(repo.all()).isEmpty();
        assertThat(saved).isEmpty();
    }

    @Test
    void theListShowsReviewsNewestFirstWithThisWeeksFocusAndWhatIsDue() {
        repo.save(new WeeklyReview(LAST_FRIDAY.minusDays(7), "a", "", "", "Listen first", null, null));
        WeeklyReviewsViewModel list = new WeeklyReviewsViewModel(repo, journal, new DirectTaskRunner(), clock,
                () -> DayOfWeek.FRIDAY);
        list.load();
        assertThat(list.dueProperty().get()).as("nothing written in the week").isNull();
        journal.save(new Entry(LAST_FRIDAY.minusDays(6), "Saturday", null, null, List.of(), List.of(), null, null));
        list.load();
        assertThat(list.reviews()).extracting(WeeklyReview::weekEnd).containsExactly(LAST_FRIDAY.minusDays(7));
        assertThat(list.dueProperty().get()).isEqualTo(LAST_FRIDAY); // Sunday, two days after Friday
        assertThat(list.summary().get()).isEqualTo("Your review of 21 – 27 November 2026 is due.");
        assertThat(list.focusProperty().get()).isNull(); // "Listen first" was the focus of last week
        repo.save(new WeeklyReview(LAST_FRIDAY, "b", "", "", "Ask first", null, null));
        list.load();
        assertThat(list.dueProperty().get()).isNull();
        assertThat(list.focusProperty().get().commitment()).isEqualTo("Ask first");
        assertThat(list.summary().get()).isEqualTo("Last review: 21 – 27 November 2026. This week's focus: Ask first");
        assertThat(WeeklyReviewsViewModel.weekTitle(LocalDate.parse("2027-01-01")))
                .isEqualTo("26 December 2026 – 1 January 2027");
    }
}
