package app.microlead.journal;

import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Child process of {@link KillDuringWritesTest}: keeps typing into one day and saving, and prints
 * "SAVED n" after each save has returned (i.e. after the commit).
 */
public final class CrashWriterMain {

    private CrashWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(DataFolder.open(Path.of(args[0])));
        JdbcJournalRepository repo = new JdbcJournalRepository(db, Clock.systemUTC());
        StringBuilder text = new StringBuilder("Evening notes. ");
        for (int i = 1; ; i++) {
            text.append("word").append(i).append(' ');
            repo.save(new Entry(LocalDate.parse("2026-03-10"), text.toString(), 3, 4, List.of("crash"),
                    List.of(), null, null));
            System.out.println("SAVED " + i);
            System.out.flush();
            Thread.sleep(5);
        }
    }
}
