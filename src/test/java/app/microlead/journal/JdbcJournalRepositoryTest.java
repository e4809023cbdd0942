package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.MutableClock;
import app.microlead.journal.Entry.PromptAnswer;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcJournalRepositoryTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T20:00:00Z"));
    private Database db;
    private JdbcJournalRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcJournalRepository(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Entry entry(String date, String text, Integer mood, List<String> tags) {
        return new Entry(LocalDate.parse(date), text, mood, null, tags, List.of(), null, null);
    }

    @Test
    void savesAndFindsEverythingOfADay() {
        Entry e = new Entry(LocalDate.parse("2026-03-09"), "Gave Ana the lead on the demo. 🌱 Ελλάδα Привет",
                4, 2, List.of("delegation", "demo"),
                List.of(new PromptAnswer("trust-01", "Who did you trust today?", "Ana, with the demo")), null, null);
        repo.save(e);

        Entry back = repo.find(LocalDate.parse("2026-03-09")).orElseThrow();
        assertThat(back.text()).isEqualTo(e.text());
        assertThat(back.mood()).isEqualTo(4);
        assertThat(back.energy()).isEqualTo(2);
        assertThat(back.tags()).containsExactly("delegation", "demo");
        assertThat(back.answers()).containsExactly(e.answers().get(0));
        assertThat(back.createdAt()).isEqualTo(clock.instant());
        assertThat(back.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void updateKeepsCreationTimeAndReplacesTagsAndAnswers() {
        repo.save(new Entry(LocalDate.parse("2026-03-09"), "first", 3, null, List.of("a", "b"),
                List.of(new PromptAnswer("p1", "P1?", "x")), null, null));
        Instant created = clock.instant();
        clock.advanceSeconds(3600);
        repo.save(new Entry(LocalDate.parse("2026-03-09"), "second", null, 5, List.of("c"), List.of(), null, null));

        Entry back = repo.find(LocalDate.parse("2026-03-09")).orElseThrow();
        assertThat(back.text()).isEqualTo("second");
        assertThat(back.mood()).isNull();
        assertThat(back.energy()).isEqualTo(5);
        assertThat(back.tags()).containsExactly("c");
        assertThat(back.answers()).isEmpty();
        assertThat(back.createdAt()).isEqualTo(created);
        assertThat(back.updatedAt()).isEqualTo(created.plusSeconds(3600));
        assertThat(repo.count()).isEqualTo(1);
    }

    @Test
    void theVersionChangesWithEveryWriteOfADayAndOnlyThen() {
        String fresh = repo.version();
        assertThat(repo.version()).isEqualTo(fresh);
        repo.save(entry("2026-03-09", "something", null, List.of()));
        String saved = repo.version();
        assertThat(saved).isNotEqualTo(fresh);
        repo.find(LocalDate.parse("2026-03-09"));
        repo.summaries();
        assertThat(repo.version()).isEqualTo(saved);
        Entry gone = repo.delete(LocalDate.parse("2026-03-09")).orElseThrow();
        String deleted = repo.version();
        assertThat(deleted).isNotEqualTo(saved);
        repo.delete(LocalDate.parse("2026-03-09")); // nothing there: nothing changed
        assertThat(repo.version()).isEqualTo(deleted);
        repo.restore(gone);
        assertThat(repo.version()).isNotEqualTo(deleted).isNotEqualTo(saved);
    }

    @Test
    void aBlankDayHasNoRow() {
        repo.save(entry("2026-03-09", "something", null, List.of()));
        assertThat(repo.save(entry("2026-03-09", "   ", null, List.of()))).isEmpty();
        assertThat(repo.find(LocalDate.parse("2026-03-09"))).isEmpty();
        assertThat(repo.count()).isZero();
    }

    @Test
    void deleteReturnsWhatWasThereAndRestorePutsItBackExactly() {
        repo.save(new Entry(LocalDate.parse("2026-03-01"), "keep me", 2, 3, List.of("x"),
                List.of(new PromptAnswer("p", "Q?", "A")), null, null));
        Entry before = repo.find(LocalDate.parse("2026-03-01")).orElseThrow();
        clock.advanceSeconds(60);

        Entry deleted = repo.delete(LocalDate.parse("2026-03-01")).orElseThrow();
        assertThat(deleted).isEqualTo(before);
        assertThat(repo.find(LocalDate.parse("2026-03-01"))).isEmpty();
        assertThat(repo.delete(LocalDate.parse("2026-03-01"))).isEmpty();

        repo.restore(deleted);
        assertThat(repo.find(LocalDate.parse("2026-03-01"))).contains(before);
    }

    @Test
    void listsByMonthNewestFirstOverallAndOnThisDay() {
        repo.save(entry("2024-03-10", "two years ago", 2, List.of()));
        repo.save(entry("2025-03-10", "last year", 5, List.of()));
        repo.save(entry("2026-02-28", "end of february", null, List.of()));
        repo.save(entry("2026-03-01", "first of march", 3, List.of()));
        repo.save(entry("2026-03-10", "today", 4, List.of()));

        assertThat(repo.month(YearMonth.of(2026, 3))).extracting(EntrySummary::date)
                .containsExactly(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-10"));
        assertThat(repo.summaries()).extracting(s -> s.date().toString())
                .containsExactly("2026-03-10", "2026-03-01", "2026-02-28", "2025-03-10", "2024-03-10");
        assertThat(repo.onThisDay(LocalDate.parse("2026-03-10"))).extracting(s -> s.date().toString())
                .containsExactly("2025-03-10", "2024-03-10");
        assertThat(repo.month(YearMonth.of(2026, 3)).get(1).mood()).isEqualTo(4);
    }

    @Test
    void summariesCarryWordCountAndAPlainPreview() {
        repo.save(entry("2026-03-09", "# Big day\n\n**Delegated** the release to Sam.", null, List.of()));
        EntrySummary s = repo.summaries().get(0);
        // "#" alone is no word: Big, day, **Delegated**, the, release, to, Sam.
        assertThat(s.wordCount()).isEqualTo(7);
        assertThat(s.preview()).isEqualTo("Big day Delegated the release to Sam.");
    }

    @Test
    void tagsAreListedByUse() {
        repo.save(entry("2026-03-01", "a", null, List.of("team", "1on1")));
        repo.save(entry("2026-03-02", "b", null, List.of("team")));
        assertThat(repo.tags()).containsExactly("team", "1on1");
    }

    @Test
    void aWholeJournalReadGivesBackEveryTextExactlyShortLongAndNotOnlyAscii() {
        String mixed = "Grüße an Jörg 🌱 — Ελλάδα, Привет, 日本語, e\u0301 ";
        String atLimit = "ä".repeat(JdbcJournalRepository.BYTES_UP_TO_CHARS); // the longest read as bytes
        String longest = mixed.repeat(JdbcJournalRepository.BYTES_UP_TO_CHARS / mixed.length() + 10); // over the limit
        List<String> texts = List.of("ß", mixed, mixed.repeat(400), atLimit, longest, "Short day.");
        for (int i = 0; i < texts.size(); i++) {
            repo.save(entry(LocalDate.parse("2026-02-01").plusDays(i).toString(), texts.get(i), null, List.of()));
        }

        List<String> seen = new ArrayList<>();
        repo.forEachEntry(e -> seen.add(e.text()));

        assertThat(longest.length()).isGreaterThan(JdbcJournalRepository.BYTES_UP_TO_CHARS);
        assertThat(seen).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(seen.get(i)).as("day %d", i).isEqualTo(texts.get(i));
        }
    }

    @Test
    void forEachEntryReadsEveryEntryInBatchesOldestFirst() {
        LocalDate start = LocalDate.parse("2023-01-01");
        for (int i = 0; i < 1203; i++) {
            repo.save(new Entry(start.plusDays(i), "day " + i, null, null, i % 2 == 0 ? List.of("even") : List.of(),
                    List.of(new PromptAnswer("p", "Q", "answer " + i)), null, null));
        }
        List<Entry> seen = new ArrayList<>();
        repo.forEachEntry(seen::add);
        assertThat(seen).hasSize(1203);
        assertThat(seen.get(0).date()).isEqualTo(start);
        assertThat(seen.get(1202).text()).isEqualTo("day 1202");
        assertThat(seen.get(600).tags()).containsExactly("even");
        assertThat(seen.get(601).answers().get(0).answer()).isEqualTo("answer 601");
    }

    @Test
    void dataSurvivesReopening() {
        repo.save(entry("2026-03-09", "durable", 1, List.of("t")));
        db.close();
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcJournalRepository(db, clock);
        assertThat(repo.find(LocalDate.parse("2026-03-09")).orElseThrow().text()).isEqualTo("durable");
    }

    @Test
    void aDayStampChangesWithEveryWriteOfThatDayOnlyEvenUnderAStoppedClock() {
        LocalDate one = LocalDate.parse("2026-03-08");
        LocalDate two = LocalDate.parse("2026-03-09");
        repo.save(entry("2026-03-08", "Ana asked", null, List.of()));
        repo.save(entry("2026-03-09", "Ben left", null, List.of()));
        var first = repo.stamps();
        assertThat(first).containsOnlyKeys(one, two);

        repo.save(entry("2026-03-09", "Cid left", null, List.of())); // same clock, same length, same words
        var second = repo.stamps();
        assertThat(second.get(one)).isEqualTo(first.get(one));
        assertThat(second.get(two)).isNotEqualTo(first.get(two));
        assertThat(second.get(two).updatedAt()).isEqualTo(clock.instant());

        Entry gone = repo.delete(two).orElseThrow();
        assertThat(repo.stamps()).containsOnlyKeys(one);
        repo.restore(gone);
        assertThat(repo.stamps().get(two)).isNotIn(first.get(two), second.get(two));

        // a day written by someone else (another repository on the journal) is told apart by its time
        var before = repo.stamps();
        clock.advanceSeconds(1);
        new JdbcJournalRepository(db, clock).save(entry("2026-03-08", "Ana asked", null, List.of()));
        assertThat(repo.stamps().get(one)).isNotEqualTo(before.get(one));
        assertThat(repo.stamps().get(two)).isEqualTo(before.get(two));
    }
}
