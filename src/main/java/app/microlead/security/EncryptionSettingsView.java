package app.microlead.security;

import static app.microlead.common.I18n.t;

import app.microlead.ui.FxDialogService;
import app.microlead.ui.SettingsSection;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The body of Settings → Encryption, with the passphrase dialogs. */
public final class EncryptionSettingsView {

    private EncryptionSettingsView() {
    }

    /**
     * The Encryption section of Settings.
     *
     * @param lockMinutes   the current quiet time before the journal locks (0: never)
     * @param setLockMinutes stores and applies a new quiet time
     * @param lockNow       locks at once (Ctrl+L)
     */
    public static Node section(EncryptionSettingsViewModel vm, int lockMinutes,
                               IntConsumer setLockMinutes, Runnable lockNow) {
        return SettingsSection.of(t("shell.settings.encryption.title"), t("shell.settings.encryption.intro"),
                build(vm, lockMinutes, setLockMinutes, lockNow));
    }

    /** The Encryption section's controls; see {@link #section}. */
    public static Node build(EncryptionSettingsViewModel vm, int lockMinutes,
                             IntConsumer setLockMinutes, Runnable lockNow) {
        Label status = new Label();
        status.setId("settings-encryption-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.when(vm.enabledProperty())
                .then(t("shell.encryption.status.on"))
                .otherwise(t("shell.encryption.status.off")));
        Button on = new Button(t("shell.encryption.on"), new FontIcon("fth-lock"));
        on.setId("settings-encryption-on");
        on.visibleProperty().bind(vm.enabledProperty().not());
        on.managedProperty().bind(on.visibleProperty());
        on.setOnAction(e -> passphraseDialog(on, false, true, vm));
        Button change = new Button(t("shell.encryption.change"), new FontIcon("fth-key"));
        change.setId("settings-encryption-change");
        change.visibleProperty().bind(vm.enabledProperty());
        change.managedProperty().bind(change.visibleProperty());
        change.setOnAction(e -> passphraseDialog(change, true, true, vm));
        Button off = new Button(t("shell.encryption.off"), new FontIcon("fth-unlock"));
        off.setId("settings-encryption-off");
        off.visibleProperty().bind(vm.enabledProperty());
        off.managedProperty().bind(off.visibleProperty());
        off.setOnAction(e -> passphraseDialog(off, true, false, vm));
        Button lock = new Button(t("shell.encryption.lock"), new FontIcon("fth-lock"));
        lock.setId("settings-encryption-lock");
        lock.setTooltip(new Tooltip(t("shell.encryption.lock.tooltip")));
        lock.visibleProperty().bind(vm.enabledProperty());
        lock.managedProperty().bind(lock.visibleProperty());
        lock.setOnAction(e -> lockNow.run());
        ComboBox<Integer> idle = new ComboBox<>();
        idle.setId("settings-encryption-idle");
        idle.getItems().addAll(0, 5, 15, 30, 60);
        idle.setValue(lockMinutes);
        idle.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null ? "" : m == 0 ? t("shell.encryption.idle.never") : t("shell.encryption.idle.minutes", m);
            }

