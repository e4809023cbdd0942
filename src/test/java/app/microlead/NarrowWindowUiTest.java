package app.microlead;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.I18n;
import app.microlead.people.PeopleViewModel;
import app.microlead.shell.ViewId;
import app.microlead.ui.FxLazyTooltip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A narrow window (half a screen, a small laptop with large text), in German, whose labels are the longest: the
 * sidebar shows its icons only; Today, the Journal (its calendar column stepped aside) and Insights show their
 * whole width without scrolling sideways, Today's micro-actions' Done and Skipped as icons, Habits its grid and
 * the selected habit (only its year map scrolls, on its own); a wide window shows
 * the sidebar's names, the calendar and the buttons' texts again.
 */
class NarrowWindowUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T19:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
        Locale.setDefault(Locale.US);
    }

    /** A generated year, in German. */
    private void germanYear() throws Exception {
        GeneratedJournals.year(dataDir);
        Files.writeString(dataDir.resolve("preferences.json"), "{\"reminder\": false, \"language\": \"de\"}");
    }

    @Test
    void aNarrowWindowShowsTheSidebarsIconsAndTodayWithoutScrollingSideways() throws Exception {
        germanYear();
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            app.resize(1280, 800);
            app.clickOn(ViewId.TODAY.navId());
            app.waitUntilSettled();
            assertThat(sidebarIconsOnly(app)).as("the sidebar at 1280 px").isFalse();
            assertThat(doneButtons(app)).isNotEmpty().allMatch(b -> b.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY);

            app.clickOn(ViewId.JOURNAL.navId());
            app.waitUntilSettled();
            assertThat(app.<Node>byId("journal-side").isVisible()).as("the calendar column at 1280 px").isTrue();
            app.clickOn(ViewId.HABITS.navId());
            app.waitUntilSettled();
            assertThat(app.<Button>byId("habits-add").getContentDisplay()).as("New habit at 1280 px")
                    .isNotEqualTo(ContentDisplay.GRAPHIC_ONLY);
            app.clickOn(ViewId.TODAY.navId());
            app.waitUntilSettled();

            app.resize(720, 700); // the window's smallest width
            app.waitUntilSettled();
            assertThat(sidebarIconsOnly(app)).as("the sidebar at 720 px").isTrue();
            // reached with the keyboard, an icon-only button shows its name under it
            app.robot().interact(() -> app.byId(ViewId.TODAY.navId()).requestFocus());
            app.robot().type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = app.stage().getScene().getFocusOwner();
            assertThat(focused.getId()).as("focused after Tab").startsWith("nav-");
            assertThat(((ButtonBase) focused).getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
            String name = FxLazyTooltip.text(focused).orElseThrow();
            assertThat(shownTooltips()).as("tooltips shown for the keyboard's focus").containsExactly(name);
            // the tooltip takes no key from the window: Escape still reaches it
            AtomicInteger escapes = new AtomicInteger();
            EventHandler<KeyEvent> count = e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    escapes.incrementAndGet();
                }
            };
            app.robot().interact(() -> app.stage().getScene().addEventFilter(KeyEvent.KEY_PRESSED, count));
            app.robot().type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            app.robot().interact(() -> app.stage().getScene().removeEventFilter(KeyEvent.KEY_PRESSED, count));
            assertThat(escapes.get()).as("Escapes the window had").isEqualTo(1);
            app.robot().interact(focused::requestFocus); // the tooltip shows again for the next Tab to leave
            app.robot().type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(app.stage().getScene().getFocusOwner()).isNotSameAs(focused);
            assertThat(shownTooltips()).as("tooltips shown after the next Tab").doesNotContain(name);
            assertThat(wider(app)).as("scroll panes of Today wider than their window at 720 px").isEmpty();
            assertThat(doneButtons(app)).isNotEmpty().allMatch(b -> b.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY);
            // the Journal: the days and their buttons in the window, the calendar column stepped aside
            app.clickOn(ViewId.JOURNAL.navId());
            app.waitUntilSettled();
            assertThat(app.<Node>byId("journal-side").isVisible()).as("the calendar column at 720 px").isFalse();
            for (String id : List.of("journal-export", "journal-delete", "journal-search")) {
                Node n = app.byId(id);
                assertThat(n.localToScene(n.getBoundsInLocal()).getMaxX()).as(id + "'s right edge at 720 px")
                        .isLessThanOrEqualTo(n.getScene().getWidth());
            }
            // the filters wrap, the period's two days and its clear button together on one line
            double from = sceneMinY(app.byId("journal-filter-from"));
            assertThat(sceneMinY(app.byId("journal-filter-tag"))).as("the filters wrap at 720 px").isLessThan(from);
            assertThat(sceneMinY(app.byId("journal-filter-to"))).as("To beside From").isEqualTo(from);
            assertThat(sceneMinY(app.byId("journal-filter-clear"))).as("clear beside them")
                    .isBetween(from, from + app.<Region>byId("journal-filter-from").getHeight());
            // Habits: the grid's names and streaks columns narrower, the catalogue and new buttons as icons, the
            // detail's year map scrolling on its own
            app.clickOn(ViewId.HABITS.navId());
            app.waitUntil(() -> app.exists("habit-delete"), 10);
            app.waitUntilSettled();
            assertThat(wider(app)).as("scroll panes of Habits wider than their window at 720 px")
                    .allMatch(w -> w.startsWith("habit-heatmap-scroll"));
            assertThat(app.<Button>byId("habits-add").getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
            for (String id : List.of("habits-add", "habit-delete", "habit-archive")) {
                Node n = app.byId(id);
                assertThat(n.localToScene(n.getBoundsInLocal()).getMaxX()).as(id + "'s right edge at 720 px")
                        .isLessThanOrEqualTo(n.getScene().getWidth());
            }
            // Insights' mood table: its figures take two lines instead of widening the page
            app.clickOn(ViewId.INSIGHTS.navId());
            app.waitUntilSettled();
            assertThat(wider(app)).as("scroll panes of Insights wider than their window at 720 px").isEmpty();

            app.clickOn("nav-settings");
            app.clickOn("settings-font-size-large");
            // Habits with large text in the smallest window: narrower day cells, the strength left to the detail
            app.clickOn(ViewId.HABITS.navId());
            app.waitUntilSettled();
            assertThat(wider(app)).as("scroll panes of Habits wider than their window at 720 px, large text")
                    .allMatch(w -> w.startsWith("habit-heatmap-scroll"));
            for (String id : List.of("habits-add", "habit-delete", "habit-archive", "habit-edit")) {
                Node n = app.byId(id);
                assertThat(n.localToScene(n.getBoundsInLocal()).getMaxX()).as(id + "'s right edge at 720 px, large text")
                        .isLessThanOrEqualTo(n.getScene().getWidth());
            }
            assertThat(FxLazyTooltip.text(app.byId("habit-delete"))).as("Delete as an icon names itself")
                    .contains(app.<Button>byId("habit-delete").getText());
            // the Self-assessment: its title and its history's scores wrap instead of being cut
            app.clickOn(ViewId.ASSESSMENT.navId());
            ListView<?> history = app.byId("assessment-history");
            app.waitUntil(() -> !history.getItems().isEmpty(), 10);
            app.waitUntilSettled();
            List<String> cut = new ArrayList<>();
            app.robot().interact(() -> cut.addAll(ClippedText.inShowingWindows("Self-assessment at 720 px, large text")));
            assertThat(cut).isEmpty();
            app.clickOn(ViewId.INSIGHTS.navId());
            app.waitUntilSettled();
            assertThat(wider(app)).as("scroll panes of Insights wider than their window at 720 px, large text").isEmpty();
            app.resize(1024, 700);
            app.clickOn(ViewId.TODAY.navId());
            app.waitUntilSettled();
            assertThat(sidebarIconsOnly(app)).as("the sidebar at 1024 px, large text").isTrue();
            assertThat(wider(app)).as("scroll panes of Today wider than their window at 1024 px, large text").isEmpty();

            app.resize(1440, 900);
            app.waitUntilSettled();
            assertThat(sidebarIconsOnly(app)).as("the sidebar at 1440 px, large text").isFalse();
            assertThat(doneButtons(app)).allMatch(b -> b.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY);
        }
    }

    @Test
    void everyPersonsLinesStayInsideTheirRowAtEveryWidth() throws Exception {
        germanYear();
        List<String> overflowing = new ArrayList<>();
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            app.resize(1280, 800);
            app.clickOn(ViewId.PEOPLE.navId());
            ListView<?> list = app.byId("people-list");
            app.waitUntil(() -> list.getItems().size() >= 5, 10);
            // the roster's width follows the window's here, and its lines wrap at every width in turn
            for (int width = 860; width <= 1000; width += 2) {
                app.resize(width, 800);
                app.waitUntilSettled(); // a pulse's layout at this width, not the last one's
                int w = width;
                app.robot().interact(() -> {
                    for (Node cell : list.lookupAll(".list-cell")) {
                        if (cell instanceof ListCell<?> c && !c.isEmpty() && c.isVisible()) {
                            double bottom = c.localToScene(c.getLayoutBounds()).getMaxY();
                            for (Node label : c.lookupAll(".label")) {
                                double labelBottom = label.localToScene(label.getLayoutBounds()).getMaxY();
                                if (label.isVisible() && labelBottom > bottom + 0.5) {
                                    overflowing.add(w + " px: " + ((Label) label).getText() + " ends at " + labelBottom
                                            + ", its row at " + bottom);
                                }
                            }
                        }
                    }
                });
            }
        }
        assertThat(overflowing).as("a person's lines below their row in the roster").isEmpty();
    }

    @Test
    void peopleShowsTheRosterOrAPersonAndGoesBackWithTheKeyboard() throws Exception {
        germanYear();
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            ListView<PeopleViewModel.Row> list = peopleAt720(app);
            assertThat(shown(list)).as("the roster at 720 px").isTrue();
            assertThat(shown(app.byId("people-page"))).as("a person's page with nobody chosen").isFalse();

            // a click opens the person in place of the roster, with the whole page in the window
            String third = list.getItems().get(2).person().name();
            app.robot().clickOn(cellOf(app, third));
            app.waitUntilSettled();
            assertThat(shown(app.byId("people-page"))).as("the person's page after a click").isTrue();
            assertThat(shown(list)).as("the roster beside the person at 720 px").isFalse();
            assertThat(app.<Label>byId("person-title").getText()).isEqualTo(third);
            assertThat(wider(app)).as("scroll panes of People wider than their window at 720 px").isEmpty();
            assertThat(focusOwner(app)).as("the keyboard's focus, not left on the hidden roster").isSameAs(app.byId("people-back"));

            // Escape goes back, the person still chosen; the arrows move through the roster without opening anyone
            app.robot().type(KeyCode.ESCAPE);
            app.waitUntilSettled();
            assertThat(shown(list)).as("the roster after Escape").isTrue();
            assertThat(focusOwner(app)).isSameAs(list);
            assertThat(list.getSelectionModel().getSelectedItem().person().name()).isEqualTo(third);
            app.robot().type(KeyCode.DOWN);
            app.waitUntilSettled();
            String fourth = list.getItems().get(3).person().name();
            assertThat(list.getSelectionModel().getSelectedItem().person().name()).isEqualTo(fourth);
            assertThat(shown(list)).as("the roster after moving down it").isTrue();
            assertThat(shown(app.byId("people-page"))).isFalse();
            app.robot().type(KeyCode.ENTER);
            app.waitUntilSettled();
            assertThat(shown(app.byId("people-page"))).as("the person's page after Enter").isTrue();
            assertThat(app.<Label>byId("person-title").getText()).isEqualTo(fourth);
            app.robot().press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
            app.waitUntilSettled();
            assertThat(shown(list)).as("the roster after Alt+Left").isTrue();
            app.robot().type(KeyCode.ENTER);
            app.waitUntilSettled();
            app.clickOn("people-back");
            app.waitUntilSettled();
            assertThat(shown(list)).as("the roster after its button").isTrue();

            // wide again: both side by side, no way back needed
            app.resize(1280, 800);
            app.waitUntilSettled();
            assertThat(shown(list)).isTrue();
            assertThat(shown(app.byId("people-page"))).as("the person's page beside the roster at 1280 px").isTrue();
            assertThat(shown(app.byId("people-back"))).as("the way back at 1280 px").isFalse();
            // moved through the roster with the keyboard, then typing on the person's page: narrowed, the page stays
            app.robot().clickOn(cellOf(app, third));
            app.robot().type(KeyCode.DOWN);
            app.scrollIntoView("one-on-one-notes");
            app.clickOn("one-on-one-notes");
            app.resize(720, 700);
            app.waitUntilSettled();
            assertThat(shown(app.byId("one-on-one-notes"))).as("the page being typed on, narrowed").isTrue();
            assertThat(shown(list)).isFalse();
        }
    }

    @Test
    void whatTheRosterSaysIsSeenWhileAPersonIsShownInItsPlace() throws Exception {
        germanYear();
        try (AppDriver app = AppDriver.start(dataDir, CLOCK)) {
            ListView<PeopleViewModel.Row> list = peopleAt720(app);
            Label said = app.byId("people-page-message");
            // someone added: their page opens in place of the roster, and says so
            app.clickOn("people-new-name");
            app.robot().write("Zoe Quinn");
            app.clickOn("people-add");
            app.waitUntil(() -> "Zoe Quinn".equals(app.<Label>byId("person-title").getText()), 10);
            app.waitUntilSettled();
            assertThat(shown(list)).isFalse();
            assertThat(shown(said)).as("what adding Zoe Quinn said, above her page").isTrue();
            assertThat(said.getText()).contains("Zoe Quinn");
            app.clickOn("people-back");
            app.waitUntilSettled();
            assertThat(said.getText()).as("what was said, once the roster shows it again").isEmpty();

            app.clickOn("people-show-archived"); // archived, the person stays chosen and their page stays shown
            app.waitUntilSettled();
            String third = list.getItems().get(2).person().name();
            app.robot().clickOn(cellOf(app, third));
            app.waitUntilSettled();
            assertThat(shown(said)).as("a message on the person's side before anything was said").isFalse();

            app.scrollIntoView("person-archive");
            app.clickOn("person-archive");
            app.waitUntil(() -> said.getText().contains(third), 10);
            assertThat(shown(list)).as("the roster, while the person is shown at 720 px").isFalse();
            assertThat(shown(said)).as("what archiving " + third + " said, on the side shown").isTrue();

            // back on the roster it is said there, once; another person's page starts without it
            app.clickOn("people-back");
            app.waitUntilSettled();
            assertThat(said.getText()).isEmpty();
            String fourth = list.getItems().get(3).person().name();
            app.robot().clickOn(cellOf(app, fourth));
            app.waitUntilSettled();
            assertThat(app.<Label>byId("person-title").getText()).isEqualTo(fourth);
            assertThat(shown(said)).as("what was said about " + third + " on " + fourth + "'s page").isFalse();
        }
    }

    /** People in a window 720 px wide, the roster read; its list. */
    private static ListView<PeopleViewModel.Row> peopleAt720(AppDriver app) throws Exception {
        app.resize(720, 700);
        app.clickOn(ViewId.PEOPLE.navId());
        ListView<PeopleViewModel.Row> list = app.byId("people-list");
        app.waitUntil(() -> list.getItems().size() >= 5, 10);
        app.waitUntilSettled();
        return list;
    }

    /** Whether {@code node} and all its parents are visible. */
    private static boolean shown(Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Node focusOwner(AppDriver app) {
        WaitForAsyncUtils.waitForFxEvents();
        return app.stage().getScene().getFocusOwner();
    }

    private static Node cellOf(AppDriver app, String name) {
        return app.robot().lookup(".list-cell").match(n -> n instanceof ListCell<?> c && !c.isEmpty()
                && c.getItem() instanceof PeopleViewModel.Row r && r.person().name().equals(name)).query();
    }

    private static List<String> shownTooltips() {
        List<String> out = new ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w instanceof Tooltip t && t.isShowing()) {
                    out.add(t.getText());
                }
            }
        });
        return out;
    }

    private static boolean sidebarIconsOnly(AppDriver app) {
        ToggleButton today = app.robot().lookup("#" + ViewId.TODAY.navId()).query();
        return today.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
    }

    private static List<ToggleButton> doneButtons(AppDriver app) {
        List<ToggleButton> out = new ArrayList<>();
        app.robot().lookup(n -> n.getId() != null && n.getId().matches("today-habit-\\d+-done"))
                .match(AppDriver::onShownPage).queryAll().forEach(n -> out.add((ToggleButton) n));
        return out;
    }

    /** The scroll panes on the page shown whose content is wider than their viewport (a sideways scroll). */
    private static List<String> wider(AppDriver app) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> out = new ArrayList<>();
        Node page = app.robot().lookup(n -> n.getId() != null && n.getId().startsWith("page-") && n.isVisible())
                .query();
        collect(page, out);
        return out;
    }

    private static double sceneMinY(Node n) {
        return n.localToScene(n.getBoundsInLocal()).getMinY();
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return; // nothing hidden scrolls
        }
        if (n instanceof ScrollPane s && s.getContent() != null) {
            double content = s.getContent().getLayoutBounds().getWidth();
            double viewport = s.getViewportBounds().getWidth();
            if (content > viewport + 0.5) {
                out.add((s.getId() == null ? s.getStyleClass().toString() : s.getId()) + ": " + content + " > " + viewport);
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
