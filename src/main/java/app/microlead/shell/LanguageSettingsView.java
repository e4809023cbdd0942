package app.microlead.shell;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.ui.SettingsSection;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Settings: the language of the app, used from the next start, which "Restart now" brings at once. */
public final class LanguageSettingsView {

    private LanguageSettingsView() {
    }

    /** The Language section of Settings. */
    public static Node section(Locale current, Consumer<Locale> onChange, Runnable restart) {
        return SettingsSection.of(t("shell.settings.language.title"), t("shell.settings.language.intro"),
                build(current, onChange, restart));
    }

    /**
     * @param onChange told of the chosen language
     * @param restart closes the app and starts it again, offered once another language is chosen (null: not
     *                offered, the app cannot start itself here)
     */
    public static Node build(Locale current, Consumer<Locale> onChange, Runnable restart) {
        ComboBox<Locale> language = new ComboBox<>();
        language.getItems().setAll(I18n.LANGUAGES);
        language.setId("settings-language");
        language.setButtonCell(new LanguageCell());
        language.setCellFactory(l -> new LanguageCell());
        language.setValue(current);
        Label label = new Label(t("shell.settings.language.label"));
        label.setLabelFor(language);
        Label note = new Label();
        note.setId("settings-language-message");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        Button now = new Button(t("shell.settings.language.restart.now"));
        now.setId("settings-language-restart");
        now.setOnAction(e -> restart.run());
        HBox changed = new HBox(10, note, now);
        changed.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(note, Priority.ALWAYS);
        now.setMinWidth(Region.USE_PREF_SIZE);
        now.setManaged(false);
        now.visibleProperty().bind(now.managedProperty());
        changed.managedProperty().bind(note.textProperty().isNotEmpty()); // no empty line until the language changes
        changed.visibleProperty().bind(changed.managedProperty());
        language.valueProperty().addListener((o, a, l) -> {
            if (l != null) {
                onChange.accept(l);
                boolean other = !l.equals(I18n.locale());
                // the language named in the words around it ("will speak German"), not as the list names it ("Deutsch")
                note.setText(!other ? "" : t(restart == null ? "shell.settings.language.restart"
                        : "shell.settings.language.restart.offer", l.getDisplayLanguage(I18n.locale())));
                now.setManaged(other && restart != null);
            }
        });
        HBox row = new HBox(10, label, language);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row, changed);
    }

    private static final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale l, boolean empty) {
            super.updateItem(l, empty);
            setText(empty || l == null ? null : t("common.language." + l.getLanguage()));
        }
    }
}
