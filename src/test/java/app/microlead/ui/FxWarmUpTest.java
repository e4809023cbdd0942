package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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
        List<Node> seen = warmUpIn(host);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !seen.isEmpty());
        FxToolkit.setupFixture(() -> host.getChildren().setAll(page));
        int added = seen.size();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(host.getChildren()).containsExactly(page);
        assertThat(seen).hasSize(added);
    }

    /** Shows the host in a window, starts the warm-up in it and returns every node added to it from then on. */
    private static List<Node> warmUpIn(StackPane host) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        List<Node> seen = new CopyOnWriteArrayList<>();
        FxToolkit.setupFixture(() -> {
            stage.setScene(new Scene(host, 400, 300));
            stage.show();
            host.getChildren().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    seen.addAll(c.getAddedSubList());
                }
            });
            FxWarmUp.start(host);
        });
        return seen;
    }
}
