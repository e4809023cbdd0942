package app.microlead.bench;

import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One autosave as the app makes it: today's ~300-word reflection written again with a word more,
 * through {@link JdbcJournalRepository#save} — committed, {@code CHECKPOINT SYNC}, the file header
 * pointed at the newest chunk and forced — on a journal of a year. SampleTime gives p50 and p95.
 * {@code sync=on} sets sync up as far as the write path sees it (sync_meta 'changes'), so each written row
 * of a synced table also costs its change-log row (sync.ChangeTrigger).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class SaveBench {

    private Path dir;
    private Database db;
    private JdbcJournalRepository journal;
    private final LocalDate today = LocalDate.parse("2026-12-03");
    @Param({"off", "on"})
    public String sync;

    private final StringBuilder text = new StringBuilder("Today I asked the team what slowed them down. ".repeat(40));

    @Setup(Level.Trial)
    public void open() throws Exception {
        dir = Files.createTempDirectory("save-bench");
        db = Database.open(DataFolder.open(dir));
        journal = new JdbcJournalRepository(db, Clock.systemUTC());
        db.transaction(() -> {
            for (int i = 1; i <= 365; i++) {
                journal.save(new Entry(today.minusDays(i), text.toString(), 3, 4, List.of("team"), List.of(), null,
                        null));
            }
            return null;
        });
        if (sync.equals("on")) {
            db.write(c -> {
                try (var ps = c.prepareStatement("INSERT INTO sync_meta (meta_key, meta_value) VALUES ('changes', '1')")) {
                    return ps.executeUpdate();
                }
            });
        }
    }

    @Benchmark
    public void autosaveToday() {
        text.append(" word");
        journal.save(new Entry(today, text.toString(), 4, 3, List.of("team"), List.of(), null, null));
        if (text.length() > 4000) {
            text.setLength(2000);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
