package app.microlead.shell;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.ui.SettingsSection;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings: the language of the app, used from the next start. */
public final class LanguageSettingsView {

    private LanguageSettingsView() {
    }

    /** The Language section of Settings. */
    public static Node section(Locale current, Consumer<Locale> onChange) {
        return SettingsSection.of(t("shell.settings.language.title"), t("shell.settings.language.intro"),
                build(current, onChange));
    }

    /** @param onChange told of the chosen language */
    public static Node build(Locale current, Consumer<Locale> onChange) {
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
        note.managedProperty().bind(note.textProperty().isNotEmpty()); // no empty line until the language changes
        language.valueProperty().addListener((o, a, l) -> {
            if (l != null) {
                onChange.accept(l);
                // the language named in the words around it ("will speak German"), not as the list names it ("Deutsch")
                note.setText(l.equals(I18n.locale()) ? "" : t("shell.settings.language.restart",
                        l.getDisplayLanguage(I18n.locale())));
            }
        });
        HBox row = new HBox(10, label, language);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row, note);
    }

    private static final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale l, boolean empty) {
            super.updateItem(l, empty);
            setText(empty || l == null ? null : t("common.language." + l.getLanguage()));
        }
    }
}
