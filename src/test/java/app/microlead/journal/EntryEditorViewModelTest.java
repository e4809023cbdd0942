package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.HeldTaskRunner;
import app.microlead.common.ManualScheduler;
import app.microlead.common.MutableClock;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryEditorViewModelTest {

    @TempDir
    Path dir;

    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T21:42:00Z"), ZoneOffset.UTC);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<LocalDate> savedDays = new ArrayList<>();
    private Database db;
    private JdbcJournalRepository repo;
    private EntryEditorViewModel vm;

    @BeforeEach
    void setUp() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcJournalRepository(db, clock);
        vm = new EntryEditorViewModel(repo, new FakePromptSource(), new DirectTaskRunner(), scheduler, clock,
                (d, e) -> savedDays.add(d));
        vm.load(TODAY);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Optional<Entry> stored() {
        return repo.find(TODAY);
    }

    @Test
    void savesOneSecondAfterTheFirstUnsavedChange() {
        vm.textProperty().set("Asked Priya for her view");
        scheduler.advance(Duration.ofMillis(600));
        vm.textProperty().set("Asked Priya for her view first");
        scheduler.advance(Duration.ofMillis(399));
        assertThat(stored()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isTrue();

        scheduler.advance(Duration.ofMillis(1));
        assertThat(stored().orElseThrow().text()).isEqualTo("Asked Priya for her view first");
        assertThat(vm.statusProperty().get()).isEqualTo("Saved 21:42");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(savedDays).containsExactly(TODAY);
    }

    @Test
    void anEditorThatHandsItsTextOverLaterIsAskedForItBeforeEachSaveAndOnClosing() {
        StringBuilder inTheEditor = new StringBuilder("Kept in the long editor");
        vm.pullTextWith(() -> vm.textProperty().set(inTheEditor.toString()));
        vm.textEditedLater();
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.textProperty().get()).as("nothing handed over yet").isNotEqualTo(inTheEditor.toString());

        scheduler.advance(Duration.ofMillis(1000));
        assertThat(stored().orElseThrow().text()).isEqualTo("Kept in the long editor");

        inTheEditor.append(", and a last line");
        vm.textEditedLater();
        vm.flush(); // the app closing: no wait
        assertThat(stored().orElseThrow().text()).isEqualTo("Kept in the long editor, and a last line");
    }

    @Test
    void theStatusStaysCalmWhileTypingAndSaysSavedOnlyOnceStored() {
        MutableClock now = new MutableClock(Instant.parse("2026-03-10T21:42:50Z"));
        JdbcJournalRepository store = new JdbcJournalRepository(db, now);
        HeldTaskRunner tasks = new HeldTaskRunner();
        EntryEditorViewModel typing = new EntryEditorViewModel(store, new FakePromptSource(), tasks, scheduler, now,
                (d, e) -> { });
        typing.load(TODAY);
        tasks.release();
        List<String> shown = new ArrayList<>();
        typing.statusProperty().addListener((o, was, s) -> shown.add(s));

        // the day's first save: "Saving…" while it is written, "Saved" once it is stored
        typing.textProperty().set("A");
        scheduler.advance(Duration.ofMillis(1000));
        now.advanceSeconds(1);
        assertThat(typing.statusProperty().get()).isEqualTo("Saving…");
        assertThat(store.find(TODAY)).isEmpty();
        tasks.release();
        assertThat(typing.statusProperty().get()).isEqualTo("Saved 21:42");

        // a keystroke every 200 ms for 20 s, saved every second: the status changes only with the minute
        StringBuilder typed = new StringBuilder("A");
        String afterLastSave = typing.statusProperty().get();
        for (int ms = 0; ms < 20_000; ms += 200) {
            typed.append('w');
            typing.textProperty().set(typed.toString());
            scheduler.advance(Duration.ofMillis(200));
            if (ms % 1000 == 0) {
                now.advanceSeconds(1);
            }
            if (tasks.held() > 0) {
                // a save on its way has stored nothing yet: the status still tells the last stored time
                assertThat(typing.statusProperty().get()).as("at %d ms", ms).isEqualTo(afterLastSave);
                tasks.release();
                afterLastSave = typing.statusProperty().get();
            }
        }
        assertThat(shown).containsExactly("Saving…", "Saved 21:42", "Saved 21:43");
        assertThat(store.find(TODAY).orElseThrow().text()).startsWith(typed.substring(0, typed.length() - 5));
    }

    @Test
    void typingWithoutAPauseIsSavedEverySecond() {
        // a keystroke every 200 ms for 5 s: a wait restarted by each keystroke would save nothing
        StringBuilder typed = new StringBuilder();
        for (int ms = 0; ms < 5000; ms += 200) {
            typed.append('w').append(ms).append(' ');
            vm.textProperty().set(typed.toString());
            String typedASecondAgo = typed.substring(0, typed.indexOf("w" + Math.max(0, ms - 1000) + " "));
            assertThat(stored().map(Entry::text).orElse("")).as("at %d ms", ms).startsWith(typedASecondAgo);
            scheduler.advance(Duration.ofMillis(200));
        }
        assertThat(stored().orElseThrow().text()).isEqualTo(typed.toString());
    }

    @Test
    void aTagTypedButNotEnteredIsSavedWithTheDayAsPromptlyAsTheText() {
        vm.textProperty().set("Kept the retro short");
        vm.pendingTagProperty().set("Retro");     // typed into the tag field, Enter not pressed
        scheduler.advance(Duration.ofMillis(1000));
        assertThat(stored().orElseThrow().tags()).containsExactly("retro");

        // Enter moves it from the field to the list; the day keeps the one tag
        assertThat(vm.addTag("Retro")).isTrue();
        assertThat(vm.pendingTagProperty().get()).isEmpty();
        assertThat(vm.tags()).containsExactly("retro");
        scheduler.advance(Duration.ofMillis(1000));
        assertThat(stored().orElseThrow().tags()).containsExactly("retro");

        // a tag typed alone (nothing else changed) is an edit of its own
        vm.pendingTagProperty().set("team");
        assertThat(vm.dirtyProperty().get()).isTrue();
        scheduler.advance(Duration.ofMillis(1000));
        assertThat(stored().orElseThrow().tags()).containsExactlyInAnyOrder("retro", "team");
    }

    @Test
    void changingTheDaySavesAtOnceAndShowsTheOtherDay() {
        vm.textProperty().set("today's note");
        vm.load(TODAY.minusDays(1));
        assertThat(stored().orElseThrow().text()).isEqualTo("today's note");
        assertThat(vm.dateProperty().get()).isEqualTo(TODAY.minusDays(1));
        assertThat(vm.textProperty().get()).isEmpty();
        assertThat(scheduler.pending()).isZero();

        vm.load(TODAY);
        assertThat(vm.textProperty().get()).isEqualTo("today's note");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void futureDaysCannotBeOpened() {
        vm.load(TODAY.plusDays(3));
        assertThat(vm.dateProperty().get()).isEqualTo(TODAY);
    }

    @Test
    void moodEnergyTagsAndAnswersAreSavedAndClearable() {
        vm.moodProperty().set(4);
        vm.energyProperty().set(2);
        vm.addTag("  One on One ");
        vm.textProperty().set("Good talk #feedback");
        vm.prompts().get(1).answerProperty().set("I explained why we moved the deadline.");
        vm.flush();

        Entry e = stored().orElseThrow();
        assertThat(e.mood()).isEqualTo(4);
        assertThat(e.energy()).isEqualTo(2);
        assertThat(e.tags()).containsExactly("feedback", "one-on-one");
        assertThat(e.answers()).singleElement().satisfies(a -> {
            assertThat(a.promptId()).isEqualTo("p2");
            assertThat(a.promptText()).isEqualTo("Prompt 2?");
            assertThat(a.answer()).isEqualTo("I explained why we moved the deadline.");
        });

        vm.moodProperty().set(null);
        vm.flush();
        assertThat(stored().orElseThrow().mood()).isNull();
        assertThat(vm.knownTags()).contains("feedback", "one-on-one");
    }

    @Test
    void aMoodOrEnergyChosenIsStoredAtOnceWithWhatIsTypedNotASecondLater() {
        vm.textProperty().set("A calm day");
        vm.moodProperty().set(5);
        // no time passes: stored before the autosave's second is up, the text typed before it too
        assertThat(stored()).hasValueSatisfying(e -> {
            assertThat(e.mood()).isEqualTo(5);
            assertThat(e.text()).isEqualTo("A calm day");
        });
        vm.energyProperty().set(2);
        assertThat(stored().orElseThrow().energy()).isEqualTo(2);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void shufflingKeepsAnswersAlreadyWritten() {
        vm.prompts().get(0).answerProperty().set("answered before shuffling");
        vm.shufflePrompts();
        // the answered prompt stays on screen after the new ones
        assertThat(vm.prompts()).extracting(s -> s.prompt().id()).containsExactly("p4", "p5", "p6", "p1");
        assertThat(vm.prompts().get(3).answerProperty().get()).isEqualTo("answered before shuffling");
        vm.flush();
        assertThat(stored().orElseThrow().answers()).extracting(Entry.PromptAnswer::answer)
                .containsExactly("answered before shuffling");

        vm.load(TODAY.minusDays(1));
        vm.load(TODAY);
        assertThat(stored().orElseThrow().answers()).hasSize(1);
    }

    @Test
    void skippingReplacesOnePrompt() {
        vm.skipPrompt(2);
        assertThat(vm.prompts()).extracting(s -> s.prompt().id()).containsExactly("p1", "p2", "r2");
    }

    @Test
    void aDayEmptiedAgainLeavesNoRow() {
        vm.textProperty().set("x");
        vm.flush();
        assertThat(stored()).isPresent();
        vm.textProperty().set("");
        vm.flush();
        assertThat(stored()).isEmpty();
    }

    @Test
    void aMegabytePasteIsAcceptedButTooMuchIsRefusedWithAReason() {
        String megabyte = "word ".repeat(200_000);
        assertThat(vm.acceptText(megabyte)).isTrue();
        vm.textProperty().set(megabyte);
        vm.flush();
        assertThat(stored().orElseThrow().text()).hasSize(1_000_000);

        assertThat(vm.acceptText("x".repeat(Entry.MAX_TEXT_CHARS + 1))).isFalse();
        assertThat(vm.errorProperty().get()).contains("at most 2,000,000").contains("Nothing was added");
        assertThat(vm.textProperty().get()).hasSize(1_000_000);
        assertThat(vm.acceptText("short again")).isTrue();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void everyUnicodeCharacterRoundTrips() {
        String all = "Ünïcödé — Ελληνικά, Кириллица, 中文, עברית, emoji 🌱🎉👩🏽‍💻, math ∑∞, \u0000-free";
        vm.textProperty().set(all);
        vm.flush();
        vm.load(TODAY.minusDays(1));
        vm.load(TODAY);
        assertThat(vm.textProperty().get()).isEqualTo(all);
    }

    @Test
    void wordCountFollowsTheText() {
        vm.textProperty().set("three small words");
        assertThat(vm.wordCountProperty().get()).isEqualTo(3);
    }

    @Test
    void aLongTextIsCountedWhenTypingPausesNotOnEveryKeystroke() {
        String longDay = "word ".repeat(EntryEditorViewModel.LONG_TEXT_CHARS / 5);
        vm.textProperty().set(longDay);
        vm.textProperty().set(longDay + "one");
        vm.textProperty().set(longDay + "one more");
        assertThat(vm.wordCountProperty().get()).isZero(); // not counted yet: typing goes on
        scheduler.advance(EntryEditorViewModel.WORD_COUNT_DELAY);
        assertThat(vm.wordCountProperty().get()).isEqualTo(EntryEditorViewModel.LONG_TEXT_CHARS / 5 + 2);

        vm.textProperty().set("short again");
        assertThat(vm.wordCountProperty().get()).isEqualTo(2); // a short text at once
    }

    @Test
    void aLongTextIsCountedInTheBackgroundAndAnOlderCountNeverReplacesANewerOne() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        EntryEditorViewModel typing = held(tasks);
        typing.load(TODAY);
        tasks.release();
        String longDay = "word ".repeat(EntryEditorViewModel.LONG_TEXT_CHARS / 5);

        typing.textProperty().set(longDay + "one");
        scheduler.advance(EntryEditorViewModel.WORD_COUNT_DELAY);
        assertThat(tasks.held()).isEqualTo(1); // the count waits for a background thread
        assertThat(typing.wordCountProperty().get()).isZero();
        typing.textProperty().set(longDay + "one two three");
        scheduler.advance(EntryEditorViewModel.WORD_COUNT_DELAY);
        assertThat(tasks.held()).isEqualTo(2);

        tasks.step(); // the older text's count comes first, while a newer text is being counted: not shown
        assertThat(typing.wordCountProperty().get()).isZero();
        tasks.step();
        assertThat(typing.wordCountProperty().get()).isEqualTo(EntryEditorViewModel.LONG_TEXT_CHARS / 5 + 3);

        typing.textProperty().set("short again");
        assertThat(typing.wordCountProperty().get()).isEqualTo(2); // a short text at once, on this thread
        assertThat(tasks.held()).isZero();
    }

    @Test
    void hashtagsOfTheTextAreSavedAsTags() {
        vm.textProperty().set("A good #retro today with #Team");
        scheduler.advance(EntryEditorViewModel.AUTOSAVE_DELAY);
        assertThat(repo.find(TODAY).orElseThrow().tags()).containsExactly("retro", "team");
        assertThat(vm.knownTags()).contains("retro", "team");
    }

    @Test
    void loadingADayIsNotAnEdit() {
        vm.textProperty().set("x");
        vm.flush();
        vm.load(TODAY.minusDays(1));
        vm.load(TODAY);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(scheduler.pending()).isZero();
    }

    /** A view model whose loads and saves wait until the test lets them run. */
    private EntryEditorViewModel held(HeldTaskRunner tasks) {
        return new EntryEditorViewModel(repo, new FakePromptSource(), tasks, scheduler, clock, (d, e) -> savedDays.add(d));
    }

    private static Entry written(LocalDate day, String text) {
        return new Entry(day, text, null, null, List.of(), List.of(), null, null);
    }

    @Test
    void whatIsTypedWhileTheDayIsStillLoadingIsKeptAndSaved() {
        // the app has just opened: the window takes keystrokes before today's page has come from the database
        HeldTaskRunner tasks = new HeldTaskRunner();
        EntryEditorViewModel early = held(tasks);
        early.load(TODAY);
        early.textProperty().set("Ask");
        early.textProperty().set("Asked Ana first");
        tasks.release();

        assertThat(early.textProperty().get()).isEqualTo("Asked Ana first");
        assertThat(early.dirtyProperty().get()).isTrue();
        scheduler.advance(Duration.ofMillis(1000));
        tasks.release();
        assertThat(stored().orElseThrow().text()).isEqualTo("Asked Ana first");
    }

    @Test
    void typingBeforeADayWithTextHasComeAddsToItsText() {
        repo.save(written(TODAY, "Morning: planned the retro"));
        HeldTaskRunner tasks = new HeldTaskRunner();
        EntryEditorViewModel early = held(tasks);
        early.load(TODAY);
        early.textProperty().set("Evening: it went well");
        tasks.release();

        assertThat(early.textProperty().get()).isEqualTo("Morning: planned the retro\nEvening: it went well");
        scheduler.advance(Duration.ofMillis(1000));
        tasks.release();
        assertThat(stored().orElseThrow().text()).isEqualTo("Morning: planned the retro\nEvening: it went well");
    }

    @Test
    void typingWhileAnotherDayLoadsGoesToThatDayNotTheOneLeft() {
        LocalDate yesterday = TODAY.minusDays(1);
        repo.save(written(yesterday, "Yesterday's page"));
        HeldTaskRunner tasks = new HeldTaskRunner();
        EntryEditorViewModel editor = held(tasks);
        editor.load(TODAY);
        tasks.release();
        editor.textProperty().set("Today's page");
        editor.load(yesterday);                           // saves today, then asks for yesterday
        editor.textProperty().set("Today's page, and one more thought");
        tasks.release();

        assertThat(editor.dateProperty().get()).isEqualTo(yesterday);
        assertThat(editor.textProperty().get()).isEqualTo("Yesterday's page\n, and one more thought");
        scheduler.advance(Duration.ofMillis(1000));
        tasks.release();
        assertThat(stored().orElseThrow().text()).isEqualTo("Today's page");
        assertThat(repo.find(yesterday).orElseThrow().text()).isEqualTo("Yesterday's page\n, and one more thought");
    }

    @Test
    void insertedIsTheRunOfCharactersAdded() {
        assertThat(EntryEditorViewModel.inserted("", "abc")).isEqualTo("abc");
        assertThat(EntryEditorViewModel.inserted("ac", "abbc")).isEqualTo("bb");
        assertThat(EntryEditorViewModel.inserted("aaa", "aaaa")).isEqualTo("a");
        assertThat(EntryEditorViewModel.inserted("abc", "ab")).isEmpty();
        assertThat(EntryEditorViewModel.inserted("abc", "abc")).isEmpty();
    }
}
