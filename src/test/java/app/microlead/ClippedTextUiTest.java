package app.microlead;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.assessment.SessionResult;
import app.microlead.common.I18n;
import app.microlead.shell.ViewId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280×800, in English and in German, with normal and with large text, no label, button, check
 * box, cell or other labeled in any view, dialog or drop-down the test can open shows its text cut
 * off with "…" (a few one-line excerpts of longer texts, style class {@code excerpt}, are cut on
 * purpose). The text size is switched in Settings, as a user does, between the two tours.
 */
class ClippedTextUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T19:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
        Locale.setDefault(Locale.US);
    }

    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"en", "de"})
    void noTextIsCutOffOnAnEmptyJournal(String language) throws Exception {
        preferences(language);
        List<String> cut = new ArrayList<>();
        try (AppDriver app = AppDriver.startWithOnboarding(dataDir, CLOCK)) {
            fit(app);
            app.waitUntil(() -> app.exists("onboarding"), 10);
            check(app, "onboarding", cut);
            app.clickOn("onboarding-skip");
            tour(app, "normal", false, cut);
            largeText(app);
            tour(app, "large", false, cut);
        }
        assertThat(cut).as("texts cut off").isEmpty();
    }

    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"en", "de"})
    void noTextIsCutOffOnAGeneratedYear(String language) throws Exception {
        GeneratedJournals.year(dataDir);
        preferences(language);
        List<String> cut = new ArrayList<>();
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            fit(app);
            tour(app, "normal", true, cut);
            largeText(app);
            tour(app, "large", true, cut);
        }
        assertThat(cut).as("texts cut off").isEmpty();
    }

    private void preferences(String language) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.json"),
                "{\"reminder\": false, \"language\": \"" + language + "\"}");
    }

    private static void fit(AppDriver app) {
        app.resize(1280, 800);
    }

    private static void largeText(AppDriver app) {
        app.clickOn("nav-settings");
        app.clickOn("settings-font-size-large");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void tour(AppDriver app, String size, boolean year, List<String> cut) throws Exception {
        for (ViewId v : ViewId.values()) {
            app.clickOn(v.navId());
            app.waitUntil(() -> app.exists("page-" + v.key()), 10);
            loaded(app, v, year);
            checkWithDropDowns(app, size + " " + v.key(), cut);
        }

        app.clickOn("nav-journal");
        if (year) {
            app.clickOn("journal-search");
            app.robot().write("team");
            app.waitUntil(() -> app.exists("journal-results") && app.byId("journal-results").isVisible()
                    && !((ListView<?>) app.byId("journal-results")).getItems().isEmpty(), 10);
            check(app, size + " journal search", cut);
            app.clickOn("journal-filter-clear");
            ListView<?> list = app.byId("journal-list");
            app.robot().interact(() -> list.getSelectionModel().select(0));
            app.clickOn("journal-delete");
            dialog(app, "dialog-confirm", size + " delete confirmation", cut);
        }
        app.clickOn("journal-show-reviews");
        check(app, size + " journal reviews", cut);
        app.clickOn("journal-review-this-week");
        app.waitUntil(() -> app.exists("review-dialog"), 10);
        WaitForAsyncUtils.waitForFxEvents();
        check(app, size + " weekly review", cut);
        app.clickOn("review-close");
        app.clickOn("journal-show-days");
        app.robot().press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        dialog(app, "export-dialog", size + " export", cut);

        app.clickOn("nav-habits");
        if (year) {
            Node cell = app.robot().lookup(".check-cell").match(AppDriver::onShownPage).query();
            app.robot().interact(cell::requestFocus);
            app.waitUntil(() -> app.exists("habit-heatmap") && app.byId("habit-heatmap").isVisible(), 10);
            check(app, size + " habit detail", cut);
        }
        app.clickOn("habits-catalogue");
        dialog(app, "habit-catalogue", size + " catalogue", cut);
        app.clickOn("habits-add");
        app.waitUntil(() -> app.exists("habit-editor"), 10);
        ComboBox<?> kind = app.byId("habit-form-schedule");
        for (int i = 0; i < kind.getItems().size(); i++) {
            int index = i;
            app.robot().interact(() -> kind.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            check(app, size + " habit editor, schedule " + kind.getItems().get(i), cut);
        }
        dialog(app, "habit-editor", size + " habit editor", cut);

        app.clickOn("nav-assessment");
        if (year) {
            ListView<SessionResult> history = app.byId("assessment-history");
            app.robot().interact(() -> {
                history.getSelectionModel().select(0);
                history.requestFocus();
            });
            app.robot().type(KeyCode.ENTER);
            app.waitUntil(() -> app.exists("assessment-results-title"), 10);
            WaitForAsyncUtils.waitForFxEvents();
            check(app, size + " assessment results", cut);
            app.clickOn("assessment-back-overview");
        }
        app.clickOn("assessment-start");
        app.waitUntil(() -> app.exists("assessment-question"), 10);
        WaitForAsyncUtils.waitForFxEvents();
        check(app, size + " quiz", cut);
        app.clickOn("assessment-pause");

        if (year) {
            app.clickOn("nav-people");
            ListView<?> people = app.byId("people-list");
            app.waitUntil(() -> !people.getItems().isEmpty(), 10);
            app.robot().interact(() -> people.getSelectionModel().select(0));
            app.waitUntil(() -> app.exists("person-title") && !app.<Label>byId("person-title").getText().isEmpty(), 10);
            app.waitUntilSettled();
            check(app, size + " person page", cut);
        }

        app.clickOn("nav-settings");
        app.clickOn("settings-encryption-on");
        dialog(app, "encryption-dialog", size + " encryption", cut);
        app.clickOn("nav-help");
        dialog(app, "shortcuts", size + " shortcuts", cut);
    }

    /** Waits until a view shows its data (a generated year) rather than its first, empty frame. */
    private static void loaded(AppDriver app, ViewId v, boolean year) throws Exception {
        if (year) {
            switch (v) {
                case JOURNAL -> app.waitUntil(() -> !((ListView<?>) app.byId("journal-list")).getItems().isEmpty(), 10);
                case HABITS -> app.waitUntil(
                        () -> app.robot().lookup(".check-cell").match(AppDriver::onShownPage).tryQuery().isPresent(), 10);
                case ASSESSMENT -> app.waitUntil(
                        () -> ((ListView<?>) app.byId("assessment-history")).getItems().size() == 2, 10);
                case INSIGHTS -> app.waitUntil(() -> ((XYChart<?, ?>) app.byId("insights-pillar-chart")).getData()
                        .stream().anyMatch(s -> !s.getData().isEmpty()), 10);
                default -> {
                }
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void dialog(AppDriver app, String id, String where, List<String> cut) throws Exception {
        app.waitUntil(() -> app.exists(id), 10);
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = app.byId(id);
        checkWithDropDowns(app, pane.getScene().getRoot(), where, cut);
        Window w = pane.getScene().getWindow();
        app.robot().interact(() -> ((Stage) w).close());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Adds what is cut off now; a text cut off at several stops is reported once, at the first. */
    private static void check(AppDriver app, String where, List<String> cut) {
        app.robot().interact(() -> {
            for (String found : ClippedText.inShowingWindows(where)) {
                String what = found.substring(found.indexOf(": ") + 2);
                String size = where.substring(0, where.indexOf(' ') + 1);
                if (cut.stream().noneMatch(c -> c.startsWith(size) && c.endsWith(what))) {
                    cut.add(found);
                }
            }
        });
    }

    private static void checkWithDropDowns(AppDriver app, String where, List<String> cut) {
        checkWithDropDowns(app, app.stage().getScene().getRoot(), where, cut);
    }

    /** Checks the windows, then opens each drop-down (combo box, date picker) under {@code root} and checks its list. */
    private static void checkWithDropDowns(AppDriver app, Parent root, String where, List<String> cut) {
        check(app, where, cut);
        List<ComboBoxBase<?>> dropDowns = new ArrayList<>();
        app.robot().interact(() -> collectDropDowns(root, dropDowns));
        for (ComboBoxBase<?> box : dropDowns) {
            app.robot().interact(box::show);
            WaitForAsyncUtils.waitForFxEvents();
            check(app, where + ", drop-down " + (box.getId() == null ? box.getClass().getSimpleName() : "#" + box.getId()),
                    cut);
            app.robot().interact(box::hide);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static void collectDropDowns(Node n, List<ComboBoxBase<?>> found) {
        if (!n.isVisible() || n.isDisabled() || !AppDriver.onShownPage(n)) {
            return;
        }
        if (n instanceof ComboBoxBase<?> box) {
            found.add(box);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectDropDowns(c, found);
            }
        }
    }
}
