package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.I18n;
import app.microlead.common.ManualScheduler;
import app.microlead.common.StubDialogs;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalViewModelTest {

    @TempDir
    Path dir;

    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> changes = new ArrayList<>();
    private final List<LocalDate> opened = new ArrayList<>();
    private final List<JournalSearch.Request> requests = new ArrayList<>();
    private final StubDialogs dialogs = new StubDialogs();
    private boolean indexReady = true;
    private Database db;
    private JdbcJournalRepository repo;
    private JournalViewModel vm;

    @BeforeEach
    void setUp() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcJournalRepository(db, clock);
        JournalSearch search = new JournalSearch() {
            @Override
            public boolean ready() {
                return indexReady;
            }

            @Override
            public Results search(Request request) {
                requests.add(request);
                return new Results(List.of(new Hit(TODAY, 4, List.of(new Span("found", true)))), 1, true);
            }
        };
        vm = new JournalViewModel(repo, search, new DirectTaskRunner(), scheduler, dialogs, clock,
                (d, e) -> changes.add(d + (e.isPresent() ? " saved" : " removed")), opened::add);
        save("2025-03-10", "a year ago", 2);
        save("2026-03-08", "sunday", 4);
        save("2026-03-09", "monday", 5);
        save("2026-03-10", "today", 3);
        vm.refresh();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void save(String date, String text, Integer mood) {
        repo.save(new Entry(LocalDate.parse(date), text, mood, null, List.of("t"), List.of(), null, null));
    }

    @Test
    void showsCalendarListStreaksAndOnThisDay() {
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(vm.monthDays()).extracting(s -> s.date().getDayOfMonth()).containsExactly(8, 9, 10);
        assertThat(vm.entries()).extracting(s -> s.date().toString())
                .containsExactly("2026-03-10", "2026-03-09", "2026-03-08", "2025-03-10");
        assertThat(vm.streaksProperty().get().current()).isEqualTo(3);
        assertThat(vm.onThisDay()).extracting(EntrySummary::date).containsExactly(LocalDate.parse("2025-03-10"));
    }

    @Test
    void showingTheJournalAgainReadsAndRedrawsItsListsOnlyWhenADayWasWrittenSince() {
        List<String> redrawn = new ArrayList<>();
        vm.entries().addListener((ListChangeListener<EntrySummary>) c -> redrawn.add("entries"));
        vm.tags().addListener((ListChangeListener<String>) c -> redrawn.add("tags"));
        vm.monthDays().addListener((ListChangeListener<EntrySummary>) c -> redrawn.add("month"));
        vm.refresh();
        assertThat(redrawn).as("nothing written since the lists were read").isEmpty();

        save("2026-03-07", "saturday", 4); // as the Today view or a sync would write it
        vm.refresh();
        assertThat(redrawn).containsExactly("entries", "month", "tags");
        assertThat(vm.entries()).extracting(s -> s.date().toString()).contains("2026-03-07");
        assertThat(vm.streaksProperty().get().current()).isEqualTo(4);

        redrawn.clear();
        repo.delete(LocalDate.parse("2026-03-07"));
        vm.refresh();
        assertThat(vm.entries()).extracting(s -> s.date().toString()).doesNotContain("2026-03-07");

        // another day chosen: its "on this day" is read, though the journal did not change
        redrawn.clear();
        vm.select(LocalDate.parse("2026-03-09"));
        vm.refresh();
        assertThat(redrawn).isNotEmpty();
    }

    @Test
    void monthNavigationLoadsThatMonth() {
        vm.previousMonth();
        assertThat(vm.monthDays()).isEmpty();
        vm.monthProperty().set(YearMonth.of(2025, 3));
        assertThat(vm.monthDays()).extracting(EntrySummary::mood).containsExactly(2);
    }

    @Test
    void deleteAsksThenCanBeUndoneWithinTheWindow() {
        dialogs.answer = false;
        vm.delete(TODAY);
        assertThat(repo.find(TODAY)).isPresent();

        dialogs.answer = true;
        vm.delete(TODAY);
        assertThat(repo.find(TODAY)).isEmpty();
        assertThat(vm.undoAvailableProperty().get()).isTrue();
        assertThat(vm.entries()).hasSize(3);
        assertThat(changes).containsExactly("2026-03-10 removed");

        vm.undoDelete();
        assertThat(repo.find(TODAY).orElseThrow().text()).isEqualTo("today");
        assertThat(vm.entries()).hasSize(4);
        assertThat(changes).containsExactly("2026-03-10 removed", "2026-03-10 saved");
    }

    @Test
    void undoExpiresAfterAFewSeconds() {
        vm.delete(TODAY);
        scheduler.advance(JournalViewModel.UNDO_WINDOW.minusMillis(1));
        assertThat(vm.undoAvailableProperty().get()).isTrue();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(vm.undoAvailableProperty().get()).isFalse();
        vm.undoDelete();
        assertThat(repo.find(TODAY)).isEmpty();
    }

    @Test
    void theFooterCountsTheDaysWrittenButNotWhileASearchIsShown() {
        assertThat(vm.footerProperty().get()).isEqualTo(I18n.t("journal.days.written", 4));
        vm.queryProperty().set("found");
        scheduler.advance(JournalViewModel.SEARCH_DELAY);
        assertThat(vm.results()).hasSize(1);
        assertThat(vm.footerProperty().get()).isEmpty(); // not "4 days written" beside one found day
        vm.clearFilters();
        scheduler.advance(JournalViewModel.SEARCH_DELAY);
        assertThat(vm.footerProperty().get()).isEqualTo(I18n.t("journal.days.written", 4));
    }

    @Test
    void openAndDeleteActOnlyOnASelectedDayThatTheListInViewShows() {
        LocalDate sunday = LocalDate.parse("2026-03-08");
        vm.selectedProperty().set(sunday);
        assertThat(vm.actionableProperty().get()).isEqualTo(sunday);
        // the search finds only today: Sunday, still selected, is out of view, so there is nothing to act on
        vm.queryProperty().set("found");
        scheduler.advance(JournalViewModel.SEARCH_DELAY);
        assertThat(vm.searchingProperty().get()).isTrue();
        assertThat(vm.selectedProperty().get()).isEqualTo(sunday);
        assertThat(vm.actionableProperty().get()).isNull();
        vm.selectedProperty().set(TODAY);
        assertThat(vm.actionableProperty().get()).isEqualTo(TODAY);
        vm.selectedProperty().set(sunday);
        vm.clearFilters();
        scheduler.advance(JournalViewModel.SEARCH_DELAY);
        assertThat(vm.actionableProperty().get()).isEqualTo(sunday);
    }

    @Test
    void aDayChosenInTheCalendarWhileASearchIsShownCanBeOpened() {
        LocalDate sunday = LocalDate.parse("2026-03-08");
        vm.queryProperty().set("found");
        scheduler.advance(JournalViewModel.SEARCH_DELAY);
        assertThat(vm.results()).extracting(JournalSearch.Hit::date).doesNotContain(sunday);
        // clicked in the calendar, where it stands marked: Open and Delete act on it (they stayed greyed out)
        vm.select(sunday);
        assertThat(vm.actionableProperty().get()).isEqualTo(sunday);
        // a found day picked in the list after it is that day; the calendar's day again, chosen again there
        vm.selectedProperty().set(TODAY);
        assertThat(vm.actionableProperty().get()).isEqualTo(TODAY);
        vm.select(sunday);
        assertThat(vm.actionableProperty().get()).isEqualTo(sunday);
        // a day selected elsewhere than in the calendar that the search does not find stays out of reach
        vm.selectedProperty().set(LocalDate.parse("2026-03-09"));
        assertThat(vm.actionableProperty().get()).isNull();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsSaidAsSuchNotAsTooManyWords() {
        assertThat(vm.emptyTextProperty().get()).startsWith("No day matches. Try fewer words");
        vm.fromFilterProperty().set(LocalDate.parse("2026-03-09"));
        vm.toFilterProperty().set(LocalDate.parse("2026-03-01"));
        scheduler.advance(JournalViewModel.SEARCH_DELAY);
        assertThat(vm.searchingProperty().get()).isTrue();
        assertThat(vm.results()).isEmpty();
        assertThat(requests).as("no search run for it").isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo("The period ends (1 Mar 2026) before it starts (9 Mar 2026),"
                + " so no day can match: swap the two days, or clear one of them.");
        // one of them cleared: searched again, and said as before
        vm.toFilterProperty().set(null);
        scheduler.advance(JournalViewModel.SEARCH_DELAY);
        assertThat(requests).hasSize(1);
        assertThat(vm.emptyTextProperty().get()).startsWith("No day matches. Try fewer words");
    }

    @Test
    void deletingADayAsksWithADestructiveConfirmation() {
        dialogs.answer = true;
        vm.delete(TODAY);
        assertThat(dialogs.destructiveAsked).isEqualTo(1);
    }

    @Test
    void typingSearchesAfterAShortPauseWithTheFilters() {
        vm.tagFilterProperty().set("t");
        vm.moodFilterProperty().set(new JournalSearch.MoodFilter(3, false));
        vm.queryProperty().set("deleg");
        assertThat(requests).isEmpty();
        scheduler.advance(JournalViewModel.SEARCH_DELAY);
        assertThat(requests).hasSize(1);
        JournalSearch.Request r = requests.get(0);
        assertThat(r.text()).isEqualTo("deleg");
        assertThat(r.tag()).isEqualTo("t");
        assertThat(r.minMood()).isEqualTo(3);
        assertThat(r.maxMood()).isNull();
        vm.moodFilterProperty().set(new JournalSearch.MoodFilter(2, true)); // the rough days
        scheduler.advance(JournalViewModel.SEARCH_DELAY);
        assertThat(requests.get(requests.size() - 1).minMood()).isNull();
        assertThat(requests.get(requests.size() - 1).maxMood()).isEqualTo(2);
        assertThat(vm.searchingProperty().get()).isTrue();
        assertThat(vm.results()).hasSize(1);
        assertThat(vm.searchStatusProperty().get()).isEqualTo("1 day found");

        vm.clearFilters();
        scheduler.advance(JournalViewModel.SEARCH_DELAY);
        assertThat(vm.searchingProperty().get()).isFalse();
        assertThat(vm.results()).isEmpty();
    }

    @Test
    void aSearchOfMoreWordsThanAreLookedForFindsByTheFirstAndSaysSo() {
        save("2026-03-07", "Budget lines " + IntStream.rangeClosed(1, 200).mapToObj(Integer::toString)
                .collect(Collectors.joining(" ")), 3);
        try (LuceneJournalSearch index = new LuceneJournalSearch()) {
            index.build(repo);
            JournalViewModel withIndex = new JournalViewModel(repo, index, new DirectTaskRunner(), scheduler, dialogs,
                    clock, (d, e) -> { }, opened::add);
            // a pasted page: from 1,025 words Lucene refused the query and nothing was found (or the search failed)
            withIndex.queryProperty().set("budget lines " + IntStream.rangeClosed(1, 1_100).mapToObj(Integer::toString)
                    .collect(Collectors.joining(" ")));
            withIndex.searchNow();
            assertThat(withIndex.results()).extracting(JournalSearch.Hit::date).containsExactly(LocalDate.parse("2026-03-07"));
            assertThat(withIndex.searchStatusProperty().get()).isEqualTo(I18n.t("journal.search.shortened",
                    I18n.t("journal.search.found", 1), JournalSearch.MAX_WORDS));
            assertThat(withIndex.messageProperty().get()).isEmpty();
        }
    }

    @Test
    void searchWhileIndexingSaysSo() {
        indexReady = false;
        vm.queryProperty().set("x");
        vm.searchNow();
        assertThat(vm.searchStatusProperty().get()).contains("still indexing");
    }

    @Test
    void openingAFutureDayIsRefused() {
        vm.open(TODAY.plusDays(1));
        vm.open(TODAY.minusDays(1));
        assertThat(opened).containsExactly(TODAY.minusDays(1));
    }

    @Test
    void selectingADayInAnotherMonthMovesTheCalendar() {
        vm.select(LocalDate.parse("2025-03-10"));
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(vm.onThisDay()).isEmpty();
    }

    @Test
    void nothingChangesWhenTheDayToDeleteIsMissing() {
        vm.delete(LocalDate.parse("2020-01-01"));
        assertThat(vm.undoAvailableProperty().get()).isFalse();
        assertThat(repo.count()).isEqualTo(4);
        assertThat(Optional.ofNullable(vm.messageProperty().get())).contains("");
    }
}
