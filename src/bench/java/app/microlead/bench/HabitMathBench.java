package app.microlead.bench;

import app.microlead.common.Pillar;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.HabitRow;
import app.microlead.habits.HabitService;
import app.microlead.habits.HabitStats;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.habits.PillarStrength;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Habit math over the generated heavy journal (30 habits, 20 years of check-ins): {@code all} computes
 * every habit's strength curve, streaks and rates and the one-year series of each pillar from check-ins
 * in memory (as {@link HabitMathBenchmark}); {@code rowsFromDatabase} is what the Habits view asks for,
 * check-ins read from H2 included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class HabitMathBench {

    private Database db;
    private HabitService service;
    private List<Habit> habits;
    private final List<Map<LocalDate, CheckIn.State>> checkIns = new ArrayList<>();
    private LocalDate today;

    @Setup(Level.Trial)
    public void load() {
        db = Database.open(DataFolder.open(BenchJournals.journal("heavy")));
        JdbcHabitRepository repo = new JdbcHabitRepository(db);
        service = new HabitService(repo, Clock.systemDefaultZone());
        today = service.today();
        habits = repo.habits(false);
        Map<Long, Map<LocalDate, CheckIn>> all = repo.allCheckIns();
        for (Habit h : habits) {
            Map<LocalDate, CheckIn.State> states = new HashMap<>();
            all.getOrDefault(h.id(), Map.of()).forEach((d, c) -> states.put(d, c.state()));
            checkIns.add(states);
        }
    }

    @Benchmark
    public double all() {
        List<HabitStats> stats = new ArrayList<>(habits.size());
        for (int i = 0; i < habits.size(); i++) {
            stats.add(HabitStats.compute(habits.get(i), checkIns.get(i), today));
        }
        double sum = 0;
        for (Pillar p : Pillar.values()) {
            sum += PillarStrength.series(stats, p, today.minusDays(364), today)[0];
        }
        return sum;
    }

    @Benchmark
    public List<HabitRow> rowsFromDatabase() {
        return service.load(false); // not the shared rows: each call reads the database
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }
}
