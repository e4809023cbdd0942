package app.microlead.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The body of Settings → Encryption, with the passphrase dialogs. */
public final class EncryptionSettingsView {

    private EncryptionSettingsView() {
    }

    /**
     * @param lockMinutes   the current quiet time before the journal locks (0: never)
     * @param setLockMinutes stores and applies a new quiet time
     * @param lockNow       locks at once (Ctrl+L)
     */
    public static Node build(EncryptionSettingsViewModel vm, int lockMinutes,
                             java.util.function.IntConsumer setLockMinutes, Runnable lockNow) {
        Label status = new Label();
        status.setId("settings-encryption-status");
        status.textProperty().bind(javafx.beans.binding.Bindings.when(vm.enabledProperty())
                .then("Your journal is encrypted with a passphrase.")
                .otherwise("Your journal is not encrypted: anyone who can read your files can read it."));
        Button on = new Button("Turn on encryption…", new FontIcon("fth-lock"));
        on.setId("settings-encryption-on");
        on.visibleProperty().bind(vm.enabledProperty().not());
        on.managedProperty().bind(on.visibleProperty());
        on.setOnAction(e -> passphraseDialog(on, false, true, vm));
        Button change = new Button("Change passphrase…", new FontIcon("fth-key"));
        change.setId("settings-encryption-change");
        change.visibleProperty().bind(vm.enabledProperty());
        change.managedProperty().bind(change.visibleProperty());
        change.setOnAction(e -> passphraseDialog(change, true, true, vm));
        Button off = new Button("Turn off…", new FontIcon("fth-unlock"));
        off.setId("settings-encryption-off");
        off.visibleProperty().bind(vm.enabledProperty());
        off.managedProperty().bind(off.visibleProperty());
        off.setOnAction(e -> passphraseDialog(off, true, false, vm));
        Button lock = new Button("Lock now", new FontIcon("fth-lock"));
        lock.setId("settings-encryption-lock");
        lock.setTooltip(new javafx.scene.control.Tooltip("Close the journal until the passphrase is given (Ctrl+L)"));
        lock.visibleProperty().bind(vm.enabledProperty());
        lock.managedProperty().bind(lock.visibleProperty());
        lock.setOnAction(e -> lockNow.run());
        javafx.scene.control.ComboBox<Integer> idle = new javafx.scene.control.ComboBox<>();
        idle.setId("settings-encryption-idle");
        idle.getItems().addAll(0, 5, 15, 30, 60);
        idle.setValue(lockMinutes);
        idle.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null ? "" : m == 0 ? "Never lock by itself" : "Lock after " + m + " quiet minutes";
            }

            @Override
            public Integer fromString(String s) {
                return 15;
            }
        });
        idle.valueProperty().addListener((o, a, m) -> setLockMinutes.accept(m == null ? 15 : m));
        idle.visibleProperty().bind(vm.enabledProperty());
        idle.managedProperty().bind(idle.visibleProperty());
        HBox buttons = new HBox(8, on, change, off, lock, idle);
        buttons.disableProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.setId("settings-encryption-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        return new VBox(8, status, buttons, message);
    }

    private static void passphraseDialog(Node owner, boolean askCurrent, boolean askNew, EncryptionSettingsViewModel vm) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner.getScene().getWindow());
        d.setTitle(askNew ? (askCurrent ? "Change passphrase" : "Encrypt your journal") : "Turn off encryption");
        d.setHeaderText(askNew && !askCurrent
                ? "If you lose this passphrase, your journal cannot be opened by anyone, including you."
                : askNew ? "Choose a new passphrase." : "The journal will be stored unencrypted.");
        d.getDialogPane().setId("encryption-dialog");
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        PasswordField current = new PasswordField();
        current.setId("encryption-current");
        PasswordField first = new PasswordField();
        first.setId("encryption-new");
        PasswordField second = new PasswordField();
        second.setId("encryption-repeat");
        CheckBox understood = new CheckBox("I understand a lost passphrase means a lost journal; I keep it in a"
                + " password manager.");
        understood.setId("encryption-understood");
        understood.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        g.setPadding(new Insets(10));
        int row = 0;
        if (askCurrent) {
            g.addRow(row++, new Label("Current passphrase"), current);
        }
        if (askNew) {
            g.addRow(row++, new Label("New passphrase"), first);
            g.addRow(row++, new Label("Repeat it"), second);
            if (!askCurrent) {
                g.add(understood, 0, row, 2, 1);
            }
        }
        d.getDialogPane().setContent(g);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            if (askNew && askCurrent) {
                vm.change(current.getText().toCharArray(), first.getText().toCharArray(), second.getText().toCharArray());
            } else if (askNew) {
                vm.turnOn(first.getText().toCharArray(), second.getText().toCharArray(), understood.isSelected());
            } else {
                vm.turnOff(current.getText().toCharArray());
            }
            current.clear();
            first.clear();
            second.clear();
        });
    }
}
