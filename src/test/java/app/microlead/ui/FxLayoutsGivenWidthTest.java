package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page laid out on the width it is given (Habits, People) sees that width as laid out, whatever changed it:
 * a sidebar growing beside it while its parent is held wider than the window, or the text size.
 */
class FxLayoutsGivenWidthTest {

    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
        }
    }

    /** A window 600 px wide: a sidebar, then the page's parent, held at the page's minimum of 700 px. */
    private record Window(Region sidebar, StackPane parent, Region page, Label text) {
    }

    private Window show(List<Double> seen, List<Double> fonts) throws Exception {
        Window w = WaitForAsyncUtils.asyncFx(() -> {
            Region sidebar = new Region();
            sidebar.setMinWidth(100);
            sidebar.setPrefWidth(100);
            Label text = new Label("Habits");
            StackPane page = new StackPane(text);
            page.setMinWidth(700);
            StackPane parent = new StackPane(page);
            FxLayouts.onGivenWidth(page, () -> {
                seen.add(FxLayouts.givenWidth(page));
                fonts.add(text.getFont().getSize());
            });
            HBox root = new HBox(sidebar, parent);
            root.setStyle("-fx-font-size: 14px;");
            stage = new Stage();
            stage.setScene(new Scene(root, 600, 300));
            stage.show();
            return new Window(sidebar, parent, page, text);
        }).get(10, TimeUnit.SECONDS);
        afterAPulse();
        return w;
    }

    /** Waits for the next pulse's layout and for what runs after it. */
    private void afterAPulse() throws Exception {
        CountDownLatch drawn = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> FxPulses.afterNextPulse(stage.getScene(), drawn::countDown))
                .get(10, TimeUnit.SECONDS);
        assertThat(drawn.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSidebarGrowingBesideAParentWiderThanTheWindowNarrowsTheWidthGiven() throws Exception {
        List<Double> seen = new CopyOnWriteArrayList<>();
        List<Double> fonts = new CopyOnWriteArrayList<>();
        Window w = show(seen, fonts);
        assertThat(seen).as("widths given as the window was first laid out").isNotEmpty();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(500); // 600 less the sidebar's 100, not the parent's 700
        double parentWidth = WaitForAsyncUtils.asyncFx(w.parent()::getWidth).get(10, TimeUnit.SECONDS);

        seen.clear();
        WaitForAsyncUtils.asyncFx(() -> {
            w.sidebar().setMinWidth(200);
            w.sidebar().setPrefWidth(200);
        }).get(10, TimeUnit.SECONDS);
        afterAPulse();
        // the parent stays as wide (its page's minimum): only the window shows less of it
        assertThat(WaitForAsyncUtils.asyncFx(w.parent()::getWidth).get(10, TimeUnit.SECONDS)).isEqualTo(parentWidth);
        assertThat(seen).as("widths given after the sidebar grew").isNotEmpty();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(400);
    }

    @Test
    void aLargerTextIsSeenWithTheWidthItIsLaidOutIn() throws Exception {
        List<Double> seen = new CopyOnWriteArrayList<>();
        List<Double> fonts = new CopyOnWriteArrayList<>();
        Window w = show(seen, fonts);
        assertThat(fonts).isNotEmpty();
        assertThat(fonts.get(fonts.size() - 1)).isEqualTo(14);

        fonts.clear();
        WaitForAsyncUtils.asyncFx(() -> {
            w.page().getParent().getParent().setStyle("-fx-font-size: 20px;");
            w.sidebar().setMinWidth(150); // and the sidebar grows with the text, in the same frame
            w.sidebar().setPrefWidth(150);
        }).get(10, TimeUnit.SECONDS);
        afterAPulse();
        assertThat(fonts).as("text sizes seen after the text grew").isNotEmpty();
        assertThat(fonts.get(fonts.size() - 1)).isEqualTo(20);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(450);
    }

    @Test
    void aPageTakenOutOfItsWindowIsNoLongerFitted() throws Exception {
        List<Double> seen = new CopyOnWriteArrayList<>();
        Window w = show(seen, new CopyOnWriteArrayList<>());
        WaitForAsyncUtils.asyncFx(() -> w.parent().getChildren().clear()).get(10, TimeUnit.SECONDS);
        afterAPulse();
        seen.clear();
        WaitForAsyncUtils.asyncFx(() -> w.sidebar().setPrefWidth(150)).get(10, TimeUnit.SECONDS);
        afterAPulse();
        assertThat(seen).as("fits of a page in no window").isEmpty();

        WaitForAsyncUtils.asyncFx(() -> w.parent().getChildren().add(w.page())).get(10, TimeUnit.SECONDS);
        afterAPulse();
        assertThat(seen).as("fits once the page is back").isNotEmpty();
    }
}
