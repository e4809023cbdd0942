package app.microlead.ui;

import static app.microlead.common.I18n.t;

import app.microlead.common.DialogService;
import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = Logger.getLogger(FxDialogService.class.getName());

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        if (details != null) {
            LOG.log(Level.WARNING, title, details);
        }
        Alert alert = base(Alert.AlertType.ERROR, title, message);
        alert.getDialogPane().setId("dialog-error");
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        base(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return ask(title, message, confirmLabel, false);
    }

    @Override
    public boolean confirmDestructive(String title, String message, String confirmLabel) {
        return ask(title, message, confirmLabel, true);
    }

    private boolean ask(String title, String message, String confirmLabel, boolean destructive) {
        Alert alert = base(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = cancel();
        alert.getButtonTypes().setAll(ok, cancel);
        alert.getDialogPane().setId("dialog-confirm");
        if (destructive) {
            Button confirm = (Button) alert.getDialogPane().lookupButton(ok);
            confirm.getStyleClass().add(Styles.DANGER);
            confirm.setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }

    /** Cancel in the app's language (JavaFX's own follows the computer's language). */
    public static ButtonType cancel() {
        return new ButtonType(t("shell.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** OK in the app's language. */
    public static ButtonType ok() {
        return new ButtonType(t("shell.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** Close in the app's language. */
    public static ButtonType close() {
        return new ButtonType(t("shell.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private Alert base(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.getButtonTypes().setAll(ok());
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            alert.initOwner(w);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label content = new Label(message);
        content.setWrapText(true);
        FxLayouts.sizeInEm(content, "-fx-max-width", 480);
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
