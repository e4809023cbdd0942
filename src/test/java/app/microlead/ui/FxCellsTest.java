package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A page's own list (FxCells.roomy) gives its rows room around their lines: 6px above and below, 12px beside. */
class FxCellsTest extends FxStageTest {

    @Test
    void aRoomyListsRowsHaveRoomAroundTheirLinesAndOtherListsKeepTheirs() throws Exception {
        List<ListView<String>> lists = new ArrayList<>();
        FxToolkit.setupFixture(() -> {
            ListView<String> roomy = FxCells.roomy(new ListView<>(FXCollections.observableArrayList("Mon 7 Dec", "Sun 6 Dec")));
            ListView<String> plain = new ListView<>(FXCollections.observableArrayList("Mon 7 Dec", "Sun 6 Dec"));
            stage = new Stage();
            Scene scene = new Scene(new HBox(roomy, plain), 640, 300);
            scene.getStylesheets().add(Themes.appStylesheet());
            stage.setScene(scene);
            stage.show();
            lists.add(roomy);
            lists.add(plain);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<double[]> insets = new ArrayList<>();
        FxToolkit.setupFixture(() -> lists.forEach(l -> {
            ListCell<?> cell = (ListCell<?>) l.lookup(".list-cell");
            insets.add(new double[] {cell.snappedTopInset(), cell.snappedLeftInset(), cell.snappedBottomInset()});
        }));
        double[] roomy = insets.get(0);
        double[] plain = insets.get(1);
        assertThat(roomy[0]).as("above a row's lines").isCloseTo(6, Offset.offset(0.5));
        assertThat(roomy[1]).as("left of them").isCloseTo(12, Offset.offset(0.5));
        assertThat(roomy[2]).as("below them").isCloseTo(6, Offset.offset(0.5));
        assertThat(plain[0]).as("a list that is not the page's own keeps the theme's rows").isLessThan(5);
    }
}
