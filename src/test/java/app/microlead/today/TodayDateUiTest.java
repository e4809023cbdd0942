package app.microlead.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A day typed into the date field: a past one opens, one still to come is refused in words. */
class TodayDateUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));

    @Test
    void aTypedDayStillToComeIsNamedAndTheFieldShowsTheDayShown() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            DatePicker picker = app.byId("today-date-picker");
            app.robot().interact(() -> picker.getEditor().clear());
            app.clickOn("today-date-picker");
            app.robot().interact(() -> picker.getEditor().requestFocus());
            app.robot().write("3/20/2026").type(KeyCode.ENTER);
            app.waitUntil(() -> app.<Label>byId("today-hint").getText().contains("still to come"), 5);
            assertThat(app.<Label>byId("today-hint").getText()).startsWith("20 Mar 2026 is still to come");
            assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(picker.getEditor().getText()).isEqualTo("10 Mar 2026");
            assertThat(app.<Label>byId("today-date-title").getText()).isEqualTo("Tuesday 10 March 2026");

            app.robot().interact(() -> picker.getEditor().clear());
            app.robot().interact(() -> picker.getEditor().requestFocus());
            app.robot().write("2 Mar 2026").type(KeyCode.ENTER); // the form the field shows reads back too
            app.waitUntil(() -> app.<Label>byId("today-date-title").getText().equals("Monday 2 March 2026"), 5);
            assertThat(app.<Label>byId("today-hint").getText()).doesNotContain("still to come");

            // Ctrl+1 is Today: today's date, not the past day shown
            app.robot().press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
            app.waitUntil(() -> app.<Label>byId("today-date-title").getText().equals("Tuesday 10 March 2026"), 5);
        }
    }
}
