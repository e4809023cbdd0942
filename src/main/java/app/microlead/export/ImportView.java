package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.ui.FxLayouts;
import app.microlead.ui.SettingsSection;
import java.io.File;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** The body of Settings → Import: three sources, and the merge question. */
public final class ImportView {

    private ImportView() {
    }

    /** Asks how to bring a file into a journal that already holds data. */
    public static Optional<ArchiveService.Merge> askMerge(Window owner, String summary) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(t("export.import.merge.title"));
        a.setHeaderText(t("export.import.merge.header", summary));
        a.setContentText(t("export.import.merge.text"));
        ButtonType skip = new ButtonType(t("export.import.merge.skip"), ButtonBar.ButtonData.YES);
        ButtonType both = new ButtonType(t("export.import.merge.both"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(t("export.import.merge.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(skip, both, cancel);
        a.getDialogPane().setId("import-merge");
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == cancel) {
            return Optional.empty();
        }
        return Optional.of(r.get() == skip ? ArchiveService.Merge.SKIP_EXISTING_DAYS : ArchiveService.Merge.KEEP_BOTH);
    }

    /** The Import section of Settings. */
    public static Node section(ImportViewModel vm) {
        return SettingsSection.of(t("shell.settings.import.title"), t("shell.settings.import.intro"), build(vm));
    }

    public static Node build(ImportViewModel vm) {
        Button archive = new Button(t("export.import.archive"), new FontIcon("fth-upload"));
        archive.setId("settings-import-archive");
        archive.setOnAction(e -> file(archive.getScene().getWindow(), t("export.import.archive.title"),
                t("export.import.archive.filter"), "*.json")
                .ifPresent(f -> vm.importFrom(ImportViewModel.Source.ARCHIVE, f.toPath())));
        Button rednotebook = new Button(t("export.import.rednotebook"), new FontIcon("fth-folder"));
        rednotebook.setId("settings-import-rednotebook");
        rednotebook.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(t("export.import.rednotebook.title"));
            Optional.ofNullable(dc.showDialog(rednotebook.getScene().getWindow()))
                    .ifPresent(d -> vm.importFrom(ImportViewModel.Source.REDNOTEBOOK, d.toPath()));
        });
        Button jrnl = new Button(t("export.import.jrnl"), new FontIcon("fth-file-text"));
        jrnl.setId("settings-import-jrnl");
        jrnl.setOnAction(e -> file(jrnl.getScene().getWindow(), t("export.import.jrnl.title"), t("export.import.jrnl.filter"),
                "*.json")
                .ifPresent(f -> vm.importFrom(ImportViewModel.Source.JRNL, f.toPath())));
        FlowPane buttons = FxLayouts.buttonRow(archive, rednotebook, jrnl);
        buttons.disableProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("settings-import-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty()); // no empty line under the buttons
        vm.failedProperty().addListener((o, was, is) -> {
            message.getStyleClass().remove("text-error");
            if (is) {
                message.getStyleClass().add("text-error");
            }
        });
        return new VBox(8, buttons, message);
    }

    private static Optional<File> file(Window owner, String title, String what, String pattern) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        return Optional.ofNullable(fc.showOpenDialog(owner));
    }
}
