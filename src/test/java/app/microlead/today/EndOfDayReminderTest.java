package app.microlead.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.ManualScheduler;
import app.microlead.common.MutableClock;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.today.EndOfDayReminder.Settings;
import app.microlead.today.EndOfDayReminder.State;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndOfDayReminderTest {

    private static final Settings AT_SIX = new Settings(true, LocalTime.of(18, 0));
    private static final LocalDate DAY = LocalDate.parse("2026-03-10");

    @TempDir
    Path dir;

    @Test
    void theRuleCoversEveryCase() {
        LocalDateTime before = DAY.atTime(17, 59);
        LocalDateTime at = DAY.atTime(18, 0);
        LocalDateTime late = DAY.atTime(23, 30);
        assertThat(EndOfDayReminder.state(before, AT_SIX, false, null, false)).isEqualTo(State.NOT_YET);
        assertThat(EndOfDayReminder.state(at, AT_SIX, false, null, false)).isEqualTo(State.DUE);
        assertThat(EndOfDayReminder.state(late, AT_SIX, false, DAY.minusDays(1), false)).isEqualTo(State.DUE);
        assertThat(EndOfDayReminder.state(late, AT_SIX, true, null, false)).isEqualTo(State.WRITTEN);
        assertThat(EndOfDayReminder.state(late, AT_SIX, false, DAY, false)).isEqualTo(State.ALREADY_SHOWN);
        assertThat(EndOfDayReminder.state(late, new Settings(false, LocalTime.of(18, 0)), false, null, false))
                .isEqualTo(State.OFF);
        assertThat(EndOfDayReminder.state(DAY.atTime(7, 0), new Settings(true, LocalTime.of(6, 45)), false, null,
                false))
                .isEqualTo(State.DUE);
        // the user is in the app: wait until the window is minimized or behind another
        assertThat(EndOfDayReminder.state(late, AT_SIX, false, null, true)).isEqualTo(State.IN_USE);
        assertThat(EndOfDayReminder.state(late, AT_SIX, true, null, true)).isEqualTo(State.WRITTEN);
    }

    @Test
    void remindsOnceAtTheChosenTimeOnlyOnDaysNotWrittenAndNotWhenTurnedOff() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T17:58:00Z"));
        ManualScheduler scheduler = new ManualScheduler();
        List<String> shown = new ArrayList<>();
        int[] opened = {0};
        Settings[] settings = {AT_SIX};
        boolean[] inFront = {true};
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcJournalRepository journal = new JdbcJournalRepository(db, clock);
            EndOfDayReminder reminder = new EndOfDayReminder(journal, new DirectTaskRunner(), scheduler, clock,
                    () -> settings[0], (title, text, open) -> {
                        shown.add(title);
                        open.run();
                    }, () -> opened[0]++, () -> inFront[0]);
            reminder.start();

            step(clock, scheduler, 60); // 17:59: not yet
            assertThat(shown).isEmpty();
            step(clock, scheduler, 60); // 18:00: due, not written, but the user is in the app
            assertThat(shown).isEmpty();
            inFront[0] = false; // minimized
            step(clock, scheduler, 60);
            assertThat(shown).containsExactly(EndOfDayReminder.title());
            assertThat(opened[0]).isEqualTo(1);
            assertThat(reminder.shownOn()).isEqualTo(DAY);
            step(clock, scheduler, 3600); // an hour later: only once a day
            assertThat(shown).hasSize(1);

            // the next day is written before six: no reminder
            clock.plusDays(1);
            journal.save(new Entry(DAY.plusDays(1), "Wrote early", null, null, List.of(), List.of(), null, null));
            step(clock, scheduler, 60);
            assertThat(shown).hasSize(1);

            // the day after, a blank day does not count as written, but the reminder is off
            clock.plusDays(1);
            journal.save(new Entry(DAY.plusDays(2), "", 3, null, List.of(), List.of(), null, null));
            settings[0] = new Settings(false, LocalTime.of(18, 0));
            step(clock, scheduler, 60);
            assertThat(shown).hasSize(1);
            // turned on again, later that evening: mood alone counts as written
            settings[0] = new Settings(true, LocalTime.of(21, 0));
            step(clock, scheduler, 60);
            assertThat(shown).hasSize(1);

            // a new day with nothing written (19:02): not before the new time, then at it
            clock.plusDays(1);
            step(clock, scheduler, 60);
            assertThat(shown).hasSize(1);
            step(clock, scheduler, 2 * 3600);
            assertThat(shown).hasSize(2);

            reminder.stop();
            assertThat(scheduler.pending()).isZero();
        }
    }

    @Test
    void aReminderHeldBackWhileTheUserWasInTheAppComesAsSoonAsTheyLeaveIt() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T18:30:00Z"));
        ManualScheduler scheduler = new ManualScheduler();
        List<String> shown = new ArrayList<>();
        boolean[] inFront = {true};
        try (Database db = Database.open(DataFolder.open(dir))) {
            EndOfDayReminder reminder = new EndOfDayReminder(new JdbcJournalRepository(db, clock),
                    new DirectTaskRunner(), scheduler, clock, () -> AT_SIX, (title, text, open) -> shown.add(title),
                    () -> { }, () -> inFront[0]);
            reminder.lookNow(); // not started: nothing
            assertThat(shown).isEmpty();
            reminder.start();
            step(clock, scheduler, 3); // the first look: due, but the user is in the app
            assertThat(shown).isEmpty();
            inFront[0] = false; // minimized, seconds later: no waiting for the next minute
            reminder.lookNow();
            assertThat(shown).containsExactly(EndOfDayReminder.title());
            assertThat(scheduler.pending()).as("still one look a minute").isEqualTo(1);
            reminder.stop();
            reminder.lookNow();
            assertThat(shown).hasSize(1);
        }
    }

    private static void step(MutableClock clock, ManualScheduler scheduler, long seconds) {
        clock.advanceSeconds(seconds);
        scheduler.advance(Duration.ofSeconds(seconds));
    }

    @Test
    void timesAreReadAsHoursAndMinutes() {
        assertThat(ReminderSettingsView.parse("18:00")).contains(LocalTime.of(18, 0));
        assertThat(ReminderSettingsView.parse(" 7:30 ")).contains(LocalTime.of(7, 30));
        assertThat(ReminderSettingsView.parse("21.15")).contains(LocalTime.of(21, 15));
        assertThat(ReminderSettingsView.parse("24:00")).isEmpty();
        assertThat(ReminderSettingsView.parse("6pm")).isEmpty();
        assertThat(ReminderSettingsView.parse(null)).isEmpty();
    }
}
