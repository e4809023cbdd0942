package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The warm-up shows nothing, leaves the host as it was, gives every kind of control its skin, and stops early. */
class FxWarmUpTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyKindGetsItsSkinInvisiblyAndTheHostIsLeftAsItWas() throws Exception {
        Label loading = new Label("Opening…");
        StackPane host = new StackPane(loading);
        List<Node> seen = warmUpIn(host);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.size() == FxWarmUp.CONTROLS.size()
                && host.getChildren().size() == 1);
        assertThat(host.getChildren()).containsExactly(loading);
        assertThat(seen).allSatisfy(n -> {
            assertThat(n.getOpacity()).isZero();
            assertThat(n.isMouseTransparent()).isTrue();
            assertThat(n.isManaged()).isFalse();
            Control c = n instanceof Control control ? control
                    : (Control) ((Parent) n).getChildrenUnmodifiable().get(0);
            assertThat(c.getSkin()).as(n.getClass().getSimpleName()).isNotNull();
        });
    }

    @Test
    void stopsAsSoonAsTheHostShowsSomethingElse() throws Exception {
        StackPane host = new StackPane(new Label("Opening…"));
        Label page = new Label("Today");
        AtomicBoolean switched = new AtomicBoolean();
        // the views are ready just after the first kind was added: the host shows them before the next frame
        List<Node> seen = warmUpIn(host, () -> {
            host.getChildren().setAll(page);
            switched.set(true);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, switched::get);
        // two frames later the warm-up has taken its next step (it takes one after every frame)
        AtomicBoolean twoFramesLater = new AtomicBoolean();
        FxToolkit.setupFixture(() -> FxPulses.afterNextPulse(host,
                () -> FxPulses.afterNextPulse(host, () -> twoFramesLater.set(true))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, twoFramesLater::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(host.getChildren()).containsExactly(page);
        assertThat(seen).as("the first kind, then the page, and nothing after").hasSize(2).endsWith(page);
    }

    @Test
    void loadingTheFontsAheadEndsQuietlyEvenWhenAnIconIsUnknown() throws Exception {
        List<Throwable> escaped = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        // the app shows an error dialog for anything that escapes a thread: a warm-up must never cause one
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> escaped.add(e));
        try {
            FxToolkit.setupFixture(() -> FxWarmUp.fontsInBackground("no-such-icon").get(10, TimeUnit.SECONDS));
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals(FxWarmUp.FONTS_THREAD)) {
                    t.join(10_000); // its uncaught exception, if any, is handed over before it ends
                }
            }
            assertThat(escaped).isEmpty();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    /** Shows the host in a window, starts the warm-up in it and returns every node added to it from then on. */
    private static List<Node> warmUpIn(StackPane host) throws Exception {
        return warmUpIn(host, () -> { });
    }

    /** As {@link #warmUpIn(StackPane)}; {@code afterFirst} runs on the FX thread right after the first node is added. */
    private static List<Node> warmUpIn(StackPane host, Runnable afterFirst) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        List<Node> seen = new CopyOnWriteArrayList<>();
        FxToolkit.setupFixture(() -> {
            stage.setScene(new Scene(host, 400, 300));
            stage.show();
            host.getChildren().addListener((ListChangeListener<Node>) c -> {
                boolean first = seen.isEmpty();
                while (c.next()) {
                    seen.addAll(c.getAddedSubList());
                }
                if (first && !seen.isEmpty()) {
                    Platform.runLater(afterFirst);
                }
            });
            FxWarmUp.start(host);
        });
        return seen;
    }
}
