package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.Pillar;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptSelectionTest {

    @TempDir
    Path dir;

    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private Database db;
    private JdbcPromptRepository repo;
    private PromptLibrary library;
    private DailyPrompts prompts;

    @BeforeEach
    void setUp() {
        db = Database.open(DataFolder.open(dir));
        repo = new JdbcPromptRepository(db, Clock.systemUTC());
        library = PromptLibrary.load();
        prompts = new DailyPrompts(library, repo, new RotatingPromptStrategy());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static Set<String> ids(List<ShownPrompt> list) {
        return list.stream().map(ShownPrompt::id).collect(Collectors.toSet());
    }

    @Test
    void shippedLibraryHasEnoughPromptsForEveryPillar() {
        List<Prompt> all = library.builtIns();
        assertThat(all).hasSizeGreaterThanOrEqualTo(36);
        for (Pillar p : Pillar.values()) {
            // one prompt per pillar a day and no repeat within 14 days needs at least 15 per pillar
            assertThat(all.stream().filter(x -> x.pillar() == p).count()).as(p.label()).isGreaterThanOrEqualTo(15);
        }
        assertThat(all.stream().map(Prompt::id).distinct().count()).isEqualTo(all.size());
    }

    @Test
    void aBrokenLibraryNamesTheProblem() {
        String dup = "{\"prompts\":[{\"id\":\"a\",\"pillar\":\"TRUST\",\"text\":\"x\"},{\"id\":\"a\",\"pillar\":\"TRUST\",\"text\":\"y\"}]}";
        assertThatThrownBy(() -> PromptLibrary.parse(stream(dup))).hasMessageContaining("'a' is used twice");
        String few = "{\"prompts\":[{\"id\":\"a\",\"pillar\":\"TRUST\",\"text\":\"x\"}]}";
        assertThatThrownBy(() -> PromptLibrary.parse(stream(few))).hasMessageContaining("needs at least 10");
        assertThatThrownBy(() -> PromptLibrary.parse(stream("{oops"))).hasMessageContaining("not valid JSON");
        String blank = "{\"prompts\":[{\"id\":\"a\",\"pillar\":\"TRUST\",\"text\":\"  \"}]}";
        assertThatThrownBy(() -> PromptLibrary.parse(stream(blank))).hasMessageContaining("'a' has no text");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDayShowsThreePromptsOnePerPillarAndTheSameOnesWhenReopened() {
        List<ShownPrompt> first = prompts.promptsFor(START);
        assertThat(first).hasSize(3);
        Set<Pillar> pillars = first.stream().map(p -> library.builtIns().stream()
                .filter(b -> b.id().equals(p.id())).findFirst().orElseThrow().pillar()).collect(Collectors.toSet());
        assertThat(pillars).containsExactlyInAnyOrder(Pillar.values());

        DailyPrompts reopened = new DailyPrompts(library, repo, new RotatingPromptStrategy());
        assertThat(reopened.promptsFor(START)).isEqualTo(first);
    }

    @Test
    void theChoiceIsMadeFromTheDayAloneEvenWithoutMemory() {
        List<Prompt> pool = library.builtIns();
        // a fresh strategy (as after a restart) picks the same for the same day ...
        assertThat(new RotatingPromptStrategy().choose(START, pool, Map.of(), Set.of(), 3, 0))
                .isEqualTo(new RotatingPromptStrategy().choose(START, pool, Map.of(), Set.of(), 3, 0));
        // ... and not the same every day
        Set<List<String>> week = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            week.add(new RotatingPromptStrategy().choose(START.plusDays(i), pool, Map.of(), Set.of(), 3, 0).stream()
                    .map(c -> c.prompt().id()).toList());
        }
        assertThat(week).hasSizeGreaterThan(1);
    }

    @Test
    void noPromptReturnsWithinTwoWeeksOverFourMonths() {
        List<List<String>> days = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            days.add(prompts.promptsFor(START.plusDays(i)).stream().map(ShownPrompt::id).toList());
        }
        for (int i = 0; i < days.size(); i++) {
            for (int back = 1; back <= 14 && i - back >= 0; back++) {
                Set<String> overlap = new HashSet<>(days.get(i));
                overlap.retainAll(days.get(i - back));
                assertThat(overlap).as("day %d vs %d days earlier", i, back).isEmpty();
            }
        }
    }

    @Test
    void disabledPromptsAreNeverChosen() {
        Set<String> off = library.builtIns().stream().filter(p -> p.pillar() == Pillar.TRUST).map(Prompt::id)
                .collect(Collectors.toSet());
        off.forEach(id -> repo.setDisabled(id, true));
        for (int i = 0; i < 30; i++) {
            assertThat(ids(prompts.promptsFor(START.plusDays(i)))).doesNotContainAnyElementsOf(off);
        }
    }

    @Test
    void userPromptsJoinThePool() {
        PromptRepository.CustomPrompt mine = repo.addCustom(null, "What did I do today that I am proud of?");
        boolean seen = false;
        for (int i = 0; i < 30 && !seen; i++) {
            seen = ids(prompts.promptsFor(START.plusDays(i))).contains(mine.id());
        }
        assertThat(seen).as("user prompt shown within 30 days").isTrue();
    }

    @Test
    void shuffleGivesOtherPromptsAndIsRemembered() {
        List<ShownPrompt> first = prompts.promptsFor(START);
        List<ShownPrompt> shuffled = prompts.shuffle(START);
        assertThat(shuffled).hasSize(3);
        assertThat(ids(shuffled)).doesNotContainAnyElementsOf(ids(first));
        assertThat(prompts.promptsFor(START)).isEqualTo(shuffled);
    }

    @Test
    void skippingReplacesOnlyThatPromptAndAvoidsRecentOnes() {
        Set<String> yesterday = ids(prompts.promptsFor(START.minusDays(1)));
        List<ShownPrompt> first = prompts.promptsFor(START);
        List<ShownPrompt> after = prompts.replace(START, 1);
        assertThat(after.get(0)).isEqualTo(first.get(0));
        assertThat(after.get(2)).isEqualTo(first.get(2));
        assertThat(after.get(1).id()).isNotIn(ids(first)).isNotIn(yesterday);
    }

    @Test
    void aSmallPoolFallsBackToThePromptsShownLongestAgo() {
        List<Prompt> tiny = library.builtIns().subList(0, 4);
        RotatingPromptStrategy s = new RotatingPromptStrategy();
        Map<LocalDate, List<String>> recent = Map.of(
                START.minusDays(1), List.of(tiny.get(0).id(), tiny.get(1).id()),
                START.minusDays(5), List.of(tiny.get(2).id()));
        List<String> chosen = s.choose(START, tiny, recent, Set.of(), 3, 0).stream()
                .map(c -> c.prompt().id()).toList();
        assertThat(chosen).hasSize(3);
        assertThat(chosen.get(0)).isEqualTo(tiny.get(3).id());
        assertThat(chosen.get(1)).isEqualTo(tiny.get(2).id());
    }
}
