package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.HeldTaskRunner;
import app.microlead.common.I18n;
import app.microlead.common.ManualScheduler;
import app.microlead.common.Pillar;
import app.microlead.common.StubDialogs;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HabitsViewModelTest {

    @TempDir
    Path dir;
    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final StubDialogs dialogs = new StubDialogs();
    private Database db;
    private JdbcHabitRepository repo;
    private HabitsViewModel vm;

    @BeforeEach
    void setUp() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcHabitRepository(db);
        vm = new HabitsViewModel(new HabitService(repo, clock), Catalogue.load(), new DirectTaskRunner(), scheduler,
                dialogs);
        vm.addFromCatalogue(Catalogue.load().byId("greet-by-name").orElseThrow());
        vm.addFromCatalogue(Catalogue.load().byId("celebrate-win").orElseThrow());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private HabitRow row(int i) {
        return vm.rows().get(i);
    }

    @Test
    void theEmptyStateWaitsForALoadThatFoundNoHabits() {
        HeldTaskRunner held = new HeldTaskRunner();
        HabitsViewModel fresh = new HabitsViewModel(new HabitService(new JdbcHabitRepository(db), clock),
                Catalogue.load(), held, scheduler, dialogs);
        repo.habits(true).forEach(h -> repo.delete(h.id())); // a journal without habits
        fresh.load();
        assertThat(held.held()).isPositive();
        assertThat(fresh.noHabitsProperty().get()).isFalse(); // still loading: not "not tracking anything"
        assertThat(fresh.loadedProperty().get()).isFalse();

        held.release();
        assertThat(fresh.loadedProperty().get()).isTrue();
        assertThat(fresh.noHabitsProperty().get()).isTrue();
    }

    @Test
    void theEmptyStateStaysAwayWhenTheLoadFindsHabits() {
        HeldTaskRunner held = new HeldTaskRunner();
        HabitsViewModel fresh = new HabitsViewModel(new HabitService(repo, clock), Catalogue.load(), held, scheduler,
                dialogs);
        fresh.load();
        assertThat(fresh.noHabitsProperty().get()).isFalse();
        held.release();
        assertThat(fresh.rows()).hasSize(2);
        assertThat(fresh.noHabitsProperty().get()).isFalse();
    }

    @Test
    void addingFromTheCatalogueStartsToday() {
        assertThat(vm.rows()).extracting(r -> r.habit().name()).containsExactly("Greet people by name",
                "Celebrate a small win");
        assertThat(row(0).habit().startDate()).isEqualTo(TODAY);
        assertThat(row(1).habit().schedule()).isEqualTo(Schedule.perWeek(3));
        assertThat(vm.selectedProperty().get()).isEqualTo(row(0));
    }

    @Test
    void spaceTogglesDoneAndSTogglesSkipped() {
        vm.toggleDone(row(0), TODAY);
        assertThat(row(0).stateOn(TODAY)).isEqualTo(CheckIn.State.DONE);
        assertThat(row(0).stats().current().length()).isEqualTo(1);
        vm.toggleDone(row(0), TODAY);
        assertThat(row(0).stateOn(TODAY)).isNull();
        vm.toggleSkipped(row(0), TODAY);
        assertThat(row(0).stateOn(TODAY)).isEqualTo(CheckIn.State.SKIPPED);
        vm.toggleDone(row(0), TODAY);
        assertThat(row(0).stateOn(TODAY)).isEqualTo(CheckIn.State.DONE);
    }

    @Test
    void aDayBeforeTheHabitsStartIsRefusedWithAMessageAndNothingWritten() {
        HeldTaskRunner held = new HeldTaskRunner();
        HabitsViewModel refusing = new HabitsViewModel(new HabitService(repo, clock), Catalogue.load(), held, scheduler,
                dialogs);
        refusing.toggleDone(row(0), TODAY.minusDays(1));
        refusing.toggleSkipped(row(0), TODAY.minusDays(1));
        refusing.saveNote(row(0), TODAY.minusDays(1), "Said hi to Jo");
        assertThat(held.held()).as("no work given to the database").isZero();

        long version = repo.version();
        vm.toggleDone(row(0), TODAY.minusDays(3));
        assertThat(vm.messageProperty().get())
                .isEqualTo("“" + row(0).habit().name() + "” started on 10 March 2026: a day before that cannot be marked.");
        vm.toggleSkipped(row(0), TODAY.minusDays(1));
        vm.saveNote(row(0), TODAY.minusDays(2), "Said hi to Jo");
        assertThat(repo.version()).isEqualTo(version); // nothing written, not even the start
        assertThat(repo.allCheckIns()).isEmpty();
        assertThat(row(0).habit().startDate()).isEqualTo(TODAY);
        assertThat(row(0).stats().days().length()).isEqualTo(1);
    }

    @Test
    void theStartMovesEarlierToFillInDaysKeptBeforeTheHabitWasAdded() {
        HabitFormViewModel form = new HabitFormViewModel(row(0).habit(), TODAY, row(0).checkIns().first());
        assertThat(form.startProperty().get()).isEqualTo(TODAY);
        form.startProperty().set(TODAY.minusDays(3));
        assertThat(form.errorProperty().get()).isEmpty();
        vm.update(form.result().orElseThrow());
        assertThat(row(0).habit().startDate()).isEqualTo(TODAY.minusDays(3));

        vm.toggleDone(row(0), TODAY.minusDays(3));
        assertThat(row(0).stateOn(TODAY.minusDays(3))).isEqualTo(CheckIn.State.DONE);
        assertThat(row(0).stats().days().length()).isEqualTo(4);
        assertThat(row(0).stats().best().length()).isEqualTo(1);
    }

    @Test
    void theStartCannotMovePastAMarkedDayNorIntoTheFuture() {
        vm.update(row(0).habit().withStartDate(TODAY.minusDays(5)));
        vm.toggleDone(row(0), TODAY.minusDays(4));
        Habit marked = row(0).habit();
        HabitFormViewModel form = new HabitFormViewModel(marked, TODAY, row(0).checkIns().first());
        form.startProperty().set(TODAY.minusDays(2));
        assertThat(form.errorProperty().get())
                .isEqualTo("Its first check-in is on 6 March 2026: start it on that day or before (or clear that day first).");
        assertThat(form.result()).isEmpty();
        form.startProperty().set(TODAY.plusDays(1));
        assertThat(form.errorProperty().get()).contains("not on a day to come");
        form.startProperty().set(null);
        assertThat(form.errorProperty().get()).isEqualTo("Give the day this habit started.");
        form.startProperty().set(TODAY.minusDays(4)); // up to the first marked day is fine
        assertThat(form.errorProperty().get()).isEmpty();
        // a new habit may start on an earlier day too
        HabitFormViewModel fresh = new HabitFormViewModel(null, TODAY);
        fresh.nameProperty().set("Ask one more question");
        fresh.startProperty().set(TODAY.minusDays(30));
        assertThat(fresh.result().orElseThrow().startDate()).isEqualTo(TODAY.minusDays(30));

        // the service refuses it too, whatever sends it
        vm.update(marked.withStartDate(TODAY.minusDays(2)));
        assertThat(vm.messageProperty().get()).startsWith("Its first check-in is on 6 March");
        assertThat(repo.habits(true).get(0).startDate()).isEqualTo(TODAY.minusDays(5));
        assertThat(row(0).stateOn(TODAY.minusDays(4))).isEqualTo(CheckIn.State.DONE);
    }

    @Test
    void aFutureDayIsRefusedWithAMessage() {
        vm.toggleDone(row(0), TODAY.plusDays(1));
        assertThat(vm.messageProperty().get()).contains("has not happened yet");
        assertThat(repo.allCheckIns()).isEmpty();
    }

    @Test
    void aNoteMarksTheDayDoneAndIsKept() {
        vm.saveNote(row(0), TODAY, "Said hi to the new hire, Jo.");
        assertThat(row(0).stateOn(TODAY)).isEqualTo(CheckIn.State.DONE);
        assertThat(row(0).noteOn(TODAY)).isEqualTo("Said hi to the new hire, Jo.");
        vm.toggleSkipped(row(0), TODAY);
        assertThat(row(0).noteOn(TODAY)).isEqualTo("Said hi to the new hire, Jo.");
    }

    @Test
    void reorderArchiveAndRestore() {
        vm.moveDown(row(0));
        assertThat(vm.rows()).extracting(r -> r.habit().catalogueId()).containsExactly("celebrate-win", "greet-by-name");
        vm.setArchived(row(0), true);
        assertThat(vm.rows()).extracting(r -> r.habit().catalogueId()).containsExactly("greet-by-name");
        vm.showArchivedProperty().set(true);
        assertThat(vm.rows()).hasSize(2);
        HabitRow archived = vm.rows().stream().filter(r -> r.habit().archived()).findFirst().orElseThrow();
        vm.setArchived(archived, false);
        vm.showArchivedProperty().set(false);
        assertThat(vm.rows()).hasSize(2);
    }

    @Test
    void deleteAsksAndCanBeUndoneWithItsCheckIns() {
        vm.toggleDone(row(0), TODAY);
        dialogs.answer = false;
        vm.delete(row(0));
        assertThat(vm.rows()).hasSize(2);
        dialogs.answer = true;
        vm.delete(row(0));
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.undoAvailableProperty().get()).isTrue();
        vm.undoDelete();
        assertThat(vm.rows()).hasSize(2);
        assertThat(row(0).stateOn(TODAY)).isEqualTo(CheckIn.State.DONE);
    }

    @Test
    void undoOfADeleteExpires() {
        vm.delete(row(1));
        scheduler.advance(HabitsViewModel.UNDO_WINDOW.plus(Duration.ofMillis(1)));
        assertThat(vm.undoAvailableProperty().get()).isFalse();
        vm.undoDelete();
        assertThat(vm.rows()).hasSize(1);
    }

    @Test
    void pillarStrengthIsTheMeanOfActiveHabits() {
        vm.toggleDone(row(0), TODAY);
        assertThat(vm.pillarStrengthProperty().get().get(Pillar.TRUST).getAsDouble())
                .isEqualTo(row(0).stats().strength()).isGreaterThan(0);
        assertThat(vm.pillarStrengthProperty().get().get(Pillar.PROFESSIONALISM)).isEmpty();
    }

    @Test
    void formValidatesAndBuildsTheHabit() {
        HabitFormViewModel form = new HabitFormViewModel(null, TODAY);
        assertThat(form.errorProperty().get()).contains("short name");
        form.nameProperty().set("Thank someone in person");
        form.kindProperty().set(Schedule.Kind.WEEKDAYS);
        // chosen weekdays start as the working week, not as an error
        assertThat(form.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(form.errorProperty().get()).isEmpty();
        form.days().clear();
        assertThat(form.errorProperty().get()).contains("at least one weekday");
        form.days().add(DayOfWeek.FRIDAY);
        form.pillarProperty().set(Pillar.EMPOWERMENT);
        assertThat(form.errorProperty().get()).isEmpty();
        Habit h = form.result().orElseThrow();
        assertThat(h.schedule().format()).isEqualTo("weekdays:FRI");
        vm.add(h);
        assertThat(vm.rows()).extracting(r -> r.habit().name()).contains("Thank someone in person");

        HabitFormViewModel edit = new HabitFormViewModel(row(2).habit(), TODAY);
        edit.kindProperty().set(Schedule.Kind.PER_WEEK);
        edit.timesProperty().set(9);
        assertThat(edit.errorProperty().get()).contains("1 to 7");
        edit.timesProperty().set(2);
        vm.update(edit.result().orElseThrow());
        assertThat(row(2).habit().schedule()).isEqualTo(Schedule.perWeek(2));
    }

    @Test
    void todaysCheckInsFollowTheDayShown() {
        repo.habits(true).forEach(h -> repo.update(h.withStartDate(TODAY.minusDays(5)))); // tracked for some days
        DayCheckInsViewModel day = new DayCheckInsViewModel(new HabitService(repo, clock), new DirectTaskRunner());
        day.show(TODAY.minusDays(1));
        assertThat(day.rows()).hasSize(2);
        day.set(day.rows().get(1), CheckIn.State.SKIPPED);
        day.note(day.rows().get(0), "Greeted all five at stand-up");
        assertThat(repo.allCheckIns().values().stream().mapToInt(Map::size).sum()).isEqualTo(2);
        assertThat(day.rows().get(0).stateOn(TODAY.minusDays(1))).isEqualTo(CheckIn.State.DONE);
        day.set(day.rows().get(1), null);
        assertThat(day.rows().get(1).stateOn(TODAY.minusDays(1))).isNull();
        // spaces alone are no note: the day stays unmarked; a note is kept without the spaces around it
        long version = repo.version();
        day.note(day.rows().get(1), " ");
        assertThat(repo.version()).isEqualTo(version);
        assertThat(day.rows().get(1).stateOn(TODAY.minusDays(1))).isNull();
        day.note(day.rows().get(1), "  Asked Ben first ");
        assertThat(day.rows().get(1).noteOn(TODAY.minusDays(1))).isEqualTo("Asked Ben first");
        assertThat(day.rows().get(1).stateOn(TODAY.minusDays(1))).isEqualTo(CheckIn.State.DONE);
    }

    @Test
    void aWeeklyMicroActionDoneOnceThisWeekSaysHowFarItsWeekIsInsteadOfADash() {
        Locale before = I18n.locale();
        I18n.setLocale(Locale.ENGLISH);
        try {
            DayCheckInsViewModel day = new DayCheckInsViewModel(new HabitService(repo, clock), new DirectTaskRunner());
            day.show(TODAY);
            HabitRow weekly = day.rows().stream().filter(r -> r.habit().schedule().kind() == Schedule.Kind.PER_WEEK)
                    .findFirst().orElseThrow();
            HabitRow daily = day.rows().stream().filter(r -> r.habit().schedule().kind() == Schedule.Kind.DAILY)
                    .findFirst().orElseThrow();
            assertThat(weekly.streakShown(TODAY)).as("nothing yet").isEqualTo("–");
            day.set(weekly, CheckIn.State.DONE);
            day.set(daily, CheckIn.State.DONE);
            HabitRow done = day.rows().stream().filter(r -> r.habit().id() == weekly.habit().id()).findFirst().orElseThrow();
            assertThat(done.stats().current().length()).as("the test can fail: no whole week met yet").isZero();
            assertThat(done.streakShown(TODAY)).isEqualTo("1 of 3 this week");
            assertThat(day.rows().stream().filter(r -> r.habit().id() == daily.habit().id()).findFirst().orElseThrow()
                    .streakShown(TODAY)).as("a daily one counts its days").isEqualTo("1 day");
        } finally {
            I18n.setLocale(before);
        }
    }

    @Test
    void todaysCheckInsRefuseADayBeforeAHabitStarted() {
        // both habits were added today: yesterday lists them, but nothing can be marked there
        DayCheckInsViewModel day = new DayCheckInsViewModel(new HabitService(repo, clock), new DirectTaskRunner());
        day.show(TODAY.minusDays(1));
        assertThat(day.rows()).hasSize(2);
        HabitRow first = day.rows().get(0);
        assertThat(DayCheckInsViewModel.markable(first, TODAY.minusDays(1))).isFalse();
        assertThat(DayCheckInsViewModel.markable(first, TODAY)).isTrue();
        long version = repo.version();
        day.set(first, CheckIn.State.DONE);
        assertThat(day.messageProperty().get()).endsWith("started on 10 March 2026: a day before that cannot be marked.");
        day.set(day.rows().get(1), TODAY.minusDays(1), CheckIn.State.SKIPPED, "away");
        day.note(first, "Greeted all five at stand-up");
        assertThat(repo.version()).isEqualTo(version);
        assertThat(repo.allCheckIns()).isEmpty();
        assertThat(repo.habits(true)).extracting(Habit::startDate).containsOnly(TODAY);
    }

    @Test
    void aPastDayShowsTheStreaksAsTheyStoodThatDay() {
        // a habit tracked for a week: done the whole week but today, where nothing is marked yet
        Habit old = new Habit(0, null, "Explain the why", "", Pillar.TRUST, Schedule.daily(), 3,
                false, TODAY.minusDays(7), "");
        old = repo.add(old);
        HabitService service = new HabitService(repo, clock);
        for (int i = 1; i <= 7; i++) {
            service.mark(old, TODAY.minusDays(i), CheckIn.State.DONE, "");
        }
        DayCheckInsViewModel day = new DayCheckInsViewModel(service, new DirectTaskRunner());
        day.show(TODAY);
        HabitRow today = day.rows().stream().filter(r -> r.habit().name().equals("Explain the why")).findFirst().orElseThrow();
        assertThat(today.stats().current().length()).isEqualTo(7);
        day.show(TODAY.minusDays(4));
        HabitRow then = day.rows().stream().filter(r -> r.habit().name().equals("Explain the why")).findFirst().orElseThrow();
        assertThat(then.stats().current().length()).isEqualTo(4); // the 7th to the 4th day before today
    }

    @Test
    void onboardingSuggestsAFewAndTracksThePicked() {
        Database other = Database.open(DataFolder.open(dir.resolve("fresh")));
        try {
            JdbcHabitRepository fresh = new JdbcHabitRepository(other);
            assertThat(OnboardingViewModel.needed(fresh, true)).isTrue();
            OnboardingViewModel ob = new OnboardingViewModel(Catalogue.load(), fresh, new DirectTaskRunner(), TODAY);
            assertThat(ob.countProperty().get()).isBetween(3, 5);
            ob.choices().forEach(c -> c.chosenProperty().set(false));
            assertThat(ob.hintProperty().get()).contains("at least one");
            ob.choices().get(0).chosenProperty().set(true);
            ob.choices().get(5).chosenProperty().set(true);
            boolean[] done = {false};
            ob.start(() -> done[0] = true);
            assertThat(done[0]).isTrue();
            assertThat(fresh.habits(false)).hasSize(2);
            assertThat(OnboardingViewModel.needed(fresh, true)).isFalse();
        } finally {
            other.close();
        }
    }

    @Test
    void skippingOnboardingIsRemembered() {
        Database other = Database.open(DataFolder.open(dir.resolve("fresh2")));
        try {
            JdbcHabitRepository fresh = new JdbcHabitRepository(other);
            new OnboardingViewModel(Catalogue.load(), fresh, new DirectTaskRunner(), TODAY).skip(() -> { });
            assertThat(OnboardingViewModel.needed(fresh, true)).isFalse();
            assertThat(fresh.habits(true)).isEmpty();
        } finally {
            other.close();
        }
    }

    @Test
    void aStartTypedThatIsNoDayHoldsTheFormBackWithItsReason() {
        HabitFormViewModel form = new HabitFormViewModel(null, TODAY);
        form.nameProperty().set("Greet by name");
        assertThat(form.result()).isPresent();
        form.startUnreadProperty().set("Marchish");
        assertThat(form.result()).isEmpty();
        assertThat(form.shownErrorProperty().get()).isEqualTo(
                "“Marchish” is not a day the app can read: write the start as the calendar does, or pick it there.");
        form.startUnreadProperty().set("");
        assertThat(form.result()).isPresent();
    }
}
