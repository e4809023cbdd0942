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
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page laid out on the width it is given (Habits, People) sees that width as laid out, whatever changed it:
 * a sidebar growing beside it while its parent is held wider than the window, or the text size.
 */
class FxLayoutsGivenWidthTest extends FxStageTest {




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
                return false;
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

        WaitForAsyncUtils.asyncFx(() -> {
            seen.clear(); // in the same turn as the change: no pulse between
            w.sidebar().setMinWidth(200);
            w.sidebar().setPrefWidth(200);
        }).get(10, TimeUnit.SECONDS);
        afterAPulse();
        // the parent stays as wide (its page's minimum): only the window shows less of it
        assertThat(WaitForAsyncUtils.asyncFx(w.parent()::getWidth).get(10, TimeUnit.SECONDS)).isEqualTo(parentWidth);
        assertThat(seen).as("widths given after the sidebar grew: each as laid out").isNotEmpty().containsOnly(400.0);
    }

    @Test
    void aLargerTextIsSeenWithTheWidthItIsLaidOutIn() throws Exception {
        List<Double> seen = new CopyOnWriteArrayList<>();
        List<Double> fonts = new CopyOnWriteArrayList<>();
        Window w = show(seen, fonts);
        assertThat(fonts).isNotEmpty();
        assertThat(fonts.get(fonts.size() - 1)).isEqualTo(14);

        WaitForAsyncUtils.asyncFx(() -> {
            fonts.clear();
            seen.clear();
            w.page().getParent().getParent().setStyle("-fx-font-size: 20px;");
            w.sidebar().setMinWidth(150); // and the sidebar grows with the text, in the same frame
            w.sidebar().setPrefWidth(150);
        }).get(10, TimeUnit.SECONDS);
        afterAPulse();
        assertThat(fonts).as("text sizes seen after the text grew: each as laid out").isNotEmpty().containsOnly(20.0);
        assertThat(seen).containsOnly(450.0);
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

    @Test
    void whatTheFitChangesIsStyledAndLaidOutBeforeTheFrameIsDrawn() throws Exception {
        List<Double> drawnWith = new CopyOnWriteArrayList<>();
        stage = WaitForAsyncUtils.asyncFx(() -> {
            Label text = new Label("Habits");
            StackPane page = new StackPane(text);
            FxLayouts.onGivenWidth(page, () -> {
                boolean narrow = FxLayouts.givenWidth(page) < 500;
                if (narrow == page.getStyleClass().contains("narrow")) {
                    return false;
                }
                page.getStyleClass().add("narrow");
                page.setStyle("-fx-font-size: 30px;"); // what a narrow page's style class would do
                return true;
            });
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(page), 600, 300));
            // after the page's own listener: what this frame will draw
            s.getScene().addPostLayoutPulseListener(() -> drawnWith.add(text.getFont().getSize() * 1000 + text.getWidth()));
            s.show();
            return s;
        }).get(10, TimeUnit.SECONDS);
        afterAPulse();
        WaitForAsyncUtils.asyncFx(() -> {
            drawnWith.clear();
            stage.setWidth(400);
        }).get(10, TimeUnit.SECONDS);
        afterAPulse();
        afterAPulse();
        assertThat(drawnWith).as("frames after the window narrowed").isNotEmpty();
        Label text = (Label) ((StackPane) ((StackPane) stage.getScene().getRoot()).getChildren().get(0)).getChildren().get(0);
        double laidOut = WaitForAsyncUtils.asyncFx(text::getWidth).get(10, TimeUnit.SECONDS);
        assertThat(laidOut).as("the label's width in large text").isGreaterThan(60);
        // every frame drawn had the large text at its laid-out width: none half done
        assertThat(drawnWith).containsOnly(30 * 1000 + laidOut);
    }
}
