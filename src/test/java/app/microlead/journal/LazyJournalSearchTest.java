package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.journal.JournalSearch.Request;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyJournalSearchTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    @TempDir
    Path dir;

    private final LazyJournalSearch search = new LazyJournalSearch();
    private Database db;

    @AfterEach
    void tearDown() {
        search.close();
        if (db != null) {
            db.close();
        }
    }

    private static Entry day(LocalDate date, String text) {
        return new Entry(date, text, 4, null, List.of(), List.of(), null, null);
    }

    /** A journal in a real H2 file with {@code stored} saved in it. */
    private JdbcJournalRepository journalWith(Entry stored) {
        db = Database.open(DataFolder.open(dir));
        JdbcJournalRepository repo = new JdbcJournalRepository(db, Clock.fixed(Instant.parse("2026-03-02T20:00:00Z"),
                ZoneOffset.UTC));
        repo.save(stored);
        return repo;
    }

    private List<LocalDate> found(String words) {
        return search.search(new Request(words, null, null, null, null, 10)).hits().stream()
                .map(JournalSearch.Hit::date).toList();
    }

    @Test
    void nothingIsMadeUntilSomethingUsesTheIndex() {
        assertThat(search.ready()).isFalse();
        assertThat(search.made()).isFalse();
    }

    @Test
    void theBuildReadsTheStoredDaysAndALaterSaveIsFound() {
        JdbcJournalRepository repo = journalWith(day(MARCH_1, "Delegated the quarterly report to Sam."));

        search.build(repo);
        search.onSaved(MARCH_2, Optional.of(day(MARCH_2, "Celebrated a small win with the team.")));

        assertThat(search.ready()).isTrue();
        assertThat(found("quarterly")).containsExactly(MARCH_1);
        assertThat(found("celebrate")).containsExactly(MARCH_2);
    }

    @Test
    void aSaveBeforeTheBuildIsKeptAndTheBuildDoesNotPutBackTheStoredText() {
        JdbcJournalRepository repo = journalWith(day(MARCH_1, "An old line about budgets."));

        search.onSaved(MARCH_1, Optional.of(day(MARCH_1, "A new line about coaching.")));
        search.build(repo);

        assertThat(found("coaching")).containsExactly(MARCH_1);
        assertThat(found("budgets")).isEmpty();
    }

    /** {@code repo} with every call of {@code find}, {@code forEachEntry} and {@code stamps} written down in {@code calls}. */
    private static JournalRepository counting(JournalRepository repo, List<String> calls) {
        return (JournalRepository) Proxy.newProxyInstance(JournalRepository.class.getClassLoader(),
                new Class<?>[] {JournalRepository.class}, (proxy, method, args) -> {
                    if (List.of("find", "forEachEntry", "stamps").contains(method.getName())) {
                        calls.add(method.getName() + (method.getName().equals("find") ? " " + args[0] : ""));
                    }
                    try {
                        return method.invoke(repo, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static List<LocalDate> found(JournalSearch search, String words) {
        return search.search(new Request(words, null, null, null, null, 10)).hits().stream()
                .map(JournalSearch.Hit::date).toList();
    }

    @Test
    void theIndexKeptInTheDataFolderIsReadAgainOnlyForTheDaysChangedSince() {
        JdbcJournalRepository repo = journalWith(day(MARCH_1, "Delegated the quarterly report to Sam."));
        repo.save(day(MARCH_2, "An old line about budgets."));
        repo.save(day(MARCH_3, "Paused before replying to the angry email."));
        repo.save(day(MARCH_1.plusDays(3), "Greeted everyone by name."));
        Path kept = dir.resolve("search-index");
        try (LazyJournalSearch first = new LazyJournalSearch(() -> Optional.of(kept))) {
            first.build(repo);
            assertThat(first.onDisk()).isTrue();
        }
        // written while the app was closed (the command line, a sync round, a restore), an hour later
        JdbcJournalRepository later = new JdbcJournalRepository(db, Clock.fixed(Instant.parse("2026-03-02T21:00:00Z"),
                ZoneOffset.UTC));
        later.save(day(MARCH_2, "A new line about coaching."));
        later.delete(MARCH_3);
        LocalDate march5 = MARCH_1.plusDays(4);
        later.save(day(march5, "Celebrated a small win with the team."));

        List<String> calls = new ArrayList<>();
        try (LazyJournalSearch next = new LazyJournalSearch(() -> Optional.of(kept))) {
            next.build(counting(later, calls));

            assertThat(calls).containsExactlyInAnyOrder("stamps", "find " + MARCH_2, "find " + march5);
            assertThat(found(next, "quarterly")).containsExactly(MARCH_1);
            assertThat(found(next, "greeted")).containsExactly(MARCH_1.plusDays(3));
            assertThat(found(next, "coaching")).containsExactly(MARCH_2);
            assertThat(found(next, "budgets")).isEmpty();
            assertThat(found(next, "angry")).isEmpty();
            assertThat(found(next, "celebrate")).containsExactly(march5);
        }
    }

    @Test
    void aKeptIndexOfAJournalThatDidNotChangeIsUsedWithoutComparingTheDays() {
        JdbcJournalRepository repo = journalWith(day(MARCH_1, "Delegated the quarterly report to Sam."));
        Path kept = dir.resolve("search-index");
        try (LazyJournalSearch first = new LazyJournalSearch(() -> Optional.of(kept))) {
            first.build(repo);
            // saved while the app runs: in the index, and the journal's version moves on
            Entry later = repo.save(day(MARCH_2, "Celebrated a small win with the team.")).orElseThrow();
            first.onSaved(MARCH_2, Optional.of(later));
        }
        List<String> calls = new ArrayList<>();
        try (LazyJournalSearch second = new LazyJournalSearch(() -> Optional.of(kept))) {
            second.build(counting(repo, calls));
            assertThat(calls).as("the save after the build is compared once").containsExactly("stamps");
            assertThat(found(second, "celebrate")).containsExactly(MARCH_2);
        }
        calls.clear();
        try (LazyJournalSearch third = new LazyJournalSearch(() -> Optional.of(kept))) {
            third.build(counting(repo, calls));

            assertThat(calls).as("nothing written since: no day compared or read").isEmpty();
            assertThat(third.ready()).isTrue();
            assertThat(found(third, "quarterly")).containsExactly(MARCH_1);
            assertThat(found(third, "celebrate")).containsExactly(MARCH_2);
        }
    }

    @Test
    void anIndexChangedAfterItsLastCatchUpIsComparedAgainEvenAtTheVersionItRecorded() {
        JdbcJournalRepository repo = journalWith(day(MARCH_1, "Delegated the quarterly report to Sam."));
        repo.save(day(MARCH_2, "An old line about budgets."));
        repo.save(day(MARCH_3, "Paused before replying to the angry email."));
        Path kept = dir.resolve("search-index");
        try (LazyJournalSearch first = new LazyJournalSearch(() -> Optional.of(kept))) {
            first.build(repo);
            // indexed, but the journal holds the older text at the version the index recorded: as after a
            // backup from before this save was restored
            first.onSaved(MARCH_1, Optional.of(new Entry(MARCH_1, "A line that was restored away.", 4, null,
                    List.of(), List.of(), null, Instant.parse("2026-03-02T21:00:00Z"))));
        }
        List<String> calls = new ArrayList<>();
        try (LazyJournalSearch next = new LazyJournalSearch(() -> Optional.of(kept))) {
            next.build(counting(repo, calls));

            assertThat(calls).containsExactly("stamps", "find " + MARCH_1);
            assertThat(found(next, "restored")).isEmpty();
            assertThat(found(next, "quarterly")).containsExactly(MARCH_1);
        }
    }

    @Test
    void aKeptIndexWithMostDaysChangedIsBuiltAgainWhole() {
        JdbcJournalRepository repo = journalWith(day(MARCH_1, "Delegated the quarterly report to Sam."));
        repo.save(day(MARCH_2, "An old line about budgets."));
        Path kept = dir.resolve("search-index");
        try (LazyJournalSearch first = new LazyJournalSearch(() -> Optional.of(kept))) {
            first.build(repo);
        }
        JdbcJournalRepository later = new JdbcJournalRepository(db, Clock.fixed(Instant.parse("2026-03-02T21:00:00Z"),
                ZoneOffset.UTC));
        later.save(day(MARCH_1, "Delegated the hiring plan."));
        later.save(day(MARCH_2, "A new line about coaching."));

        List<String> calls = new ArrayList<>();
        try (LazyJournalSearch next = new LazyJournalSearch(() -> Optional.of(kept))) {
            next.build(counting(later, calls));

            assertThat(calls).containsExactly("stamps", "forEachEntry");
            assertThat(found(next, "quarterly")).isEmpty();
            assertThat(found(next, "hiring")).containsExactly(MARCH_1);
            assertThat(found(next, "coaching")).containsExactly(MARCH_2);
        }
    }

    @Test
    void toldToKeepItInMemoryOnlyTheIndexLeavesTheDiskAndStillFinds() {
        JdbcJournalRepository repo = journalWith(day(MARCH_1, "Delegated the quarterly report to Sam."));
        try (LazyJournalSearch kept = new LazyJournalSearch(() -> Optional.of(dir.resolve("search-index")))) {
            kept.build(repo);
            assertThat(kept.onDisk()).isTrue();

            kept.keepInMemoryOnly(repo);

            assertThat(kept.onDisk()).isFalse();
            assertThat(kept.ready()).isTrue();
            assertThat(found(kept, "quarterly")).containsExactly(MARCH_1);
        }
        // without a folder it was never on disk
        search.build(repo);
        assertThat(search.onDisk()).isFalse();
        assertThat(found("quarterly")).containsExactly(MARCH_1);
    }

    @Test
    void anIndexAnotherWriterHoldsIsLeftAloneAndTheSearchGoesOnInMemory() {
        JdbcJournalRepository repo = journalWith(day(MARCH_1, "Delegated the quarterly report to Sam."));
        Path kept = dir.resolve("search-index");
        try (LuceneJournalSearch holder = LuceneJournalSearch.onDisk(kept, repo);
             LazyJournalSearch second = new LazyJournalSearch(() -> Optional.of(kept))) {
            second.build(repo);

            assertThat(second.onDisk()).isFalse();
            assertThat(found(second, "quarterly")).containsExactly(MARCH_1);
            assertThat(found(holder, "quarterly")).as("the holder's files are still there").containsExactly(MARCH_1);
            holder.onSaved(MARCH_2, Optional.of(day(MARCH_2, "Celebrated a small win with the team.")));
            assertThat(found(holder, "celebrate")).containsExactly(MARCH_2);
        }
    }

    @Test
    void aSaveAfterClosingMakesNoNewIndex() {
        search.close();
        search.onSaved(MARCH_1, Optional.of(day(MARCH_1, "Written while the app closes.")));
        assertThat(search.made()).isFalse();
    }
}
