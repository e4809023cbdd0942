package app.microlead.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.common.I18n;
import app.microlead.storage.PreferencesStore;
import app.microlead.ui.FxScrollPaneSkin;
import app.microlead.ui.Themes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class NavigationUiTest {

    @TempDir
    Path dataDir;

    @Test
    void everyViewIsReachableBySidebarAndByShortcut() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            assertThat(app.stage().getTitle()).isEqualTo("Microlead");
            for (ViewId v : ViewId.values()) {
                app.clickOn(v.navId());
                assertThat(app.app().shell().currentViewProperty().get()).isEqualTo(v);
                assertThat(app.exists("page-" + v.key())).as("page of %s shown", v).isTrue();
                assertThat(app.<ToggleButton>byId(v.navId()).isSelected()).isTrue();
            }
            for (ViewId v : ViewId.values()) {
                app.robot().press(KeyCode.CONTROL, digit(v.shortcutDigit()))
                        .release(digit(v.shortcutDigit()), KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(app.app().shell().currentViewProperty().get()).as("Ctrl+%d", v.shortcutDigit())
                        .isEqualTo(v);
                assertThat(app.exists("page-" + v.key())).isTrue();
            }
        }
    }

    @Test
    void aViewIsMadeOnceAndTheKeyboardNeverStaysInAHiddenOne() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            app.waitUntil(() -> app.exists("today-text"), 10);
            Node today = app.byId("page-today");
            app.clickOn("today-text");
            app.robot().write("Kept my calm");
            // Ctrl+2 from the editor: the Journal shows, and the focus leaves the hidden Today view
            app.robot().press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
            app.waitUntil(() -> app.exists("page-journal"), 5);
            assertThat(app.exists("page-today")).isFalse();
            assertThat(today.isVisible()).isFalse();
            Node focused = app.stage().getScene().getFocusOwner();
            assertThat(focused.getId()).isEqualTo("nav-journal");
            app.robot().write("xyz");   // goes nowhere near the editor
            app.clickOn("nav-today");
            assertThat(app.<Node>byId("page-today")).isSameAs(today);
            assertThat(app.<TextArea>byId("today-text").getText()).isEqualTo("Kept my calm");
        }
    }

    @Test
    void theArrowKeysMoveTheFocusInTheSidebarAndTheHighlightStaysOnThePageShown() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            app.clickOn("nav-habits");
            app.waitUntil(() -> app.exists("page-habits"), 10);
            app.robot().type(KeyCode.UP).type(KeyCode.UP);
            app.waitUntilSettled();
            Node focused = app.stage().getScene().getFocusOwner();
            assertThat(focused.getId()).as("two entries up").isEqualTo("nav-today");
            assertThat(focused.getPseudoClassStates()).as("its ring shows").contains(PseudoClass.getPseudoClass("keyed"));
            assertThat(app.<ToggleButton>byId("nav-habits").isSelected()).as("the page shown keeps the highlight").isTrue();
            assertThat(app.<ToggleButton>byId("nav-today").isSelected()).isFalse();
            assertThat(app.app().shell().currentViewProperty().get()).isEqualTo(ViewId.HABITS);
            app.robot().type(KeyCode.SPACE);
            app.waitUntil(() -> app.exists("page-today"), 10);
            assertThat(app.<ToggleButton>byId("nav-today").isSelected()).isTrue();
            assertThat(app.<ToggleButton>byId("nav-habits").isSelected()).isFalse();
        }
    }

    @Test
    void noScrollPaneKeepsABitmapOfItsViewport() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            app.waitUntil(() -> app.exists("today-text"), 10);
            var panes = app.robot().lookup(".scroll-pane").queryAll();
            // the Today view's page and the editor's text area at least
            assertThat(panes).hasSizeGreaterThanOrEqualTo(2);
            for (Node pane : panes) {
                ScrollPane sp = (ScrollPane) pane;
                assertThat(sp.getSkin()).isInstanceOf(FxScrollPaneSkin.class);
                Node viewport = sp.lookup(".viewport");
                assertThat(viewport).isNotNull();
                assertThat(viewport.isCache()).as("viewport cache of %s", sp.getId()).isFalse();
            }
        }
    }

    @Test
    void settingsShowsItsOwnSectionsAtOnceAndEveryFeaturesSectionFollowsInOrder() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            app.clickOn("nav-settings");
            assertThat(app.exists("settings-theme")).isTrue();
            app.waitUntilSettled();
            List<String> inOrder = List.of("settings-theme", "settings-data-folder", "settings-prompts-builtin",
                    "settings-language", "settings-reminder-enabled", "settings-review-day", "settings-import-archive",
                    "settings-encryption-on", "settings-sync-folder", "settings-backup-now");
            VBox page = (VBox) app.<ScrollPane>byId("page-settings").getContent().lookup(".card").getParent();
            List<Integer> sections = new ArrayList<>();
            for (String id : inOrder) {
                Node n = app.byId(id);
                while (n.getParent() != page) {
                    n = n.getParent();
                }
                sections.add(page.getChildren().indexOf(n));
            }
            assertThat(sections).as("the section of each, by its place on the page").isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void themeAndLastViewSurviveARestart() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            app.clickOn("nav-settings");
            assertThat(app.<TextField>byId("settings-data-folder").getText()).isEqualTo(dataDir.toString());
            app.clickOn("settings-theme-dark");
            assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("primer-dark");
            assertThat(app.stage().getScene().getRoot().getStyleClass()).contains(Themes.DARK_CLASS);
        }
        assertThat(new PreferencesStore(dataDir.resolve("preferences.json")).load().getTheme()).isEqualTo("dark");
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            assertThat(app.app().shell().currentViewProperty().get()).isEqualTo(ViewId.SETTINGS);
            assertThat(app.<RadioButton>byId("settings-theme-dark").isSelected()).isTrue();
            // the moods take the dark theme's own colours (app.css, .root.theme-dark): a tint of the bright teal
            assertThat(greatMoodSwatch(app)).isEqualTo(Color.rgb(54, 197, 176, 0.25));
            app.clickOn("nav-settings");
            app.clickOn("settings-theme-light");
            assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("primer-light");
            assertThat(app.stage().getScene().getRoot().getStyleClass()).doesNotContain(Themes.DARK_CLASS);
            assertThat(greatMoodSwatch(app)).isEqualTo(Color.rgb(30, 145, 165, 0.45));
        }
    }

    /** The paint of the Journal calendar legend's square for mood 5, as styled now. */
    private static Paint greatMoodSwatch(AppDriver app) throws Exception {
        app.clickOn("nav-journal");
        app.waitUntil(() -> app.robot().lookup(".mood-swatch.mood-5").tryQuery().isPresent(), 10);
        Region swatch = app.robot().lookup(".mood-swatch.mood-5").query();
        WaitForAsyncUtils.waitForFxEvents();
        return swatch.getBackground().getFills().get(0).getFill();
    }

    @Test
    void todaysDayKeysWorkOnTodayOnlyAndNotFromAnotherView() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            app.waitUntil(() -> app.exists("today-date-title"), 10);
            Label title = app.byId("today-date-title");
            String today = title.getText();
            app.robot().press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
            app.waitUntil(() -> app.exists("page-journal"), 5);
            app.robot().press(KeyCode.ALT, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            // the hidden Today view kept its day (it used to step back from every view)
            assertThat(title.getText()).isEqualTo(today);

            app.robot().press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
            app.waitUntil(() -> app.exists("page-today"), 5);
            app.robot().press(KeyCode.ALT, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.ALT);
            app.waitUntil(() -> !title.getText().equals(today), 5);
            app.robot().press(KeyCode.ALT, KeyCode.HOME).release(KeyCode.HOME, KeyCode.ALT);
            app.waitUntil(() -> title.getText().equals(today), 5);
        }
    }

    private static KeyCode digit(int d) {
        return KeyCode.valueOf("DIGIT" + d);
    }

    @Test
    void f1ShowsTheKeyboardShortcuts() throws Exception {
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            app.robot().type(KeyCode.F1);
            app.waitUntil(() -> app.exists("shortcuts"), 5);
            String all = app.robot().lookup("#shortcuts .label").queryAll().stream()
                    .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(all).contains("Ctrl+F").contains("Ctrl+E").contains("Ctrl+L").contains("← ↑ → ↓ / Enter");
            // both columns: every line of the sheet is there, the last one too
            for (String row : ShortcutsDialog.ROWS) {
                assertThat(all).as(row).contains(I18n.t("shell.shortcuts." + row + ".action"));
            }
        }
    }
}
