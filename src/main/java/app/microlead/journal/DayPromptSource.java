package app.microlead.journal;

import java.time.LocalDate;
import java.util.List;

/** The prompts of a day. The choice is remembered, so a day always shows the same prompts. */
public interface DayPromptSource {

    /** The day's prompts, choosing and remembering them the first time a day is opened. */
    List<ShownPrompt> promptsFor(LocalDate date);

    /** A fresh set for the day (remembered in place of the old one). */
    List<ShownPrompt> shuffle(LocalDate date);

    /** Swaps one prompt of the day for another (remembered). */
    List<ShownPrompt> replace(LocalDate date, int index);
}
