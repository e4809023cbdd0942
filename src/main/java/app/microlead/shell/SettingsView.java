package app.microlead.shell;

import static app.microlead.common.I18n.t;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings: appearance and the data folder; other features add their own sections. */
public final class SettingsView implements Page {

    private final ScrollPane root;

    public SettingsView(SettingsViewModel vm, List<Node> extraSections) {
        Label title = new Label(t("shell.settings.title"));
        title.getStyleClass().add("title-2");

        VBox page = new VBox(20, title, appearance(vm), dataFolder(vm));
        page.getChildren().addAll(extraSections);
        page.getStyleClass().add("page");
        page.setMaxWidth(760);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("page-settings");
    }

    /** A titled card, the building block of this page (features use it for their sections). */
    public static VBox section(String heading, String explanation, Node... body) {
        Label h = new Label(heading);
        h.getStyleClass().add("section-title");
        VBox box = new VBox(10, h);
        if (explanation != null) {
            Label e = new Label(explanation);
            e.getStyleClass().add("text-muted");
            e.setWrapText(true);
            box.getChildren().add(e);
        }
        box.getChildren().addAll(body);
        box.getStyleClass().add("card");
        return box;
    }

    private Node appearance(SettingsViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        RadioButton light = new RadioButton(Theme.LIGHT.label());
        light.setId("settings-theme-light");
        light.setToggleGroup(group);
        light.setUserData(Theme.LIGHT);
        RadioButton dark = new RadioButton(Theme.DARK.label());
        dark.setId("settings-theme-dark");
        dark.setToggleGroup(group);
        dark.setUserData(Theme.DARK);
        Runnable sync = () -> group.selectToggle(vm.themeProperty().get() == Theme.DARK ? dark : light);
        sync.run();
        vm.themeProperty().addListener((o, a, b) -> sync.run());
        group.selectedToggleProperty().addListener((o, a, now) -> {
            if (now != null) {
                vm.themeProperty().set((Theme) now.getUserData());
            }
        });
        HBox row = new HBox(16, light, dark);
        return section(t("shell.settings.appearance.title"), t("shell.settings.appearance.intro"), row);
    }

    private Node dataFolder(SettingsViewModel vm) {
        TextField path = new TextField(vm.dataFolderText());
        path.setEditable(false);
        path.setId("settings-data-folder");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button open = new Button(t("shell.settings.folder.open"), new FontIcon("fth-folder"));
        open.setId("settings-open-data-folder");
        open.setOnAction(e -> vm.openDataFolder());
        HBox row = new HBox(8, path, open);
        row.setAlignment(Pos.CENTER_LEFT);
        Label msg = new Label();
        msg.setId("settings-message");
        msg.setWrapText(true);
        msg.textProperty().bind(vm.messageProperty());
        msg.managedProperty().bind(msg.textProperty().isNotEmpty());
        VBox.setMargin(msg, new Insets(0));
        return section(t("shell.settings.folder.title"), t("shell.settings.folder.intro"), row, msg);
    }

    @Override
    public Node node() {
        return root;
    }
}
