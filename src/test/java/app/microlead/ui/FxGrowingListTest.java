package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A growing list shows every line whole, wrapped, with no scroll bar of its own: the page scrolls. */
class FxGrowingListTest {

    private static final List<String> LINES = IntStream.range(0, 12).mapToObj(i -> "Line " + i
            + " of a timeline: a journal day's snippet that is much longer than the narrow list is wide, so it"
            + " has to wrap onto a few lines to be read whole " + i).toList();

    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
    }

    @Test
    void everyLineIsShownWholeAndTheListHasNoScrollBarOfItsOwn() throws Exception {
        ListView<String> list = new ListView<>();
        FxToolkit.setupFixture(() -> {
            FxGrowingList.install(list, Function.identity());
            list.getItems().setAll(LINES.subList(0, 2));
            ScrollPane page = new ScrollPane(new VBox(8, list));
            page.setFitToWidth(true);
            stage = new Stage();
            stage.setScene(new Scene(page, 320, 400));
            stage.show();
        });
        FxToolkit.setupFixture(() -> list.getItems().setAll(LINES)); // more lines arrive: the list grows
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownWhole(list) && !ownScrollBar(list));
        assertThat(list.getHeight()).isGreaterThan(400); // taller than the window: the page scrolls, not the list
    }

    private static boolean shownWhole(ListView<String> list) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] whole = {true};
        int[] cells = {0};
        FxToolkit.setupFixture(() -> {
            for (Node n : list.lookupAll(".list-cell")) {
                if (n instanceof ListCell<?> cell && cell.getText() != null) {
                    cells[0]++;
                    Node shown = cell.lookup(".text");
                    whole[0] &= shown instanceof Text t && t.getText().replace("\n", " ").strip()
                            .replaceAll("\\s+", " ").equals(cell.getText());
                }
            }
        });
        return whole[0] && cells[0] == LINES.size();
    }

    private static boolean ownScrollBar(ListView<String> list) throws Exception {
        boolean[] shown = {false};
        FxToolkit.setupFixture(() -> {
            for (Node n : list.lookupAll(".scroll-bar")) {
                shown[0] |= n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL && b.isVisible();
            }
        });
        return shown[0];
    }
}
