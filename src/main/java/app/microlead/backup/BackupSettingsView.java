package app.microlead.backup;

import static app.microlead.common.I18n.t;

import app.microlead.backup.Backups;
import app.microlead.common.I18n;
import app.microlead.ui.FolderOpener;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.SettingsSection;
import app.microlead.ui.FxLabels;
import java.io.File;
import java.nio.file.Files;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/** The body of Settings → Backups. */
public final class BackupSettingsView {

    private BackupSettingsView() {
    }

    /** Why a backup was made ("daily", "manual", …) in words; an unknown reason as it is. */
    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        String key = "shell.backup.reason." + reason;
        return I18n.has(key) ? t(key) : reason;
    }

    /** The Backups section of Settings. */
    public static Node section(BackupSettingsViewModel vm, FolderOpener opener) {
        return SettingsSection.of(t("shell.settings.backups.title"), t("shell.settings.backups.intro"),
                build(vm, opener));
    }

    public static Node build(BackupSettingsViewModel vm, FolderOpener opener) {
        vm.load();
        ListView<Backups.Backup> list = new ListView<>(vm.backups());
        list.setId("settings-backups");
        list.setPrefHeight(170);
        list.setPlaceholder(FxLabels.placeholder(t("shell.backup.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : t("shell.backup.row", vm.when(b.createdAt()), reason(b.reason()),
                        b.size() / 1024, b.describeContents()));
            }
        });
        Button now = new Button(t("shell.backup.now"), new FontIcon("fth-save"));
        now.setId("settings-backup-now");
        now.disableProperty().bind(vm.busyProperty());
        now.setOnAction(e -> vm.backUpNow());
        Button restore = new Button(t("shell.backup.restore"), new FontIcon("fth-rotate-ccw"));
        restore.setId("settings-backup-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> vm.restore(list.getSelectionModel().getSelectedItem()));
        Button folder = new Button(t("shell.backup.folder.choose"), new FontIcon("fth-folder"));
        folder.setId("settings-backup-folder");
        folder.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(t("shell.backup.folder.chooser"));
            File f = dc.showDialog(folder.getScene().getWindow());
            if (f != null) {
                vm.useFolder(f.toPath());
            }
        });
        Button open = new Button(t("shell.backup.folder.open"), new FontIcon("fth-external-link"));
        open.setId("settings-backup-open");
        open.setOnAction(e -> {
            try {
                Files.createDirectories(vm.folderProperty().get());
                opener.open(vm.folderProperty().get());
            } catch (Exception ex) {
                vm.messageProperty().set(t("shell.backup.folder.here", String.valueOf(vm.folderProperty().get())));
            }
        });
        Label where = new Label();
        where.getStyleClass().addAll("text-muted", "text-small");
        where.textProperty().bind(Bindings.createStringBinding(
                () -> t("shell.backup.folder.where", String.valueOf(vm.folderProperty().get())), vm.folderProperty()));
        Label message = new Label();
        message.setId("settings-backup-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        return new VBox(8, list, FxLayouts.buttonRow(now, restore, folder, open), where, message);
    }
}
