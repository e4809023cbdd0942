package app.microlead.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One day's reflection: free text (Markdown), the answers to that day's prompts, mood and energy
 * (1–5, optional), tags, and when it was first written and last changed. A day with nothing in it
 * has no entry.
 */
public record Entry(LocalDate date, String text, Integer mood, Integer energy, List<String> tags,
                    List<PromptAnswer> answers, Instant createdAt, Instant updatedAt) {

    /** The most text a single day may hold (characters). */
    public static final int MAX_TEXT_CHARS = 2_000_000;

    public Entry {
        Objects.requireNonNull(date, "date");
        text = text == null ? "" : text;
        tags = List.copyOf(tags == null ? List.of() : tags);
        answers = List.copyOf(answers == null ? List.of() : answers);
        checkRating("mood", mood);
        checkRating("energy", energy);
    }

    private static void checkRating(String what, Integer value) {
        if (value != null && (value < 1 || value > 5)) {
            throw new IllegalArgumentException(what + " must be between 1 and 5, was " + value);
        }
    }

    /** True when nothing was written, rated, tagged or answered: such a day is not stored. */
    public boolean isBlank() {
        return text.isBlank() && mood == null && energy == null && tags.isEmpty()
                && answers.stream().allMatch(a -> a.answer().isBlank());
    }

    /** All searchable words of the day: text, answers and tags. */
    public String searchableText() {
        StringBuilder sb = null; // most days answer nothing: their text as it is, not a copy
        for (PromptAnswer a : answers) {
            if (!a.answer().isBlank()) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 256).append(text);
                }
                sb.append("\n\n").append(a.promptText()).append("\n").append(a.answer());
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** An answer to one of the day's prompts, saved with the prompt's text as it was shown. */
    public record PromptAnswer(String promptId, String promptText, String answer) {
        public PromptAnswer {
            Objects.requireNonNull(promptId, "promptId");
            promptText = promptText == null ? "" : promptText;
            answer = answer == null ? "" : answer;
        }
    }
}
