package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.journal.JournalSearch.Request;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyJournalSearchTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

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

    @Test
    void aSaveAfterClosingMakesNoNewIndex() {
        search.close();
        search.onSaved(MARCH_1, Optional.of(day(MARCH_1, "Written while the app closes.")));
        assertThat(search.made()).isFalse();
    }
}
