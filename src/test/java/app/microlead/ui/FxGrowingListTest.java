package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A growing list shows every line whole, wrapped, each row as tall as its text; the page scrolls, not the list. */
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
    void everyLineIsShownWholeInARowAsTallAsItsWrappedText() throws Exception {
        ObservableList<String> items = FXCollections.observableArrayList(LINES.subList(0, 2));
        FxGrowingList<String> list = show(items);
        FxToolkit.setupFixture(() -> items.setAll(LINES)); // more lines arrive: the list grows
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        FxToolkit.setupFixture(() -> {
            assertThat(list.shownTexts()).isEqualTo(LINES);
            for (Node n : list.getChildren()) {
                Label row = (Label) n;
                Text shown = (Text) row.lookup(".text");
                String drawn = shown.getText().replace("\n", " ").replaceAll("\\s+", " ").strip();
                if (!drawn.equals(row.getText())) {
                    problems.add("cut: " + drawn);
                }
                double needed = shown.getLayoutBounds().getHeight() + row.snappedTopInset() + row.snappedBottomInset();
                if (row.getHeight() + 0.5 < needed) {
                    problems.add("row " + row.getHeight() + " px for " + needed + " px of text");
                }
                if (shown.getLayoutBounds().getHeight() < 2 * row.getFont().getSize()) {
                    problems.add("not wrapped: " + row.getText());
                }
            }
            assertThat(list.getHeight()).isGreaterThan(400); // taller than the window: the page scrolls
        });
        assertThat(problems).isEmpty();
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
