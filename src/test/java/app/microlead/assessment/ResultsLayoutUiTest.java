package app.microlead.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.ClippedText;
import app.microlead.GeneratedJournals;
import app.microlead.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result in German with large text, in a window 1000 px wide and one 1280 px wide: the facet radar keeps a
 * usable size, the names around it and in the balance quadrant neither overlap nor leave the chart, no text is
 * cut off with "…", and no line is broken inside a word ("Gelegentlic/h", "Mikromanagement-Risik/o").
 */
class ResultsLayoutUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T19:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
        Locale.setDefault(Locale.US);
    }

    @Test
    void aResultInGermanWithLargeTextKeepsItsChartsAndWordsWhole() throws Exception {
        GeneratedJournals.year(dataDir);
        Files.writeString(dataDir.resolve("preferences.json"),
                "{\"reminder\": false, \"language\": \"de\", \"fontSize\": \"large\"}");
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            app.resize(1000, 800);
            app.clickOn("nav-assessment");
            ListView<SessionResult> history = app.byId("assessment-history");
            app.waitUntil(() -> history.getItems().size() == 2, 10);
            app.robot().interact(() -> {
                history.getSelectionModel().select(0);
                history.requestFocus();
            });
            app.robot().type(KeyCode.ENTER);
            app.waitUntil(() -> app.exists("assessment-results-title"), 10);
            for (int width : new int[] {1000, 1280}) {
                app.resize(width, 800);
                app.waitUntilSettled();
                List<String> problems = new ArrayList<>();
                app.robot().interact(() -> problems.addAll(problems(app, width)));
                assertThat(problems).as("at %d px", width).isEmpty();
            }
        }
    }

    private static List<String> problems(AppDriver app, int width) {
        List<String> found = new ArrayList<>(ClippedText.inShowingWindows(width + " px"));
        RadarChart radar = app.byId("assessment-radar");
        double scale = radar.textScale();
        assertThat(scale).as("large text").isGreaterThan(1.2);
        if (radar.getWidth() < 400 * scale || radar.radius() < 80 * scale) {
            found.add("the radar is " + Math.round(radar.getWidth()) + " px wide, radius " + Math.round(radar.radius()));
        }
        texts(radar, 12, "radar", found);
        texts(app.byId("assessment-quadrant"), 6, "quadrant", found);
        words(app.byId("assessment-results"), found);
        return found;
    }

    /** The chart drew its texts inside itself, none over another. */
    private static void texts(CanvasChart chart, int count, String name, List<String> found) {
        List<Rectangle2D> boxes = chart.drawnTexts();
        if (boxes.size() != count) {
            found.add(name + ": " + boxes.size() + " texts drawn, not " + count);
        }
        Rectangle2D all = new Rectangle2D(0, 0, chart.getWidth(), chart.getHeight());
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D b = boxes.get(i);
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > all.getMaxX() + 0.5
                    || b.getMaxY() > all.getMaxY() + 0.5) {
                found.add(name + ": text " + i + " " + b + " leaves the chart " + all);
            }
            for (int j = i + 1; j < boxes.size(); j++) {
                if (b.intersects(boxes.get(j))) {
                    found.add(name + ": text " + i + " " + b + " overlaps text " + j + " " + boxes.get(j));
                }
            }
        }
    }

    /** Every wrapped label has room for its longest word (JavaFX breaks a word wider than the line inside it). */
    private static void words(Node n, List<String> found) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Label l && l.isWrapText() && l.getText() != null && !l.getText().isBlank()) {
            double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
            for (String word : l.getText().strip().split("\\s+")) {
                Text t = new Text(word);
                t.setFont(l.getFont());
                if (t.getLayoutBounds().getWidth() > room + 0.5) {
                    found.add("'" + word + "' of '" + l.getText() + "' is broken: " + Math.round(room) + " px for "
                            + Math.round(t.getLayoutBounds().getWidth()) + ClippedText.inNearestId(l));
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                words(c, found);
            }
        }
    }
}
