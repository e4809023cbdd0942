package app.microlead.sync;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.SettingsSection;
import app.microlead.ui.FxPrompts;
import app.microlead.ui.FxLabels;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/** The body of Settings → Sync: folder and passphrase, the computers, the days edited on two of them. */
public final class SyncSettingsView {

    private SyncSettingsView() {
    }

    /** The Sync section of Settings; {@code openDay} shows a day in Today (to merge its two texts by hand). */
    public static Node section(SyncViewModel vm, Consumer<LocalDate> openDay) {
        return SettingsSection.of(t("sync.view.title"), t("sync.view.intro"), build(vm, openDay));
    }

    /** @param openDay shows a day in Today (to merge its two texts by hand) */
    public static Node build(SyncViewModel vm, Consumer<LocalDate> openDay) {
        vm.load();
        Label state = new Label();
        state.setId("settings-sync-state");
        state.setWrapText(true);
        state.textProperty().bind(vm.stateProperty());

        TextField folder = new TextField();
        folder.setId("settings-sync-folder");
        folder.getStyleClass().add("prompt-while-focused"); // the first run's "join" puts the cursor here
        FxPrompts.prompt(folder, t("sync.view.folder.prompt"));
        folder.textProperty().bindBidirectional(vm.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(t("sync.view.folder.choose"), new FontIcon("fth-folder"));
        choose.setId("settings-sync-choose");
        choose.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(t("sync.view.folder.chooser"));
            File f = dc.showDialog(choose.getScene().getWindow());
            if (f != null) {
                vm.folderProperty().set(f.getAbsolutePath());
            }
        });
        PasswordField passphrase = new PasswordField();
        passphrase.setId("settings-sync-passphrase");
        FxPrompts.prompt(passphrase, t("sync.view.passphrase.prompt"));
        Button setUp = new Button(t("sync.view.setup"), new FontIcon("fth-refresh-cw"));
        setUp.setId("settings-sync-setup");
        setUp.disableProperty().bind(vm.busyProperty().or(folder.textProperty().isEmpty())
                .or(passphrase.textProperty().isEmpty()));
        setUp.setOnAction(e -> {
            char[] p = passphrase.getText().toCharArray();
            passphrase.clear();
            vm.setUp(folder.getText(), p);
        });
        Button now = new Button(t("sync.view.now"), new FontIcon("fth-refresh-ccw"));
        now.setId("settings-sync-now");
        now.disableProperty().bind(vm.busyProperty().or(vm.setUpProperty().not()));
        now.setOnAction(e -> vm.syncNow());
        Button leave = new Button(t("sync.view.leave"), new FontIcon("fth-x-circle"));
        leave.setId("settings-sync-leave");
        leave.disableProperty().bind(vm.busyProperty().or(vm.setUpProperty().not()));
        leave.setOnAction(e -> vm.leave());

        // Enter in the passphrase field sets up, as the button does
        passphrase.setOnAction(e -> {
            if (!setUp.isDisabled()) {
                setUp.fire();
            }
        });

        Label message = new Label();
        message.setId("settings-sync-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        // a round can take seconds (the first one, a key derived from the passphrase): show that it runs
        ProgressIndicator working = new ProgressIndicator();
        working.setId("settings-sync-progress");
        working.setPrefSize(18, 18);
        working.setMinSize(18, 18);
        showWhen(working, vm.busyProperty());
        HBox messageRow = new HBox(8, working, message);
        messageRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);

        ListView<String> devices = new ListView<>(vm.devices());
        devices.setId("settings-sync-devices");
        devices.setPrefHeight(90);
        devices.setPlaceholder(FxLabels.placeholder(t("sync.view.devices.none")));

        // the computers and the conflicts only once sync is set up; the conflicts' details only when there are some
        VBox shared = new VBox(8, new Label(t("sync.view.devices")), devices, conflicts(vm, openDay));
        showWhen(shared, vm.setUpProperty());
        // the passphrase as wide as the folder (its placeholder whole, in German too), set up beside it; the
        // round's buttons on a row of their own
        HBox.setHgrow(passphrase, Priority.ALWAYS);
        setUp.setMinWidth(Region.USE_PREF_SIZE);
        HBox passphraseRow = new HBox(8, passphrase, setUp);
        return new VBox(8, state, new HBox(8, folder, choose), passphraseRow, hint(t("sync.view.passphrase.hint")),
                FxLayouts.buttonRow(now, leave), messageRow, shared);
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll("text-muted", "text-small");
        return l;
    }

    private static Node conflicts(SyncViewModel vm, Consumer<LocalDate> openDay) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(I18n.locale());
        ListView<Conflict> list = new ListView<>(vm.conflicts());
        list.setId("settings-sync-conflicts");
        list.setPrefHeight(90);
        list.setPlaceholder(FxLabels.placeholder(t("sync.view.conflicts.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Conflict c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : t("sync.view.conflict.row", day.format(c.day()), c.texts().size()));
            }
        });
        ListView<String> versions = new ListView<>();
        versions.setId("settings-sync-versions");
        versions.setPrefHeight(80);
        TextArea preview = new TextArea();
        preview.setId("settings-sync-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(4);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, c) -> {
            versions.getItems().setAll(c == null ? List.of()
                    : IntStream.range(0, c.texts().size())
                            .mapToObj(i -> t("sync.view.version", i + 1, firstLine(c.texts().get(i)))).toList());
            preview.clear();
        });
        versions.getSelectionModel().selectedIndexProperty().addListener((o, was, i) -> {
            Conflict c = list.getSelectionModel().getSelectedItem();
            preview.setText(c == null || i.intValue() < 0 ? "" : c.texts().get(i.intValue()));
        });
        Button keep = new Button(t("sync.view.keep"), new FontIcon("fth-check"));
        keep.setId("settings-sync-keep");
        keep.disableProperty().bind(versions.getSelectionModel().selectedItemProperty().isNull().or(vm.busyProperty()));
        keep.setOnAction(e -> vm.keep(list.getSelectionModel().getSelectedItem(),
                versions.getSelectionModel().getSelectedIndex()));
        Button open = new Button(t("sync.view.open.day"), new FontIcon("fth-edit-3"));
        open.setId("settings-sync-open-day");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openDay.accept(list.getSelectionModel().getSelectedItem().day()));
        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> t("sync.view.conflicts", vm.conflicts().size()),
                vm.conflicts()));
        VBox details = new VBox(8, hint(t("sync.view.conflicts.hint")), list, versions, preview, new HBox(8, keep, open));
        showWhen(details, Bindings.isNotEmpty(vm.conflicts()));
        return new VBox(8, title, details);
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 80) + "\u2026" : line;
    }
}
