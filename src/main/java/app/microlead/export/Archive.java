package app.microlead.export;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON archive: everything in a journal, in one file with a format name and version. See
 * docs/archive-format.md. Field names are part of the format; add, never rename.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Archive(String format, int version, Instant exportedAt, String appVersion, List<EntryData> entries,
                      PromptData prompts, List<HabitData> habits, List<SessionData> assessments,
                      Map<String, String> settings, List<WeeklyReviewData> weeklyReviews) {

    public static final String FORMAT = "microlead-archive";
    public static final int VERSION = 1;

    /** Archives written before weekly reviews existed have none; read them as an empty list. */
    public Archive {
        weeklyReviews = weeklyReviews == null ? List.of() : weeklyReviews;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WeeklyReviewData(LocalDate weekEnd, String wentWell, String differently, String nextAction,
                                   String commitment, Instant createdAt, Instant updatedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EntryData(LocalDate date, String text, Integer mood, Integer energy, List<String> tags,
                            List<AnswerData> answers, Instant createdAt, Instant updatedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AnswerData(String promptId, String promptText, String answer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PromptData(List<CustomPromptData> custom, List<String> disabled, Map<LocalDate, List<String>> shown) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CustomPromptData(String id, String pillar, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HabitData(long id, String catalogueId, String name, String description, String pillar, String schedule,
                            int sortOrder, boolean archived, LocalDate startDate, String ifThenPlan,
                            List<CheckInData> checkIns) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckInData(LocalDate date, String state, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionData(long id, Instant startedAt, Instant finishedAt, String bankId, String bankVersion,
                              int position, Map<String, Integer> likert, Map<String, String> scenarios,
                              Long planHabitId, String planText) {
    }
}
