package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A growing list shows every line whole, wrapped, each row as tall as its text; the page scrolls, not the list. */
class FxGrowingListTest extends FxStageTest {

    private static final List<String> LINES = IntStream.range(0, 12).mapToObj(i -> "Line " + i
            + " of a timeline: a journal day's snippet that is much longer than the narrow list is wide, so it"
            + " has to wrap onto a few lines to be read whole " + i).toList();


    @Test
    void everyLineIsShownWholeInARowAsTallAsItsWrappedText() throws Exception {
        ObservableList<String> items = FXCollections.observableArrayList(LINES.subList(0, 2));
        FxGrowingList<String> list = show(items);
        FxToolkit.setupFixture(() -> items.setAll(LINES)); // more lines arrive: the list grows
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        FxToolkit.setupFixture(() -> {
            assertThat(list.shownTexts()).isEqualTo(LINES);
            for (Node n : list.getChildren()) {
                TextFlow row = (TextFlow) n;
                Text shown = (Text) row.getChildren().get(0);
                double needed = shown.getLayoutBounds().getHeight() + row.snappedTopInset() + row.snappedBottomInset();
                if (row.getHeight() + 0.5 < needed) {
                    problems.add("row " + row.getHeight() + " px for " + needed + " px of text");
                }
                if (shown.getLayoutBounds().getWidth() > row.getWidth() - row.snappedLeftInset() - row.snappedRightInset() + 0.5) {
                    problems.add("wider than its row: " + shown.getText());
                }
                if (shown.getLayoutBounds().getHeight() < 2 * shown.getFont().getSize()) {
                    problems.add("not wrapped: " + shown.getText());
                }
            }
            assertThat(list.getHeight()).isGreaterThan(400); // taller than the window: the page scrolls
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void manyLinesComeAScreenfulAFrameAndANewListReplacesOneStillComing() throws Exception {
        List<String> many = IntStream.range(0, 3 * FxGrowingList.ROWS_PER_FRAME + 5).mapToObj(i -> "Day " + i).toList();
        List<String> other = IntStream.range(0, 2 * FxGrowingList.ROWS_PER_FRAME).mapToObj(i -> "Other " + i).toList();
        ObservableList<String> items = FXCollections.observableArrayList();
        FxGrowingList<String> list = show(items);
        int[] firstFrame = new int[1];
        FxToolkit.setupFixture(() -> {
            items.setAll(many);
            firstFrame[0] = list.getChildren().size();
        });
        assertThat(firstFrame[0]).as("rows made at once").isEqualTo(FxGrowingList.ROWS_PER_FRAME);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getChildren().size() == many.size());
        FxToolkit.setupFixture(() -> assertThat(list.shownTexts()).isEqualTo(many));

        FxToolkit.setupFixture(() -> {
            items.setAll(many);
            items.setAll(other); // while the first rows of the same list are still coming
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getChildren().size() == other.size());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // frames in which stale rows would have come
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> assertThat(list.shownTexts()).isEqualTo(other));
    }

    @Test
    void anEmptyListSaysSoAndALineReplacesThatSentence() throws Exception {
        ObservableList<String> items = FXCollections.observableArrayList();
        FxGrowingList<String> list = show(items);
        FxToolkit.setupFixture(() -> {
            assertThat(list.shownTexts()).isEmpty();
            assertThat(((Label) list.getChildren().get(0)).getText()).isEqualTo("Nothing yet");
        });
        FxToolkit.setupFixture(() -> items.add("One day"));
        FxToolkit.setupFixture(() -> assertThat(list.shownTexts()).containsExactly("One day"));
    }

    private FxGrowingList<String> show(ObservableList<String> items) throws Exception {
        List<FxGrowingList<String>> made = new ArrayList<>();
        FxToolkit.setupFixture(() -> {
            FxGrowingList<String> list = new FxGrowingList<>(items, s -> s, "Nothing yet");
            ScrollPane page = new ScrollPane(new VBox(8, list));
            page.setFitToWidth(true);
            stage = new Stage();
            Scene scene = new Scene(page, 320, 400);
            scene.getStylesheets().add(Themes.appStylesheet());
            stage.setScene(scene);
            stage.show();
            made.add(list);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return made.get(0);
    }
}
