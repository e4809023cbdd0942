package app.microlead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a new journal every empty state offers a button, and the button does what it says. */
class EmptyStatesUiTest {

    @TempDir
    Path dataDir;

    @Test
    void eachEmptyStatesButtonDoesWhatItSays() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneOffset.UTC);
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("today-habits-choose");
            app.waitUntil(() -> shown(app, "page-habits"), 5);

            // no habit: no detail pane with an empty chart (its axis once read "Jan 1970") under the empty state
            assertThat(app.exists("habit-strength-chart")).isFalse();
            app.clickOn("habits-empty-catalogue");
            app.waitUntil(() -> app.exists("habit-catalogue"), 5);
            app.robot().interact(() -> ((Stage) app.byId("habit-catalogue").getScene().getWindow()).close());

            app.clickOn("nav-journal");
            app.waitUntil(() -> app.exists("journal-empty-write"), 5);
            app.clickOn("journal-empty-write");
            app.waitUntil(() -> shown(app, "page-today"), 5);

            app.clickOn("nav-insights");
            app.waitUntil(() -> app.exists("insights-gap-assess"), 10);
            app.clickOn("insights-gap-assess");
            app.waitUntil(() -> shown(app, "page-assessment"), 5);

            app.clickOn("nav-insights");
            app.waitUntil(() -> app.exists("insights-mood-today"), 10);
            app.clickOn("insights-mood-today");
            app.waitUntil(() -> shown(app, "page-today"), 5);
            assertThat(app.exists("insights-trend-habits")).isFalse(); // Insights is no longer shown
        }
    }

    private static boolean shown(AppDriver app, String page) {
        return app.exists(page) && app.byId(page).isVisible();
    }
}
