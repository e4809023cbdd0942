package app.microlead.bench;

import app.microlead.journal.JdbcJournalRepository;
import app.microlead.journal.LuceneJournalSearch;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.time.Clock;
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

/** The search index built from the database (rows read and indexed), as the app does after start-up. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class IndexBuildBench {

    @Param({"heavy", "stress"})
    public String profile;

    private Database db;
    private JdbcJournalRepository repo;

    @Setup(Level.Trial)
    public void open() {
        db = Database.open(DataFolder.open(BenchJournals.journal(profile)));
        repo = new JdbcJournalRepository(db, Clock.systemDefaultZone());
    }

    @Benchmark
    public int build() {
        try (LuceneJournalSearch index = new LuceneJournalSearch()) {
            index.build(repo);
            return index.ready() ? 1 : 0;
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }
}
