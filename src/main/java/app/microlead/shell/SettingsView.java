package app.microlead.shell;

import static app.microlead.common.I18n.t;

import app.microlead.common.FontSize;
import app.microlead.common.Theme;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxPulses;
import app.microlead.ui.Page;
import app.microlead.ui.SettingsSection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings: appearance (theme, text size) and the data folder; other features add their own sections. */
public final class SettingsView implements Page {

    private final ScrollPane root;
    private final VBox page;
    /** What waits for every section to be in the page (they come a frame each); null once they are. */
    private List<Runnable> whenBuilt = new ArrayList<>();

    /**
     * @param laterSections each feature's section, made and added one a frame after the page's own two, in this
     *                      order: the page shows at once, and no frame has to make, style and lay out all of it
     *                      (together ~200 ms on the first show)
     */
    public SettingsView(SettingsViewModel vm, List<Supplier<Node>> laterSections) {
        Label title = new Label(t("shell.settings.title"));
        title.getStyleClass().add("title-2");

        page = new VBox(20, title, appearance(vm), dataFolder(vm));
        root = FxLayouts.readingPage(page);
        root.setId("page-settings");
        FxPulses.addOneAFrame(page, laterSections.iterator(), () -> {
            List<Runnable> waiting = whenBuilt;
            whenBuilt = null;
            waiting.forEach(Runnable::run);
        });
    }

    /**
     * Scrolls the page to the top of the section that holds the control {@code id} and puts the focus on that
     * control, once every section is in the page and laid out (another page shown since: nothing happens).
     */
    public void reveal(String id) {
        Runnable laidOut = () -> FxPulses.afterNextPulse(root, () -> scrollTo(id));
        if (whenBuilt == null) {
            laidOut.run();
        } else {
            whenBuilt.add(laidOut);
        }
    }

    private void scrollTo(String id) {
        Node control = page.lookup("#" + id);
        if (control == null || !root.isVisible() || root.getScene() == null) { // another page (or the lock) shown since
            return;
        }
        Node section = control;
        while (section.getParent() != null && section.getParent() != page) {
            section = section.getParent();
        }
        Node content = root.getContent();
        // a little of the page above the section, so that it reads as a section and not as cut off
        double top = content.sceneToLocal(section.localToScene(section.getBoundsInLocal())).getMinY() - 16;
        double room = content.getLayoutBounds().getHeight() - root.getViewportBounds().getHeight();
        root.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, top / room)));
        control.requestFocus();
    }

    private Node appearance(SettingsViewModel vm) {
        HBox theme = choice("settings-theme", t("shell.settings.theme.caption"), vm.themeProperty(), Theme.values(),
                Theme::key, Theme::label);
        HBox size = choice("settings-font-size", t("shell.settings.fontsize.caption"), vm.fontSizeProperty(),
                FontSize.values(), FontSize::key, FontSize::label);
        return SettingsSection.of(t("shell.settings.appearance.title"), t("shell.settings.appearance.intro"), theme, size);
    }

    /**
     * A labelled row of radio buttons bound both ways to {@code property}: the row has the id
     * {@code idPrefix}, each button {@code idPrefix-<key>}.
     */
    private static <T> HBox choice(String idPrefix, String caption, ObjectProperty<T> property,
                                   T[] values, Function<T, String> key,
                                   Function<T, String> label) {
        ToggleGroup group = new ToggleGroup();
        Label name = new Label(caption);
        name.getStyleClass().add("settings-label");
        name.setMinWidth(Region.USE_PREF_SIZE);
        FxLayouts.sizeInEm(name, "-fx-pref-width", 90);
        HBox row = new HBox(16, name);
        row.setId(idPrefix);
        row.setAlignment(Pos.CENTER_LEFT);
        for (T v : values) {
            RadioButton b = new RadioButton(label.apply(v));
            b.setId(idPrefix + "-" + key.apply(v));
            b.setToggleGroup(group);
            b.setUserData(v);
            b.setAccessibleHelp(caption);
            row.getChildren().add(b);
        }
        Runnable sync = () -> group.getToggles().stream().filter(t -> t.getUserData() == property.get()).findFirst()
                .ifPresent(group::selectToggle);
        sync.run();
        property.addListener((o, a, b) -> sync.run());
        group.selectedToggleProperty().addListener((o, a, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                property.set(chosen);
            }
        });
        return row;
    }

    private Node dataFolder(SettingsViewModel vm) {
        TextField path = new TextField(vm.dataFolderText());
        path.setEditable(false);
        path.setId("settings-data-folder");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button open = new Button(t("shell.settings.folder.open"), new FontIcon("fth-folder"));
        open.setId("settings-open-data-folder");
        open.setOnAction(e -> vm.openDataFolder());
        open.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, path, open);
        row.setAlignment(Pos.CENTER_LEFT);
        Label msg = new Label();
        msg.setId("settings-message");
        msg.setWrapText(true);
        msg.textProperty().bind(vm.messageProperty());
        msg.managedProperty().bind(msg.textProperty().isNotEmpty());
        VBox.setMargin(msg, new Insets(0));
        return SettingsSection.of(t("shell.settings.folder.title"), t("shell.settings.folder.intro"), row, msg);
    }

    @Override
    public Node node() {
        return root;
    }
}
