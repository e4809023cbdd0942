package app.microlead.export;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
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
                      Map<String, String> settings, List<WeeklyReviewData> weeklyReviews, List<PersonData> people) {

    public static final String FORMAT = "microlead-archive";
    /** 2: people (with their 1:1s and promises) and the people a check-in names. */
    public static final int VERSION = 2;

    /** Archives written before weekly reviews or people existed have none; read them as empty lists. */
    public Archive {
        weeklyReviews = weeklyReviews == null ? List.of() : weeklyReviews;
        people = people == null ? List.of() : people;
    }

    /** An archive without people (as versions before 2 were). */
    public Archive(String format, int version, Instant exportedAt, String appVersion, List<EntryData> entries,
                   PromptData prompts, List<HabitData> habits, List<SessionData> assessments,
                   Map<String, String> settings, List<WeeklyReviewData> weeklyReviews) {
        this(format, version, exportedAt, appVersion, entries, prompts, habits, assessments, settings, weeklyReviews,
                List.of());
    }

    /**
     * Someone the user leads, with every field of the roster, the names they were known by before
     * (so old text that mentions them still finds them), their 1:1s and the promises made to them.
     * {@code id} is the archive's own: check-ins name people by it.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonData(long id, String name, List<String> formerNames, String role, String team,
                             LocalDate startDate, String hopes, String cadence, boolean archived, LocalDate addedOn,
                             boolean nudgesOff, LocalDate snoozedUntil, List<OneOnOneData> oneOnOnes,
                             List<PromiseData> promises) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OneOnOneData(LocalDate date, String talkingPoints, String notes, String followUps) {
    }

    /** A promise: {@code state} OPEN, KEPT, BROKEN or DROPPED; {@code closedOn} the day it was resolved. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PromiseData(String text, LocalDate madeOn, LocalDate due, String state, LocalDate closedOn) {
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

    /** A habit's mark on a day; {@code people} are the {@link PersonData#id}s it names (absent: no one). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckInData(LocalDate date, String state, String note,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<Long> people) {

        /** A check-in that names no one ({@code people} is left out of the file). */
        public CheckInData(LocalDate date, String state, String note) {
            this(date, state, note, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionData(long id, Instant startedAt, Instant finishedAt, String bankId, String bankVersion,
                              int position, Map<String, Integer> likert, Map<String, String> scenarios,
                              Long planHabitId, String planText) {
    }
}
