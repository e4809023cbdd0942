package app.microlead.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trend of the self-assessments draws each session as a dot while there are few, and only the lines once
 * there are many (a dot is a node of its own: hundreds of them stalled the window when the history came).
 */
class TrendDotsUiTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneId.of("UTC"));

    @Test
    void fewSessionsAreDotsManyAreLinesOnly() throws Exception {
        seed(3);
        assertThat(trendSymbols(3)).as("dots for 3 sessions, 4 scales").isEqualTo(12);
    }

    @Test
    void oneSessionShowsWhenTheTrendWillComeInsteadOfEmptyAxes() throws Exception {
        seed(1);
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-assessment");
            ListView<SessionResult> history = app.byId("assessment-history");
            app.waitUntil(() -> history.getItems().size() == 1, 10);
            assertThat(app.<Label>byId("assessment-trend-later").isVisible()).isTrue();
            assertThat(app.<LineChart<?, ?>>byId("assessment-trend").isVisible()).as("the chart's empty axes").isFalse();
        }
    }

    @Test
    void manySessionsAreDrawnAsLinesOnlyWithEveryPointKept() throws Exception {
        seed(TrendView.MAX_DOTTED_SESSIONS + 1);
        assertThat(trendSymbols(TrendView.MAX_DOTTED_SESSIONS + 1)).isZero();
    }

    /** Opens the self-assessment, waits for its history of {@code sessions}; the trend's dots. */
    private int trendSymbols(int sessions) throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, clock)) {
            app.clickOn("nav-assessment");
            ListView<SessionResult> history = app.byId("assessment-history");
            app.waitUntil(() -> history.getItems().size() == sessions, 10);
            LineChart<?, ?> trend = app.byId("assessment-trend");
            app.waitUntil(() -> trend.getData().size() == 4
                    && trend.getData().stream().allMatch(s -> s.getData().size() == sessions), 10);
            app.waitUntilSettled();
            // the legend's four markers share the style class; the dots are the rest
            return trend.lookupAll(".chart-line-symbol").size() - trend.lookupAll(".chart-legend .chart-line-symbol").size();
        }
    }

    private void seed(int sessions) throws Exception {
        QuestionBank bank = QuestionBank.load();
        try (Database db = Database.open(DataFolder.open(dataDir))) {
            JdbcAssessmentRepository repo = new JdbcAssessmentRepository(db, clock);
            for (int s = 0; s < sessions; s++) {
                Map<String, Integer> likert = new HashMap<>();
                int answer = 1 + s % 5;
                bank.items().forEach(i -> likert.put(i.id(), answer));
                Map<String, String> scenarios = new HashMap<>();
                int option = s % 4;
                bank.scenarios().forEach(x -> scenarios.put(x.id(), x.options().get(option).id()));
                Instant at = clock.instant().minus(7L * (sessions - s), ChronoUnit.DAYS);
                repo.restore(new Session(0, at, at.plusSeconds(300), bank.instrument(), bank.version(), 27,
                        new Answers(likert, scenarios), null, ""), false);
            }
        }
    }
}
