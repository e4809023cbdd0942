package app.microlead.export;

import java.io.File;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
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
        a.setTitle("Import into a journal with data");
        a.setHeaderText("The file holds " + summary + ", and this journal already has data.");
        a.setContentText("Days written in both: keep yours and skip the file's, or keep both texts (the file's"
                + " text is added below yours). Habits and self-assessments are added either way.");
        ButtonType skip = new ButtonType("Skip days I wrote", ButtonBar.ButtonData.YES);
        ButtonType both = new ButtonType("Keep both texts", ButtonBar.ButtonData.NO);
        a.getButtonTypes().setAll(skip, both, ButtonType.CANCEL);
        a.getDialogPane().setId("import-merge");
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(r.get() == skip ? ArchiveService.Merge.SKIP_EXISTING_DAYS : ArchiveService.Merge.KEEP_BOTH);
    }

    public static Node build(ImportViewModel vm) {
        Button archive = new Button("Microlead archive (JSON)…", new FontIcon("fth-upload"));
        archive.setId("settings-import-archive");
        archive.setOnAction(e -> file(archive.getScene().getWindow(), "Microlead archive", "*.json")
                .ifPresent(f -> vm.importFrom(ImportViewModel.Source.ARCHIVE, f.toPath())));
        Button rednotebook = new Button("RedNotebook folder…", new FontIcon("fth-folder"));
        rednotebook.setId("settings-import-rednotebook");
        rednotebook.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("RedNotebook data folder (with files like 2026-03.txt)");
            Optional.ofNullable(dc.showDialog(rednotebook.getScene().getWindow()))
                    .ifPresent(d -> vm.importFrom(ImportViewModel.Source.REDNOTEBOOK, d.toPath()));
        });
        Button jrnl = new Button("jrnl JSON export…", new FontIcon("fth-file-text"));
        jrnl.setId("settings-import-jrnl");
        jrnl.setOnAction(e -> file(jrnl.getScene().getWindow(), "jrnl export", "*.json")
                .ifPresent(f -> vm.importFrom(ImportViewModel.Source.JRNL, f.toPath())));
        HBox buttons = new HBox(8, archive, rednotebook, jrnl);
        buttons.disableProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("settings-import-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        return new VBox(8, buttons, message);
    }

    private static Optional<File> file(Window owner, String what, String pattern) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import a " + what);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        return Optional.ofNullable(fc.showOpenDialog(owner));
    }
}
