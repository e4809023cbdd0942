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

    @Test
    void reasonsKeptBeforeTheirLanguageWasStoredAreShownOnlyInTheirLanguage() {
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcPromptRepository repo = new JdbcPromptRepository(db, Clock.systemUTC());
            I18n.setLocale(Locale.GERMAN);
            List<ShownPrompt> german = promptsOn(repo);
            assertThat(german).extracting(ShownPrompt::reason).contains(AdaptivePromptStrategy.planReason());
            forgetReasonLanguages(db); // as a journal migrated from before V12 has them

            assertThat(promptsOn(repo)).as("still German: the reasons are there").isEqualTo(german);
            I18n.setLocale(Locale.ENGLISH);
            assertThat(promptsOn(repo)).extracting(ShownPrompt::reason).as("no German reason under English prompts")
                    .containsOnly("");
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void aReasonOfNoKnownLanguageKeptBeforeV12IsShownAsItWas() {
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcPromptRepository repo = new JdbcPromptRepository(db, Clock.systemUTC());
            List<ShownPrompt> first = promptsOn(repo);
            db.write(c -> c.createStatement().executeUpdate("UPDATE day_prompt SET reason = 'Team retro' WHERE position = 0"));
            forgetReasonLanguages(db);

            I18n.setLocale(Locale.GERMAN);
            assertThat(promptsOn(repo)).extracting(ShownPrompt::reason).as("not the app's sentence: no language known")
                    .contains("Team retro").hasSize(first.size());
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void everyReasonTheAppWritesIsToldApartByLanguage() {
        CoachingContext slipping = new CoachingContext(Pillar.TRUST, "", "greet", "Greet by name", null);
        for (Locale written : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            I18n.setLocale(written);
            List<String> reasons = List.of(AdaptivePromptStrategy.planReason(), AdaptivePromptStrategy.focusReason(CTX),
                    AdaptivePromptStrategy.slippingReason(slipping), I18n.t("people.prompt.because", "14 days"));
            for (String reason : reasons) {
                I18n.setLocale(Locale.ENGLISH);
                assertThat(shownIn(reason, "en")).as("%s in English", reason).isEqualTo(written == Locale.ENGLISH);
                assertThat(shownIn(reason, "de")).as("%s in German", reason).isEqualTo(written == Locale.GERMAN);
                I18n.setLocale(written);
            }
        }
        I18n.setLocale(Locale.ENGLISH);
    }

    /** Whether {@code reason}, kept without its language, is shown on a day opened in {@code language}. */
    private boolean shownIn(String reason, String language) {
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcPromptRepository repo = new JdbcPromptRepository(db, Clock.systemUTC());
            repo.setShownWithReasons(DAY, List.of(new ShownPrompt("p-1", "A prompt", reason)), "xx");
            forgetReasonLanguages(db);
            return reason.equals(repo.reasonsOn(DAY, language).get("p-1"));
        }
    }

    private static void forgetReasonLanguages(Database db) {
        db.write(c -> c.createStatement().executeUpdate("UPDATE day_prompt SET reason_language = ''"));
    }
}
