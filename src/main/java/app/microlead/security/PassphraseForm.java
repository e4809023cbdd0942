package app.microlead.security;

import static app.microlead.common.I18n.t;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the passphrase dialog holds, checked as it is typed: the dialog's OK button stays disabled and
 * the problem is shown beside the fields until the entries are acceptable, so the dialog never
 * closes and then complains.
 */
public final class PassphraseForm {

    /** Which dialog: turning encryption on, changing the passphrase, or turning encryption off. */
    public enum Kind { TURN_ON, CHANGE, TURN_OFF }

    private final Kind kind;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty first = new SimpleStringProperty("");
    private final StringProperty second = new SimpleStringProperty("");
    private final BooleanProperty understood = new SimpleBooleanProperty(false);
    private final ObjectProperty<EncryptionSettingsViewModel.BackupChoice> backups =
            new SimpleObjectProperty<>(EncryptionSettingsViewModel.BackupChoice.CONVERT);
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final BooleanProperty wrongCurrent = new SimpleBooleanProperty(false);
    private final StringProperty cannotCheck = new SimpleStringProperty("");
    private boolean currentChecked;
    private final StringBinding problem;
    private final BooleanBinding valid;
    private final BooleanBinding typed;

    public PassphraseForm(Kind kind) {
        this.kind = kind;
        current.addListener((o, was, now) -> {
            wrongCurrent.set(false);
            cannotCheck.set("");
            currentChecked = false;
        });
        problem = Bindings.createStringBinding(this::check, current, first, second, understood, wrongCurrent, checking,
                cannotCheck);
        valid = problem.isEmpty();
        typed = Bindings.createBooleanBinding(() -> !current.get().isEmpty() || !first.get().isEmpty()
                || !second.get().isEmpty(), current, first, second);
    }

    private String check() {
        if (kind != Kind.TURN_ON && current.get().isEmpty()) {
            return t("shell.encryption.problem.current");
        }
        if (wrongCurrent.get()) {
            return t("shell.encryption.wrong.current.again");
        }
        if (!cannotCheck.get().isEmpty()) {
            return cannotCheck.get();
        }
        if (checking.get()) {
            return t("shell.encryption.checking");
        }
        if (kind == Kind.TURN_OFF) {
            return "";
        }
        return EncryptionSettingsViewModel.problem(first.get().toCharArray(), second.get().toCharArray(),
                kind == Kind.CHANGE || understood.get());
    }

    public Kind kind() {
        return kind;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty firstProperty() {
        return first;
    }

    public StringProperty secondProperty() {
        return second;
    }

    public BooleanProperty understoodProperty() {
        return understood;
    }

    public ObjectProperty<EncryptionSettingsViewModel.BackupChoice> backupsProperty() {
        return backups;
    }

    /**
     * Whether anything is typed in the passphrase fields yet: until then what they need is said as a hint, not
     * as an error (the dialog opened with a red "Use at least 8 characters" before a key was pressed).
     */
    public BooleanBinding typedProperty() {
        return typed;
    }

    /** Whether the current passphrase is being checked (OK waits; the problem says so, not as an error). */
    public BooleanProperty checkingProperty() {
        return checking;
    }

    /** Whether the current passphrase typed was checked and is not the journal's (cleared by typing). */
    public BooleanProperty wrongCurrentProperty() {
        return wrongCurrent;
    }

    /**
     * Whether the dialog may close now: a dialog that asks for the current passphrase first has it checked in
     * the background ({@code then} runs once it is right, to close the dialog); a wrong one is said in the
     * dialog, which stays open, so a mistyped passphrase is not found out only after the dialog is gone.
     */
    public boolean mayClose(EncryptionSettingsViewModel vm, Runnable then) {
        if (kind == Kind.TURN_ON || currentChecked) {
            return true;
        }
        if (!valid.get()) {
            return false;
        }
        checking.set(true);
        String typed = current.get();
        vm.checkCurrent(typed.toCharArray(), right -> {
            checking.set(false);
            if (!typed.equals(current.get())) {
                return; // typed on meanwhile: checked again at the next OK
            }
            currentChecked = right;
            wrongCurrent.set(!right);
            if (right) {
                then.run();
            }
        }, why -> {
            checking.set(false);
            cannotCheck.set(why); // said as it is; typing again clears it for another try
        });
        return false;
    }

    /** Why the entries cannot be accepted yet; empty when they can. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** Hands the entries to the view model (only when valid) and clears them. */
    public boolean submit(EncryptionSettingsViewModel vm) {
        if (!valid.get()) {
            return false;
        }
        switch (kind) {
            case TURN_ON -> vm.turnOn(first.get().toCharArray(), second.get().toCharArray(), understood.get(), backups.get());
            case CHANGE -> vm.change(current.get().toCharArray(), first.get().toCharArray(), second.get().toCharArray());
            case TURN_OFF -> vm.turnOff(current.get().toCharArray(), backups.get());
            default -> throw new IllegalStateException();
        }
        current.set("");
        first.set("");
        second.set("");
        return true;
    }
}
