package app.microlead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A laptop sets sync up, a home computer joins, both write, and each sees the other's day. */
class SyncUiTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void fastKeys() {
        System.setProperty("microlead.test.kdfIterations", "100000");
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("UTC"));
    }

    private void write(AppDriver app, String text) throws Exception {
        app.waitUntil(() -> app.exists("today-text"), 10);
        app.clickOn("today-text");
        app.robot().write(text);
        app.waitUntil(() -> app.<Label>byId("today-status").getText().startsWith("Saved"), 10);
    }

    /** @param enter set up with Enter in the passphrase field rather than the button */
    private void setUpSync(AppDriver app, Path folder, boolean enter) throws Exception {
        app.clickOn("nav-settings");
        app.waitUntil(() -> app.exists("settings-sync-folder"), 10);
        // before sync is set up there are no computers or conflicts to show
        assertThat(shown(app.byId("settings-sync-devices"))).isFalse();
        TextField f = app.byId("settings-sync-folder");
        app.robot().interact(() -> f.setText(folder.toString()));
        app.clickOn("settings-sync-passphrase");
        app.robot().write("two computers one journal");
        if (enter) {
            app.robot().type(KeyCode.ENTER);
        } else {
            app.clickOn("settings-sync-setup");
        }
        app.waitUntil(() -> app.<Label>byId("settings-sync-state").getText().startsWith("Syncing through"), 20);
        app.waitUntil(() -> !app.<Button>byId("settings-sync-now").isDisabled(), 20);
        assertThat(shown(app.byId("settings-sync-devices"))).isTrue();
        // no day edited on two computers: only that line, no empty lists and disabled buttons
        assertThat(shown(app.byId("settings-sync-conflicts"))).isFalse();
    }

    /** Whether the node and every parent are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void setUpOnOneComputerJoinOnTheOtherAndSeeEachOthersDays() throws Exception {
        Path laptop = dir.resolve("laptop");
        Path home = dir.resolve("home");
        Path folder = Files.createDirectories(dir.resolve("Sync")).resolve("microlead"); // the folder a sync service carries

        try (AppDriver app = AppDriver.start(laptop, at("2026-03-10T19:30:00Z"))) {
            write(app, "Laptop: gave Ana the demo.");
            setUpSync(app, folder, false);
            assertThat(app.<Label>byId("settings-sync-message").getText()).startsWith("Sent");
            assertThat(shown(app.byId("settings-sync-progress"))).isFalse(); // turns only while a round runs
        }

        try (AppDriver app = AppDriver.start(home, at("2026-03-11T19:30:00Z"))) {
            write(app, "Home: asked Sam what slows the team.");
            setUpSync(app, folder, true);
            app.clickOn("nav-journal");
            app.waitUntil(() -> app.<Button>byId("cal-day-2026-03-10").getStyleClass().contains("has-entry"), 10);
            app.waitUntil(() -> app.<Button>byId("cal-day-2026-03-11").getStyleClass().contains("has-entry"), 10);
        }

        // the laptop syncs when it starts and shows the day written at home
        try (AppDriver app = AppDriver.start(laptop, at("2026-03-11T20:30:00Z"))) {
            app.clickOn("nav-journal");
            app.waitUntil(() -> app.<Button>byId("cal-day-2026-03-11").getStyleClass().contains("has-entry"), 20);
            app.clickOn("nav-settings");
            app.waitUntil(() -> app.<Label>byId("settings-sync-state").getText().contains("just now"), 10);
            assertThat(app.<ListView<String>>byId("settings-sync-devices").getItems())
                    .hasSize(2);
        }
    }

    /** The micro-actions Today offers to tick, by name, in order (one twice is there twice). */
    private static List<String> tracked(AppDriver app) {
        return app.robot().lookup(".checkin-name").match(AppDriver::onShownPage).queryAllAs(Label.class).stream()
                .map(Label::getText).sorted().toList();
    }

    /** Whether {@code node} lies within what {@code page} shows (vertically). */
    private static boolean inView(ScrollPane page, Node node) {
        Bounds shown = page.localToScene(page.getLayoutBounds());
        Bounds at = node.localToScene(node.getLayoutBounds());
        return at.getMinY() >= shown.getMinY() && at.getMaxY() <= shown.getMaxY();
    }

    @Test
    void aSecondComputerJoinsFromItsFirstRunAndGetsTheMicroActionsChosenOnTheFirst() throws Exception {
        Path laptop = dir.resolve("laptop");
        Path home = dir.resolve("home");
        Path folder = Files.createDirectories(dir.resolve("Sync")).resolve("microlead");

        List<String> chosen;
        try (AppDriver app = AppDriver.startWithOnboarding(laptop, at("2026-03-10T19:30:00Z"))) {
            app.waitUntil(() -> app.exists("onboarding"), 10);
            app.clickOn("onboarding-pause-before-reply");   // not the suggestions as they come
            app.clickOn("onboarding-start");
            app.waitUntil(() -> app.exists("today-habit-1-done"), 10);
            chosen = tracked(app);
            setUpSync(app, folder, false);
        }
        assertThat(chosen).hasSizeGreaterThan(1).doesNotHaveDuplicates();

        // the link leaves the first-run question open: closed without joining, it is asked again
        try (AppDriver app = AppDriver.startWithOnboarding(home, at("2026-03-11T19:30:00Z"))) {
            app.waitUntil(() -> app.exists("onboarding"), 10);
            app.clickOn("onboarding-join-sync");
            app.waitUntil(() -> !app.exists("onboarding"), 10);
            app.waitUntil(() -> app.byId("settings-sync-folder").isFocused(), 10);
        }

        try (AppDriver app = AppDriver.startWithOnboarding(home, at("2026-03-11T19:35:00Z"))) {
            app.resize(1280, 800);   // shorter than the Settings page
            app.waitUntil(() -> app.exists("onboarding"), 10);
            app.clickOn("onboarding-join-sync");
            app.waitUntil(() -> !app.exists("onboarding"), 10);
            // Settings, scrolled down to Sync, the cursor in the folder field: the user types the folder at once
            app.waitUntil(() -> app.byId("settings-sync-folder").isFocused(), 10);
            TextField folderField = app.byId("settings-sync-folder");
            assertThat(app.robot().from(folderField).lookup((Text t) -> t.getText().equals(folderField.getPromptText()))
                    .match((Text t) -> t.isVisible() && t.getFill() instanceof Color c && c.getOpacity() > 0).tryQuery())
                    .as("the focused field still says what it wants").isPresent();
            ScrollPane page = app.byId("page-settings");
            assertThat(inView(page, app.byId("settings-sync-state"))).as("Sync's first line").isTrue();
            assertThat(inView(page, app.byId("settings-theme"))).as("the page's top, scrolled past").isFalse();

            app.robot().write(folder.toString());
            app.clickOn("settings-sync-passphrase");
            app.robot().write("two computers one journal").type(KeyCode.ENTER);
            app.waitUntil(() -> app.<Label>byId("settings-sync-state").getText().startsWith("Syncing through"), 20);
            app.clickOn("nav-today");
            // each micro-action once: nothing was chosen here besides the first computer's
            app.waitUntil(() -> tracked(app).equals(chosen), 20);
        }

        // the joined journal answered the first-run question: it is not asked again
        try (AppDriver app = AppDriver.startWithOnboarding(home, at("2026-03-12T19:30:00Z"))) {
            assertThat(app.exists("onboarding")).isFalse();
            app.clickOn("nav-today");
            app.waitUntil(() -> tracked(app).equals(chosen), 10);
        }
    }
}
