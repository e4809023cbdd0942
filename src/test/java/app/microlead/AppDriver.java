package app.microlead;

import app.microlead.journal.Entry;
import app.microlead.ui.FxPulses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.EmptyNodeQueryException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real app (headless, through Monocle) on a data folder, waits until the journal is
 * open, and closes it the way a user's window close does. UI tests drive it through {@link #robot}.
 */
public final class AppDriver implements AutoCloseable {

    /** How much longer than a wait's stated limit a test waits before it gives up. */
    private static final int SLOW_MACHINE_FACTOR = 4;

    private final FxRobot robot = new FxRobot();
    private final App app;
    private final Stage stage;

    private AppDriver(App app, Stage stage) {
        this.app = app;
        this.stage = stage;
    }

    /** Starts the app; the first-run choice of micro-actions, if it comes up, is skipped. */
    public static AppDriver start(Path dataDir, Clock clock) throws Exception {
        return startWithOnboarding(dataDir, clock).skipOnboarding();
    }

    private AppDriver skipOnboarding() {
        if (exists("onboarding-skip")) {
            clickOn("onboarding-skip");
        }
        return this;
    }

    /**
     * Starts the app and leaves the first-run dialog (if any) open for the test. The end-of-day
     * reminder is turned off in a new data folder, so that its window never comes up in the middle
     * of a test about something else; {@link #startWithReminder} keeps it on.
     */
    public static AppDriver startWithOnboarding(Path dataDir, Clock clock) throws Exception {
        Files.createDirectories(dataDir);
        Path prefs = dataDir.resolve("preferences.json");
        if (!Files.exists(prefs)) {
            Files.writeString(prefs, "{\"reminder\": false}");
        }
        return launch(dataDir, clock);
    }

    /** Starts the app with the end-of-day reminder as a new user has it (on, at 18:00). */
    public static AppDriver startWithReminder(Path dataDir, Clock clock) throws Exception {
        return launch(dataDir, clock).skipOnboarding();
    }

    private static AppDriver launch(Path dataDir, Clock clock) throws Exception {
        // an app that fails to start closes its window, not the toolkit every later test of this JVM needs
        System.setProperty("microlead.keepToolkit", "true");
        Stage stage = FxToolkit.registerPrimaryStage();
        // the primary stage is shared by every test of this JVM: a test that minimized it must not leave
        // later ones typing into a window that cannot have the focus
        FxToolkit.setupStage(s -> s.setIconified(false));
        App app = (App) FxToolkit.setupApplication(() -> new App(new AppConfig(dataDir, clock, Locale.US)));
        AppDriver driver = new AppDriver(app, stage);
        driver.waitUntil(() -> app.shell() != null && app.shell().readyProperty().get(), 20);
        return driver;
    }

    /** The most characters one day may hold. */
    public int journalLimit() {
        return Entry.MAX_TEXT_CHARS;
    }

    public App app() {
        return app;
    }

    public Stage stage() {
        return stage;
    }

    public FxRobot robot() {
        return robot;
    }

    /** Puts the window at the top left corner of the screen, {@code width} × {@code height}. */
    public void resize(int width, int height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The node with the given id (without '#'), failing clearly when it is missing. A node not there while
     * a view is still being built a part a frame (a page's first show) is waited for until the view is whole.
     */
    public <T extends Node> T byId(String id) {
        if (!FxPulses.idle() && !exists(id)) {
            try {
                waitUntil(FxPulses::idle, 10);
            } catch (TimeoutException stillBuilding) {
                // the query below says which node is missing
            }
        }
        return robot.lookup("#" + id).match(AppDriver::onShownPage).query();
    }

    /** Whether the node is there for the user: views not shown stay in the window, hidden, and do not count. */
    public boolean exists(String id) {
        return robot.lookup("#" + id).match(AppDriver::onShownPage).tryQuery().isPresent();
    }

    /** False for a node of a view that is not shown (the window keeps made views, hidden). */
    public static boolean onShownPage(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null && n.getId().startsWith("page-") && !n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Scrolls the node into view (as a user would) and clicks it. */
    public void clickOn(String id) {
        scrollIntoView(id);
        robot.clickOn((Node) byId(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls every scroll pane around the node so that the node is inside the visible area. */
    public void scrollIntoView(String id) {
        Node node = byId(id);
        robot.interact(() -> {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane sp && sp.getContent() != null) {
                    Bounds inContent = sp.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double contentH = sp.getContent().getBoundsInLocal().getHeight();
                    double viewH = sp.getViewportBounds().getHeight();
                    if (contentH > viewH) {
                        double target = Math.max(0, Math.min(inContent.getMinY() - 40, contentH - viewH));
                        sp.setVvalue(target / (contentH - viewH) * (sp.getVmax() - sp.getVmin()) + sp.getVmin());
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void waitUntil(BooleanSupplier condition, int seconds) throws TimeoutException {
        // a wait ends as soon as its condition holds; the limit only says when to give up, and a busy
        // machine (CI, other builds) must not fail a test that is merely slow there
        // a node the condition looks at that is not there yet (a view still being built) means "not yet",
        // not a failure: the wait goes on until it appears or the time is up
        WaitForAsyncUtils.waitFor(seconds * SLOW_MACHINE_FACTOR, TimeUnit.SECONDS, () -> {
            try {
                return condition.getAsBoolean();
            } catch (EmptyNodeQueryException notYet) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until the app has nothing left to show: every background task done and its result handed to
     * the window, and a frame drawn since (views build some rows frame by frame).
     */
    public void waitUntilSettled() throws TimeoutException {
        for (int frames = 0; frames < 2; frames++) {
            waitUntil(app::backgroundWorkDone, 20);
            AtomicBoolean drawn = new AtomicBoolean();
            robot.interact(() -> FxPulses.afterNextPulse(stage.getScene(), () -> drawn.set(true)));
            waitUntil(drawn::get, 10);
        }
        waitUntil(app::backgroundWorkDone, 20);
    }

    /** Stops the app as closing its window would: pending writes drained, database closed. */
    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        FxToolkit.setupStage(s -> s.setIconified(false));
    }
}
