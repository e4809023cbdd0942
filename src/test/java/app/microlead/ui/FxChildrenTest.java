package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Children are brought to the wanted list; nodes that stay are neither removed nor added again. */
class FxChildrenTest {

    private final Region a = new Region();
    private final Region b = new Region();
    private final Region c = new Region();
    private final Region d = new Region();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void newNodesAreInsertedInPlaceAndTheOthersStay() {
        VBox box = new VBox(a, c);
        List<Node> added = new ArrayList<>();
        List<Node> removed = new ArrayList<>();
        box.getChildren().addListener((ListChangeListener<Node>) ch -> {
            while (ch.next()) {
                added.addAll(ch.getAddedSubList());
                removed.addAll(ch.getRemoved());
            }
        });
        FxChildren.sync(box.getChildren(), List.of(a, b, c, d));
        assertThat(box.getChildren()).containsExactly(a, b, c, d);
        assertThat(added).containsExactlyInAnyOrder(b, d);
        assertThat(removed).isEmpty();

        added.clear();
        FxChildren.sync(box.getChildren(), List.of(a, c, d));
        assertThat(box.getChildren()).containsExactly(a, c, d);
        assertThat(removed).containsExactly(b);
        assertThat(added).isEmpty();

        FxChildren.sync(box.getChildren(), List.of(a, c, d));
        assertThat(added).isEmpty();
    }

    @Test
    void aNewOrderIsTakenAsAWhole() {
        VBox box = new VBox(a, b, c);
        FxChildren.sync(box.getChildren(), List.of(c, a, b));
        assertThat(box.getChildren()).containsExactly(c, a, b);
        FxChildren.sync(box.getChildren(), List.of());
        assertThat(box.getChildren()).isEmpty();
    }
}
