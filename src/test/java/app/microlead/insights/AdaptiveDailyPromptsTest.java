package app.microlead.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.I18n;
import app.microlead.common.Pillar;
import app.microlead.journal.DailyPrompts;
import app.microlead.journal.JdbcPromptRepository;
import app.microlead.journal.PromptLibrary;
import app.microlead.journal.ShownPrompt;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adaptive prompts through the journal's DailyPrompts: reasons and the plan follow-up survive a reopen. */
class AdaptiveDailyPromptsTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-10");
    /** Empowerment in focus, with an if–then plan to follow up. */
    private static final CoachingContext CTX = new CoachingContext(Pillar.EMPOWERMENT,
            "because Empowerment is your focus this month", null, "", "If a meeting starts, then I will ask Lena first.");

    @TempDir
    Path dir;

    /** The day's prompts as a DailyPrompts over {@code repo} chooses or remembers them, in the language set now. */
    private static List<ShownPrompt> promptsOn(JdbcPromptRepository repo) {
        return new DailyPrompts(PromptLibrary.load(), repo, new AdaptivePromptStrategy(CTX)).promptsFor(DAY);
    }

    @Test
    void aDayKeepsItsAdaptivePromptsAndReasonsWhenReopened() {
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcPromptRepository repo = new JdbcPromptRepository(db, Clock.systemUTC());
            List<ShownPrompt> first = promptsOn(repo);
            assertThat(first).hasSize(3);
            assertThat(first).anySatisfy(p -> {
                assertThat(p.id()).isEqualTo("plan-followup-2026-03-10");
                assertThat(p.text()).contains("If a meeting starts, then I will ask Lena first.");
                assertThat(p.reason()).isEqualTo(AdaptivePromptStrategy.planReason());
            });
            assertThat(first).anySatisfy(p -> assertThat(p.reason()).contains("Empowerment"));

            assertThat(promptsOn(repo)).as("reopened").isEqualTo(first);
        }
    }

    @Test
    void aDayOpenedInAnotherLanguageShowsItsPromptsInThatLanguageAndNoReasonInTheOldOne() {
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcPromptRepository repo = new JdbcPromptRepository(db, Clock.systemUTC());
            List<ShownPrompt> english = promptsOn(repo);
            assertThat(english).extracting(ShownPrompt::reason).contains(AdaptivePromptStrategy.planReason());

            I18n.setLocale(Locale.GERMAN);
            List<ShownPrompt> german = promptsOn(repo);
            assertThat(german).extracting(ShownPrompt::id).isEqualTo(english.stream().map(ShownPrompt::id).toList());
            assertThat(german).extracting(ShownPrompt::reason).as("no English reason under German prompts")
                    .containsOnly("");

            I18n.setLocale(Locale.ENGLISH);
            assertThat(promptsOn(repo)).as("back in English, the reasons are there again").isEqualTo(english);
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }
    }
}
