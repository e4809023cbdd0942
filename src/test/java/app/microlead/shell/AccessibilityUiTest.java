package app.microlead.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.GeneratedJournals;
import app.microlead.ClippedText;
import app.microlead.assessment.SessionResult;
import app.microlead.storage.PreferencesStore;
import app.microlead.ui.Themes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.chart.Chart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Over a generated year of data, every view (and the quiz, a result, the habit detail and the
 * dialogs) is visited, and every visible button, toggle, check box, menu button and link must say
 * what it does — by its text or its accessible text — and have an id; every chart must describe
 * itself in words.
 */
class AccessibilityUiTest {

    @TempDir
    Path dataDir;

    @Test
    void everyVisibleButtonHasATextOrAccessibleTextAndAnIdAndEveryChartDescribesItself() throws Exception {
        generateYear();
        List<String> offenders = new ArrayList<>();
        List<String> charts = new ArrayList<>();
        String radar;
        String gauge;
        String quadrant;
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            for (ViewId v : ViewId.values()) {
                app.clickOn(v.navId());
                app.waitUntil(() -> app.exists("page-" + v.key()), 10);
                settle(app);
                check(app, v.key(), offenders, charts);
            }

            app.clickOn("nav-habits");
            app.waitUntil(() -> app.robot().lookup(".check-cell").tryQuery().isPresent(), 10);
            Node firstCell = app.robot().lookup(".check-cell").query();
            app.robot().interact(firstCell::requestFocus);
            app.waitUntil(() -> app.exists("habit-heatmap") && app.byId("habit-heatmap").isVisible(), 10);
            settle(app);
            check(app, "habit detail", offenders, charts);

            app.clickOn("nav-assessment");
            ListView<SessionResult> history = app.byId("assessment-history");
            app.waitUntil(() -> history.getItems().size() == 2, 10);
            app.robot().interact(() -> {
                history.getSelectionModel().select(0);
                history.requestFocus();
            });
            app.robot().type(KeyCode.ENTER);
            app.waitUntil(() -> app.exists("assessment-results-title"), 10);
            settle(app);
            check(app, "assessment results", offenders, charts);
            radar = app.byId("assessment-radar").getAccessibleText();
            gauge = app.byId("assessment-gauge").getAccessibleText();
            quadrant = app.byId("assessment-quadrant").getAccessibleText();

            app.clickOn("assessment-back-overview");
            app.clickOn("assessment-start");
            app.waitUntil(() -> app.exists("assessment-question"), 10);
            settle(app);
            check(app, "quiz", offenders, charts);
            app.clickOn("assessment-pause");

            app.clickOn("nav-habits");
            app.clickOn("habits-add");
            app.waitUntil(() -> app.exists("habit-editor"), 10);
            assertThat(app.exists("habit-editor-ok") && app.exists("habit-editor-cancel"))
                    .as("dialog buttons have ids by their role").isTrue();
            checkDialog(app, "habit-editor", offenders, charts);
            app.clickOn("nav-help");
            checkDialog(app, "shortcuts", offenders, charts);
            app.robot().press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
            checkDialog(app, "export-dialog", offenders, charts);
        }
        assertThat(offenders).as("controls without a text or accessible text, or without an id").isEmpty();
        assertThat(charts).as("charts seen").contains("insights-pillar-chart", "habit-heatmap",
                "habit-strength-chart", "assessment-radar", "assessment-gauge", "assessment-quadrant");
        assertThat(radar).as("the radar names facets and scores").containsPattern("[A-Z][a-z]+[^,]* \\d+");
        assertThat(gauge).containsPattern("\\d+ of 100");
        assertThat(quadrant).containsPattern("index \\d+");
    }

    @Test
    void largeTextIsAppliedAtOnceToTheWholeAppAndRemembered() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            app.clickOn("nav-settings");
            Label title = app.robot().lookup("#page-settings .section-title").query();
            double normal = title.getFont().getSize();
            app.clickOn("settings-font-size-large");
            settle(app);
            assertThat(app.stage().getScene().getRoot().getStyleClass()).contains(Themes.LARGE_CLASS);
            assertThat(title.getFont().getSize()).as("a heading scales with the root").isGreaterThan(normal * 1.2);
            assertThat(app.<Label>byId("shell-status").getFont().getSize()).isGreaterThanOrEqualTo(14);
            app.clickOn("nav-today");
            Label prompt = app.byId("prompt-text-0");
            assertThat(prompt.getFont().getSize()).isGreaterThan(17);

            app.robot().press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
            app.waitUntil(() -> app.exists("export-dialog"), 10);
            DialogPane export = app.byId("export-dialog");
            assertThat(((Label) export.lookup(".header-panel .label")).getFont().getSize()).as("dialogs follow")
                    .isGreaterThan(17);
            assertThat(export.getMaxWidth()).as("AtlantaFX's 600px cap grows with the text").isGreaterThan(700);
            app.robot().interact(() -> ((Stage) export.getScene().getWindow()).close());
        }
        assertThat(new PreferencesStore(dataDir.resolve("preferences.json")).load().getFontSize()).isEqualTo("large");
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            assertThat(app.stage().getScene().getRoot().getStyleClass()).contains(Themes.LARGE_CLASS);
            app.clickOn("nav-settings");
            assertThat(app.<RadioButton>byId("settings-font-size-large").isSelected()).isTrue();
            app.clickOn("settings-font-size-normal");
            settle(app);
            assertThat(app.stage().getScene().getRoot().getStyleClass()).doesNotContain(Themes.LARGE_CLASS);
            app.clickOn("nav-today");
            assertThat(app.<Label>byId("prompt-text-0").getFont().getSize()).isLessThan(16);
        }
    }

    private void generateYear() {
        GeneratedJournals.year(dataDir);
    }

    /** Waits until the page or dialog has everything it loads in the background on screen. */
    private static void settle(AppDriver app) throws Exception {
        app.waitUntilSettled();
    }

    private static void checkDialog(AppDriver app, String id, List<String> offenders, List<String> charts)
            throws Exception {
        app.waitUntil(() -> app.exists(id), 10);
        settle(app);
        Node pane = app.byId(id);
        Window w = pane.getScene().getWindow();
        collect(pane.getScene().getRoot(), id, offenders, charts);
        app.robot().interact(() -> ((Stage) w).close());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void check(AppDriver app, String where, List<String> offenders, List<String> charts) {
        collect(app.stage().getScene().getRoot(), where, offenders, charts);
    }

    private static void collect(Parent root, String where, List<String> offenders, List<String> charts) {
        walk(root, n -> {
            if (!shown(n)) {
                return;
            }
            if (n instanceof ButtonBase b) {
                boolean said = !blank(b.getText()) || !blank(b.getAccessibleText());
                if (!said || blank(b.getId())) {
                    offenders.add(where + ": " + describe(b) + (said ? " has no id" : " says nothing"));
                }
            }
            if (isChart(n)) {
                charts.add(n.getId());
                if (blank(n.getAccessibleText())) {
                    offenders.add(where + ": chart " + describe(n) + " has no accessible text");
                }
                if (!n.isFocusTraversable()) {
                    offenders.add(where + ": chart " + describe(n) + " cannot be reached with Tab");
                }
            }
        });
    }

    private static boolean isChart(Node n) {
        return n instanceof Chart || "habit-heatmap".equals(n.getId())
                || n instanceof Region r && r.getChildrenUnmodifiable().stream().anyMatch(c -> c instanceof Canvas);
    }

    private static void walk(Node n, Consumer<Node> visit) {
        visit.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, visit);
            }
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node n) {
        String in = ClippedText.inNearestId(n);
        String text = n instanceof ButtonBase b && b.getText() != null ? " '" + b.getText() + "'" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text
                + " " + n.getStyleClass() + in;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
