package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import app.microlead.ui.FxLayouts;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** The built-in micro-actions, each with a button to start tracking it. */
public final class CatalogueDialog {

    private CatalogueDialog() {
    }

    public static void show(Window owner, Catalogue catalogue, Set<String> tracked, Consumer<Catalogue.MicroAction> add) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(t("habits.catalogue.title"));
        dialog.setHeaderText(t("habits.catalogue.header", Pillar.TRUST.label(), Pillar.EMPOWERMENT.label(),
                Pillar.PROFESSIONALISM.label()));
        dialog.getDialogPane().setId("habit-catalogue");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        VBox list = new VBox(10);
        for (Catalogue.MicroAction a : catalogue.actions()) {
            Label name = new Label(a.name() + "  ·  " + a.pillar().label() + "  ·  " + a.schedule().describe());
            name.getStyleClass().add("habit-name");
            name.setWrapText(true);
            Label why = new Label(a.why());
            why.setWrapText(true);
            why.getStyleClass().add("text-muted");
            VBox text = new VBox(2, name, why);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button addBtn = new Button(t("habits.catalogue.track"), new FontIcon("fth-plus"));
            addBtn.setId("catalogue-add-" + a.id());
            addBtn.setMinWidth(Region.USE_PREF_SIZE);
            addBtn.setOnAction(e -> {
                add.accept(a);
                showTracked(addBtn);
            });
            if (tracked.contains(a.id())) {
                showTracked(addBtn);
            }
            HBox row = new HBox(10, text, addBtn);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        FxLayouts.sizeInEm(scroll, "-fx-pref-width", 640);
        FxLayouts.sizeInEm(scroll, "-fx-pref-height", 460);
        dialog.getDialogPane().setContent(scroll);
        dialog.showAndWait();
    }

    /** A micro-action already tracked: "✓ Tracking", and nothing more to do. */
    private static void showTracked(Button add) {
        add.setText(t("habits.catalogue.tracking"));
        add.setGraphic(new FontIcon("fth-check"));
        add.setDisable(true);
    }
}