            @Override
            public Integer fromString(String s) {
                return 15;
            }
        });
        idle.valueProperty().addListener((o, a, m) -> setLockMinutes.accept(m == null ? 15 : m));
        idle.visibleProperty().bind(vm.enabledProperty());
        idle.managedProperty().bind(idle.visibleProperty());
        // wraps rather than cutting words off (German labels are longer)
        FlowPane buttons = new FlowPane(8, 8, on, change, off, lock, idle);
        buttons.disableProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.setId("settings-encryption-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty()); // no empty line under the buttons
        // what went wrong (a wrong current passphrase) in the error's colour, as the unlock screen says it
        vm.failedProperty().addListener((o, was, now) -> message.getStyleClass().setAll(now ? List.of("label", "text-error")
                : List.of("label")));
        message.getStyleClass().setAll("label");
        return new VBox(8, status, buttons, message);
    }

    private static void passphraseDialog(Node owner, boolean askCurrent, boolean askNew, EncryptionSettingsViewModel vm) {
        PassphraseForm form = new PassphraseForm(askNew ? (askCurrent ? PassphraseForm.Kind.CHANGE : PassphraseForm.Kind.TURN_ON)
                : PassphraseForm.Kind.TURN_OFF);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.getScene().getWindow());
        d.setTitle(t(askNew ? (askCurrent ? "shell.encryption.dialog.change.title" : "shell.encryption.dialog.on.title")
                : "shell.encryption.dialog.off.title"));
        d.setHeaderText(t(askNew && !askCurrent ? "shell.encryption.dialog.on.header"
                : askNew ? "shell.encryption.dialog.change.header" : "shell.encryption.dialog.off.header"));
        d.getDialogPane().setId("encryption-dialog");
        ButtonType ok = FxDialogService.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, FxDialogService.cancel());
        PasswordField current = new PasswordField();
        current.setId("encryption-current");
        current.textProperty().bindBidirectional(form.currentProperty());
        PasswordField first = new PasswordField();
        first.setId("encryption-new");
        first.textProperty().bindBidirectional(form.firstProperty());
        PasswordField second = new PasswordField();
        second.setId("encryption-repeat");
        second.textProperty().bindBidirectional(form.secondProperty());
        CheckBox understood = new CheckBox(t("shell.encryption.dialog.understood"));
        understood.setId("encryption-understood");
        understood.setWrapText(true);
        understood.selectedProperty().bindBidirectional(form.understoodProperty());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        g.setPadding(new Insets(10, 16, 10, 16)); // as the habit editor: the labels under the header's text
        int row = 0;
        if (askCurrent) {
            g.addRow(row++, new Label(t("shell.encryption.dialog.current")), current);
        }
        if (askNew) {
            g.addRow(row++, new Label(t("shell.encryption.dialog.new")), first);
            g.addRow(row++, new Label(t("shell.encryption.dialog.repeat")), second);
            if (!askCurrent) {
                g.add(understood, 0, row++, 2, 1);
            }
        }
        if (form.kind() != PassphraseForm.Kind.CHANGE) {
            g.add(backupChoice(form), 0, row++, 2, 1);
        }
        Label problem = new Label();
        problem.setId("encryption-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.textProperty().bind(form.problemProperty());
        // a hint until something is typed (or while the current passphrase is checked), an error after
        Runnable tone = () -> problem.getStyleClass().setAll("label",
                form.typedProperty().get() && !form.checkingProperty().get() ? "text-error" : "text-muted");
        form.typedProperty().addListener((o, was, now) -> tone.run());
        form.checkingProperty().addListener((o, was, now) -> tone.run());
        tone.run();
        form.wrongCurrentProperty().addListener((o, was, wrong) -> {
            if (wrong) {
                current.requestFocus();
                current.selectAll();
            }
        });
        g.add(problem, 0, row, 2, 1);
        d.getDialogPane().setContent(g);
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(form.validProperty().not());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!form.validProperty().get() || !form.mayClose(vm, ((Button) okButton)::fire)) {
                e.consume();
            }
        });
        d.showAndWait().filter(b -> b == ok).ifPresent(b -> form.submit(vm));
        form.currentProperty().set("");
        form.firstProperty().set("");
        form.secondProperty().set("");
    }

    /** What becomes of the backups: encrypted too or deleted (turning on), decrypted or kept encrypted (off). */
    private static Node backupChoice(PassphraseForm form) {
        boolean on = form.kind() == PassphraseForm.Kind.TURN_ON;
        ToggleGroup group = new ToggleGroup();
        RadioButton convert = new RadioButton(
                t(on ? "shell.encryption.dialog.backups.encrypt" : "shell.encryption.dialog.backups.decrypt"));
        convert.setId("encryption-backups-convert");
        convert.setUserData(EncryptionSettingsViewModel.BackupChoice.CONVERT);
        RadioButton other = new RadioButton(
                t(on ? "shell.encryption.dialog.backups.delete" : "shell.encryption.dialog.backups.keep"));
        if (on) {
            other.setId("encryption-backups-delete");
        } else {
            other.setId("encryption-backups-keep");
        }
        other.setUserData(on ? EncryptionSettingsViewModel.BackupChoice.DELETE : EncryptionSettingsViewModel.BackupChoice.KEEP);
        convert.setToggleGroup(group);
        other.setToggleGroup(group);
        convert.setWrapText(true);
        other.setWrapText(true);
        group.selectToggle(convert);
        group.selectedToggleProperty().addListener((o, a, now) -> form.backupsProperty().set(
                now == null ? EncryptionSettingsViewModel.BackupChoice.CONVERT
                        : (EncryptionSettingsViewModel.BackupChoice) now.getUserData()));
        Label intro = new Label(t(on ? "shell.encryption.dialog.backups.on" : "shell.encryption.dialog.backups.off"));
        intro.setWrapText(true);
        return new VBox(6, intro, convert, other);
    }
}
