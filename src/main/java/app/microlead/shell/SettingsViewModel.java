package app.microlead.shell;

import static app.microlead.common.I18n.t;

import app.microlead.common.FontSize;
import app.microlead.common.Theme;
import app.microlead.ui.FolderOpener;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The Settings view: theme, text size and the data folder. */
public final class SettingsViewModel {

    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<FontSize> fontSize;
    private final Path dataFolder;
    private final FolderOpener opener;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SettingsViewModel(ObjectProperty<Theme> theme, Path dataFolder, FolderOpener opener) {
        this(theme, new SimpleObjectProperty<>(FontSize.NORMAL), dataFolder, opener);
    }

    public SettingsViewModel(ObjectProperty<Theme> theme, ObjectProperty<FontSize> fontSize, Path dataFolder,
                             FolderOpener opener) {
        this.theme = theme;
        this.fontSize = fontSize;
        this.dataFolder = dataFolder;
        this.opener = opener;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The text size: Normal or Large; it changes at once and is remembered. */
    public ObjectProperty<FontSize> fontSizeProperty() {
        return fontSize;
    }

    public String dataFolderText() {
        return dataFolder.toString();
    }

    /** Feedback shown under the settings (empty when all is well). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void openDataFolder() {
        try {
            opener.open(dataFolder);
            message.set("");
        } catch (Exception e) {
            message.set(t("shell.settings.folder.open.failed", dataFolder.toString()));
        }
    }
}
