package app.microlead.shell;

import app.microlead.storage.Backups;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/** The body of Settings → Backups. */
public final class BackupSettingsView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private BackupSettingsView() {
    }

    public static Node build(BackupSettingsViewModel vm, FolderOpener opener) {
        vm.load();
        ListView<Backups.Backup> list = new ListView<>(vm.backups());
        list.setId("settings-backups");
        list.setPrefHeight(170);
        list.setPlaceholder(new Label("No backup yet. One is made every day you open Microlead."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : WHEN.format(b.createdAt().atZone(ZoneId.systemDefault())) + "  ·  "
                        + b.reason() + "  ·  " + (b.size() / 1024) + " KB\n" + b.describeContents());
            }
        });
        Button now = new Button("Back up now", new FontIcon("fth-save"));
        now.setId("settings-backup-now");
        now.disableProperty().bind(vm.busyProperty());
        now.setOnAction(e -> vm.backUpNow());
        Button restore = new Button("Restore…", new FontIcon("fth-rotate-ccw"));
        restore.setId("settings-backup-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> vm.restore(list.getSelectionModel().getSelectedItem()));
        Button folder = new Button("Choose folder…", new FontIcon("fth-folder"));
        folder.setId("settings-backup-folder");
        folder.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Folder for backups");
            File f = dc.showDialog(folder.getScene().getWindow());
            if (f != null) {
                vm.useFolder(f.toPath());
            }
        });
        Button open = new Button("Open folder", new FontIcon("fth-external-link"));
        open.setId("settings-backup-open");
        open.setOnAction(e -> {
            try {
                java.nio.file.Files.createDirectories(vm.folderProperty().get());
                opener.open(vm.folderProperty().get());
            } catch (Exception ex) {
                vm.messageProperty().set("The backups are in " + vm.folderProperty().get());
            }
        });
        Label where = new Label();
        where.getStyleClass().addAll("text-muted", "text-small");
        where.textProperty().bind(vm.folderProperty().asString("Backups go to %s"));
        Label message = new Label();
        message.setId("settings-backup-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        return new VBox(8, list, new HBox(8, now, restore, folder, open), where, message);
    }
}
