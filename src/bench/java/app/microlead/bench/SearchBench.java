package app.microlead.bench;

import app.microlead.journal.JdbcJournalRepository;
import app.microlead.journal.JournalSearch;
import app.microlead.journal.LuceneJournalSearch;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.time.Clock;
import java.time.LocalDate;
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
 * Search query latency on the generated heavy (7,300 days) and stress (100,000 days) journals: the
 * index is built from the database as the app builds it, then each invocation runs the next query of
 * a fixed set (the set of {@link SearchBenchmark}, with words of the generator). Sample mode gives p50/p95.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class SearchBench {

    /** Words that the generator writes (common and rare ones), names, phrases, prefixes and misses. */
    static final List<String> QUERIES = List.of("feedback", "delegated", "trust decision", "\"quiet voice\"", "deleg",
            "celebr", "Priya", "incident retro", "\"explained why\"", "calm", "budget deadline", "coach", "Ana Marco",
            "interview", "energy tone", "apology", "praised team", "sprint review", "onboard", "mentor", "conflict",
            "late reply", "owner question", "thanks", "customer bug", "hire", "win", "plan goal", "\"team meeting\"",
            "listened", "idea", "stood by", "handed offered", "release", "message", "paused", "responded", "checked",
            "goal priority conflict", "fix", "Jonas", "Tom Sam", "Lena", "Mei", "asked", "que", "zebra", "interrupt",
            "\"celebrated win\"", "review plan");

    @Param({"heavy", "stress"})
    public String profile;

    private LuceneJournalSearch index;
    private List<JournalSearch.Request> queries;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        try (Database db = Database.open(DataFolder.open(BenchJournals.journal(profile)))) {
            JdbcJournalRepository repo = new JdbcJournalRepository(db, Clock.systemDefaultZone());
            List<LocalDate> dates = repo.dates();
            index = new LuceneJournalSearch();
            index.build(repo);
            queries = SearchBenchmark.queries(QUERIES, dates.get(0), dates.size(),
                    new String[] {"team", "1on1", "meetings", "delegation", "feedback", "release", "wins", "hiring"});
        }
    }

    @Benchmark
    public JournalSearch.Results query() {
        JournalSearch.Request q = queries.get(next);
        next = (next + 1) % queries.size();
        return index.search(q);
    }

    @TearDown(Level.Trial)
    public void close() {
        index.close();
    }
}
