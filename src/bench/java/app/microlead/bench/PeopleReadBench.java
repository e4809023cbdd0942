package app.microlead.bench;

import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.people.JdbcPeopleRepository;
import app.microlead.people.Mentions;
import app.microlead.people.PeopleService;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import com.sun.management.ThreadMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Not a test: what People costs to read on a journal (a copy: it edits one day), and what it allocates:
 * the first read, a read after one day was edited, and the parts of the full read.
 *   java -cp target/microlead.jar:target/bench/bench.jar app.microlead.bench.PeopleReadBench DATA_DIR
 */
public final class PeopleReadBench {

    private PeopleReadBench() {
    }

    private static long alloc() {
        return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** Collections so far: {young count, full count, full ms} (the serial collector: "Copy" and "MarkSweepCompact"). */
    private static long[] collections() {
        long[] out = new long[3];
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            boolean full = !gc.getName().equals("Copy");
            out[full ? 1 : 0] += gc.getCollectionCount();
            out[2] += full ? gc.getCollectionTime() : 0;
        }
        return out;
    }

    private static void time(String what, Runnable r) {
        long a = alloc(), t = System.nanoTime();
        long[] gc = collections();
        r.run();
        long[] after = collections();
        System.out.printf("%-40s %6d ms %7d MB allocated %4d young %3d full collections (%d ms)%n", what,
                (System.nanoTime() - t) / 1_000_000, (alloc() - a) >> 20, after[0] - gc[0], after[1] - gc[1], after[2] - gc[2]);
    }

    public static void main(String[] args) {
        Database db = Database.open(DataFolder.open(Path.of(args[0])));
        Clock clock = Clock.systemUTC();
        var people = new JdbcPeopleRepository(db);
        var journal = new JdbcJournalRepository(db, clock);
        var habits = new JdbcHabitRepository(db);
        PeopleService s = new PeopleService(people, journal, habits, clock);
        time("people(true)", () -> people.people(true));
        time("first attention() (full read)", () -> s.attention());
        time("attention() again, nothing written", () -> s.attention());
        time("stamps()", () -> journal.stamps());
        time("allCheckIns() (old)", () -> habits.allCheckIns());
        time("checkInsWithNotes()", () -> habits.checkInsWithNotes());
        time("pickedCheckIns()", () -> people.pickedCheckIns());
        time("allCheckInPeople()", () -> people.allCheckInPeople());
        time("allOneOnOnes+allPromises", () -> { people.allOneOnOnes(); people.allPromises(); });
        LocalDate d = journal.dates().get(journal.dates().size() - 1);
        Entry e = journal.find(d).orElseThrow();
        journal.save(new Entry(d, e.text() + " word", e.mood(), e.energy(), e.tags(), e.answers(), null, null));
        time("attention() after one day edited", () -> s.attention());
        long id = people.people(false).get(0).id();
        time("timeline(first person)", () -> s.timeline(id));
        // the parts of the full read's journal pass
        Mentions mentions = s.mentions();
        time("forEachEntry (every day read)", () -> journal.forEachEntry(x -> { }));
        time("forEachEntry + searchableText()", () -> journal.forEachEntry(Entry::searchableText));
        time("forEachEntry + Mentions.find", () -> journal.forEachEntry(x -> mentions.find(x.searchableText())));
        db.close();
    }
}
