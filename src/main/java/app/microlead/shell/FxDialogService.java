package app.microlead.shell;

import static app.microlead.common.I18n.t;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = base(Alert.AlertType.ERROR, title, message);
        alert.getDialogPane().setId("dialog-error");
        if (details != null) {
            StringWriter sw = new StringWriter();
            details.printStackTrace(new PrintWriter(sw));
            TextArea text = new TextArea(sw.toString());
            text.setEditable(false);
            text.setWrapText(false);
            text.setPrefRowCount(12);
            VBox.setVgrow(text, Priority.ALWAYS);
            alert.getDialogPane().setExpandableContent(new VBox(6, new Label(t("shell.dialog.details")), text));
        }
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        base(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert alert = base(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ok, cancel());
        alert.getDialogPane().setId("dialog-confirm");
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
