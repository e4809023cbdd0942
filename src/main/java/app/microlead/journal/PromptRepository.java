package app.microlead.journal;

import app.microlead.common.Pillar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the journal remembers about prompts: the user's own, the ones turned off, and each day's choice. */
public interface PromptRepository {

    /** A prompt the user wrote. */
    record CustomPrompt(String id, Pillar pillar, String text) {
    }

    List<CustomPrompt> customPrompts();

    /** Adds a prompt of the user's; returns it with its new id. */
    CustomPrompt addCustom(Pillar pillar, String text);

    void removeCustom(String id);

    /** Puts back a user's prompt with its id (archive import). */
    void restoreCustom(CustomPrompt prompt);

    Set<String> disabledIds();

    void setDisabled(String promptId, boolean disabled);

    /** The prompt ids shown on a day, in order (empty when the day was never opened). */
    List<String> shownOn(LocalDate date);

    /** Remembers the prompts shown on a day, replacing an earlier choice. */
    void setShown(LocalDate date, List<String> promptIds);

    /**
     * Remembers the prompts of a day with why each was chosen (empty reasons allowed), the reasons written in
     * {@code language} (a language code: "en", "de").
     */
    void setShownWithReasons(LocalDate date, List<ShownPrompt> prompts, String language);

    /**
     * Why each prompt of the day was chosen, by prompt id: the reasons written in {@code language} (or kept
     * before their language was), empty for the others and where no reason was given.
     */
    Map<String, String> reasonsOn(LocalDate date, String language);

    /** Prompt ids shown on each day from {@code from} to {@code to} inclusive. */
    Map<LocalDate, List<String>> shownBetween(LocalDate from, LocalDate to);
}
