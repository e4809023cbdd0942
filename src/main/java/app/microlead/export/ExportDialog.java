package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.ui.FolderOpener;
import app.microlead.ui.FxDates;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxSaveChooser;
import app.microlead.ui.FxPrompts;
import app.microlead.ui.Themes;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Export (Ctrl+E): period, sections, tag and title; a file chooser; progress with Cancel; open the result. */
public final class ExportDialog {

    private ExportDialog() {
    }

    public static void show(Window owner, ExportViewModel vm, FolderOpener opener) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(t("export.dialog.title"));
        dialog.setHeaderText(t("export.dialog.header"));
        dialog.getDialogPane().setId("export-dialog");
        // Export is the dialog's own (default) button beside Close: it chooses the file and exports, and the
        // dialog stays open for the progress and the result
        ButtonType run = new ButtonType(t("export.run"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(new ButtonType(t("export.dialog.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE), run);

        ComboBox<ExportViewModel.Format> format = new ComboBox<>();
        format.getItems().setAll(ExportViewModel.Format.values());
        format.setId("export-format");
        format.valueProperty().bindBidirectional(vm.formatProperty());
        ComboBox<ExportViewModel.Preset> preset = new ComboBox<>();
        preset.getItems().setAll(ExportViewModel.Preset.values());
        preset.setId("export-preset");
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        DatePicker from = new DatePicker();
        from.setId("export-from");
        // days as the rest of the app writes them ("5 Nov 2026", "5. Nov. 2026"), also read as typed in numbers
        from.setConverter(dayConverter());
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("export-to");
        to.setConverter(dayConverter());
        to.valueProperty().bindBidirectional(vm.toProperty());
        from.valueProperty().addListener((o, a, b) -> {
            if (from.isFocused()) {
                vm.presetProperty().set(ExportViewModel.Preset.CUSTOM);
            }
        });
        to.valueProperty().addListener((o, a, b) -> {
            if (to.isFocused()) {
                vm.presetProperty().set(ExportViewModel.Preset.CUSTOM);
            }
        });
        CheckBox reflections = new CheckBox(t("export.section.reflections"));
        reflections.setId("export-section-reflections");
        reflections.selectedProperty().bindBidirectional(vm.reflectionsProperty());
        CheckBox habits = new CheckBox(t("export.section.habits"));
        habits.setId("export-section-habits");
        habits.selectedProperty().bindBidirectional(vm.habitsProperty());
        CheckBox assessments = new CheckBox(t("export.section.assessments"));
        assessments.setId("export-section-assessments");
        assessments.selectedProperty().bindBidirectional(vm.assessmentsProperty());
        for (CheckBox pdfOnly : List.of(reflections, habits, assessments)) {
            pdfOnly.disableProperty().bind(vm.formatProperty().isNotEqualTo(ExportViewModel.Format.PDF));
        }
        CheckBox people = new CheckBox(t("export.section.people"));
        people.setId("export-section-people");
        people.selectedProperty().bindBidirectional(vm.peopleProperty());
        people.disableProperty().bind(vm.peopleAvailableProperty().not());
        // the sections wrap onto a second line rather than cutting their words (large text, German)
        FlowPane sections = new FlowPane(12, 6, reflections, habits, assessments, people);
        sections.getChildren().forEach(n -> ((CheckBox) n).setMinWidth(Region.USE_PREF_SIZE));
        TextField tag = new TextField();
        tag.setId("export-tag");
        FxPrompts.prompt(tag, t("export.tag.prompt"));
        tag.textProperty().bindBidirectional(vm.tagProperty());
        TextField title = new TextField();
        title.setId("export-title");
        title.textProperty().bindBidirectional(vm.titleProperty());

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        // the names never shrink to "…": the fields give way (AtlantaFX caps a dialog at 600px)
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(names, fields);
        preset.setMinWidth(Region.USE_PREF_SIZE);
        // wide enough for "30. Sept. 2026" at the text size in use
        for (DatePicker d : List.of(from, to)) {
            FxLayouts.sizeInEm(d, "-fx-pref-width", 170);
            FxLayouts.sizeInEm(d, "-fx-min-width", 150);
        }
        // the days on a line of their own below the choice of period: on one line with it they asked for more
        // than the dialog's width, and the dates, the tag and the title ran past its right edge
        HBox days = new HBox(8, from, unshrinking(new Label(t("export.label.to"))), to);
        days.setAlignment(Pos.CENTER_LEFT);
        days.setMinWidth(Region.USE_PREF_SIZE);
        g.addRow(0, unshrinking(new Label(t("export.label.format"))), format);
        g.addRow(1, unshrinking(new Label(t("export.label.period"))), preset);
        g.add(days, 1, 2);
        g.addRow(3, unshrinking(new Label(t("export.label.sections"))), sections);
        g.addRow(4, unshrinking(new Label(t("export.label.tag"))), tag);
        g.addRow(5, unshrinking(new Label(t("export.label.title"))), title);

        Label problem = new Label();
        problem.setId("export-problem");
        problem.getStyleClass().add("text-error");
        problem.textProperty().bind(vm.problemProperty());
        // its line is kept whole (the problems are short, one line in either language); the dialog grows to it
        problem.setMinHeight(Region.USE_PREF_SIZE);
        Button export = (Button) dialog.getDialogPane().lookupButton(run);
        export.setGraphic(new FontIcon("fth-download"));
        export.setId("export-run");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.getStyleClass().add("accent");
        export.disableProperty().bind(vm.problemProperty().isNotEmpty().or(vm.runningProperty()));
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // not a close
            choose(dialog.getDialogPane().getScene().getWindow(), vm).ifPresent(vm::export);
        });
        Button cancel = new Button(t("export.cancel"));
        cancel.setId("export-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        FxLayouts.sizeInEm(bar, "-fx-pref-width", 320);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Label step = new Label();
        step.setId("export-step");
        step.setWrapText(true);
        step.setMinHeight(Region.USE_PREF_SIZE); // "Saved to …" with a long path takes its lines, never "…"
        step.textProperty().bind(vm.stepProperty());
        // the dialog grows to the lines the result takes (a long path, the note that exports are not encrypted)
        // and to a problem's line (an end before the start): it pushed Close and Export off the window's foot
        Runnable refit = () -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() instanceof Stage s) {
                Themes.fitToContent(s, dialog.getDialogPane());
            }
        });
        vm.stepProperty().addListener((o, was, now) -> refit.run());
        vm.problemProperty().addListener((o, was, now) -> refit.run());
        Button openFile = new Button(t("export.open.file"), new FontIcon("fth-external-link"));
        openFile.setId("export-open-file");
        openFile.visibleProperty().bind(vm.resultProperty().isNotNull());
        openFile.setOnAction(e -> open(opener, vm.resultProperty().get()));
        Button openFolder = new Button(t("export.open.folder"), new FontIcon("fth-folder"));
        openFolder.setId("export-open-folder");
        openFolder.visibleProperty().bind(vm.resultProperty().isNotNull());
        openFolder.setOnAction(e -> open(opener, vm.resultProperty().get().toAbsolutePath().getParent()));
        HBox actions = new HBox(8, bar, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label plain = new Label(t("export.not.encrypted"));
        plain.setId("export-not-encrypted");
        plain.getStyleClass().addAll("text-muted", "text-small");
        plain.setWrapText(true);
        // what an export shows takes room only while it is there: no empty lines above Close and Export
        for (Node shown : List.<Node>of(problem, step)) {
            shown.managedProperty().bind(((Label) shown).textProperty().isNotEmpty());
        }
        actions.managedProperty().bind(vm.runningProperty());
        HBox result = new HBox(8, openFile, openFolder);
        result.managedProperty().bind(vm.resultProperty().isNotNull());
        VBox box = new VBox(12, g, plain, problem, actions, step, result);
        box.setPadding(new Insets(8));
        FxLayouts.sizeInEm(box, "-fx-pref-width", 700);
        dialog.getDialogPane().setContent(box);
        FxLayouts.sizeInEm(dialog.getDialogPane(), "-fx-pref-width", 720);
        dialog.setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                vm.cancel();
            }
        });
        dialog.show();
    }

    private static Label unshrinking(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Optional<Path> choose(Window owner, ExportViewModel vm) {
        if (vm.formatProperty().get().extension().isEmpty()) {
            Optional<Path> preset = FxSaveChooser.preset();
            if (preset.isPresent()) {
                return preset;
            }
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(t("export.choose.folder"));
            File dir = dc.showDialog(owner);
            return Optional.ofNullable(dir).map(File::toPath);
        }
        String ext = vm.formatProperty().get().extension();
        return FxSaveChooser.file(owner, t("export.choose.file"), vm.suggestedName(), t("export.choose.filter",
                ext.toUpperCase(Locale.ROOT)), ext);
    }

    private static void open(FolderOpener opener, Path p) {
        try {
            opener.open(p);
        } catch (Exception ignored) {
            // the path is shown in the dialog: the user can open it by hand
        }
    }

    private static StringConverter<LocalDate> dayConverter() {
        return FxDates.converter(DateTimeFormatter.ofPattern(t("export.date.picker"), I18n.locale()),
                List.of(DateTimeFormatter.ofPattern(t("export.date.typed"), I18n.locale())));
    }
}
