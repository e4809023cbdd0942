package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.common.I18n;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The words the habits feature builds from numbers, in English and German. */
class HabitTextsTest {

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void schedulesAndStreaksInEnglish() {
        assertThat(Schedule.weekdays(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).describe()).isEqualTo("Mon, Fri");
        assertThat(Schedule.weekdays(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).describeInline()).isEqualTo("mon, fri");
        assertThat(Schedule.perWeek(1).describeInline()).isEqualTo("once a week");
        assertThat(Schedule.perMonth(2).describe()).isEqualTo("2 times a month");
        assertThat(new Streak(null, null, 1, Streak.Unit.DAYS).describe()).isEqualTo("1 day");
        assertThat(new Streak(null, null, 12, Streak.Unit.WEEKS).describe()).isEqualTo("12 weeks");
        assertThat(Streak.none(Streak.Unit.MONTHS).describe()).isEqualTo("–");
    }

    @Test
    void schedulesStreaksDatesAndErrorsInGerman() {
        I18n.setLocale(Locale.GERMAN);
        assertThat(Schedule.daily().describe()).isEqualTo("Jeden Tag");
        assertThat(Schedule.daily().describeInline()).isEqualTo("jeden Tag");
        assertThat(Schedule.perWeek(1).describe()).isEqualTo("Einmal pro Woche");
        assertThat(Schedule.perWeek(3).describeInline()).isEqualTo("3-mal pro Woche");
        assertThat(Schedule.weekdays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY).describeInline()).isEqualTo("Mo, Mi");
        assertThat(new Streak(null, null, 1, Streak.Unit.DAYS).describe()).isEqualTo("1 Tag");
        assertThat(new Streak(null, null, 5, Streak.Unit.MONTHS).describe()).isEqualTo("5 Monate");
        assertThat(HabitDetailView.format("habits.format.day").format(LocalDate.of(2026, 3, 4)))
                .isEqualTo("Mi., 4. März 2026");
        assertThatThrownBy(() -> Schedule.perWeek(9)).hasMessage("Eine Woche bietet Platz für 1 bis 7 Mal, nicht 9.");
        assertThat(new HabitFormViewModel(null, LocalDate.of(2026, 3, 4)).errorProperty().get())
                .startsWith("Geben Sie der Gewohnheit einen kurzen Namen");
        assertThat(I18n.t("habits.delete.text", "Danken", 1)).startsWith("„Danken“ wird mit ihrem einzigen Check-in entfernt.");
        assertThat(I18n.t("habits.delete.text", "Danken", 1200)).startsWith("„Danken“ wird mit allen 1.200 Check-ins entfernt.");
    }
}
