package app.microlead.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.ui.FxLayouts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every view's content starts at the same place: the app's one page margin right of the sidebar, whatever the
 * view (a reading column, a list, a grid) and however wide the window. Reading columns were centred, so that
 * their text started a few pixels (a window a little wider than the column) to a hundred and more (a wide one)
 * right of where the Journal's, the Habits' and People's did.
 */
class PageMarginUiTest {

    @TempDir
    Path dataDir;

    @Test
    void everyViewsContentStartsOnePageMarginRightOfTheSidebar() throws Exception {
        Map<String, Map<ViewId, Double>> starts = new LinkedHashMap<>();
        try (AppDriver app = AppDriver.start(dataDir, Clock.systemDefaultZone())) {
            // the headless screen's size (a larger window is not drawn there), and a little wider than the sidebar
            // and the reading column
            for (int[] size : new int[][] {{1280, 800}, {1180, 760}}) {
                app.resize(size[0], size[1]);
                Map<ViewId, Double> byView = new TreeMap<>();
                for (ViewId v : ViewId.values()) {
                    app.clickOn(v.navId());
                    app.waitUntil(() -> app.exists("page-" + v.key()), 10);
                    app.waitUntilSettled();
                    Node sidebar = app.robot().lookup(".sidebar").query();
                    double sidebarEnd = sidebar.localToScene(sidebar.getLayoutBounds()).getMaxX();
                    byView.put(v, leftmostControl(app.byId("page-" + v.key())) - sidebarEnd);
                }
                starts.put(size[0] + " px", byView);
            }
        }
        starts.forEach((width, byView) -> byView.forEach((view, start) -> assertThat(start)
                .as("%s: where the content of %s starts, right of the sidebar (all: %s)", width, view, starts)
                .isCloseTo(FxLayouts.PAGE_MARGIN, Offset.offset(0.5))));
    }

    /** The scene x of the leftmost control or card shown in {@code page}. */
    private static double leftmostControl(Node page) {
        double[] min = {Double.MAX_VALUE};
        visit(page, min);
        assertThat(min[0]).as("a control in %s", page.getId()).isLessThan(Double.MAX_VALUE);
        return min[0];
    }

    private static void visit(Node node, double[] min) {
        if (!node.isVisible()) {
            return;
        }
        // what the eye sees start: a control (not the scroll and split panes around a page, their edges are the
        // window's) or a card's border
        boolean seen = node instanceof Control c ? !(c instanceof ScrollPane || c instanceof SplitPane || c instanceof ScrollBar)
                : node.getStyleClass().contains("card");
        if (seen && node.getLayoutBounds().getWidth() > 0) {
            min[0] = Math.min(min[0], node.localToScene(node.getLayoutBounds()).getMinX());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> visit(n, min));
        }
    }
}
