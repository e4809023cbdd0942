package app.microlead.faults;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.Schedule;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Child process of {@link RandomKillTest}: writes reflections and check-ins for ever, printing
 * "ENTRY date n" or "CHECK date" after each save has returned (been committed).
 */
public final class CrashingWriterMain {

    private CrashingWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(DataFolder.open(Path.of(args[0])));
        JdbcJournalRepository journal = new JdbcJournalRepository(db, Clock.systemUTC());
        JdbcHabitRepository habits = new JdbcHabitRepository(db);
        LocalDate start = LocalDate.parse("2020-01-01");
        Habit habit = habits.habits(true).isEmpty()
                ? habits.add(new Habit(0, null, "Crash habit", "", Pillar.TRUST, Schedule.daily(), 0, false, start, ""))
                : habits.habits(true).get(0);
        int offset = journal.count();
        for (int i = 0; ; i++) {
            LocalDate day = start.plusDays(offset + i);
            journal.save(new Entry(day, "Reflection " + (offset + i) + " " + "words ".repeat(50), 3, 3, List.of("crash"),
                    List.of(), null, null));
            System.out.println("ENTRY " + day);
            habits.setCheckIn(new CheckIn(habit.id(), day, CheckIn.State.DONE, "note " + i));
            System.out.println("CHECK " + day);
            System.out.flush();
        }
    }
}
