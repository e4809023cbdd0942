package app.microlead.security;

import app.microlead.ui.FxPrompts;
import static app.microlead.common.I18n.t;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** "This journal is locked": the passphrase field shown before an encrypted journal opens. */
public final class UnlockView {

    private UnlockView() {
    }

    public static Node build(Consumer<char[]> unlock, StringProperty error, BooleanProperty busy) {
        FontIcon lock = new FontIcon("fth-lock");
        lock.setIconSize(36);
        Label title = new Label(t("shell.unlock.title"));
        title.getStyleClass().add("title-3");
        PasswordField pass = new PasswordField();
        pass.setId("unlock-passphrase");
        FxPrompts.prompt(pass, t("shell.unlock.passphrase"));
        pass.getStyleClass().add("prompt-while-focused"); // focused at once: its only label stays in sight
        pass.setMaxWidth(320);
        Button open = new Button(t("shell.unlock.submit"), new FontIcon("fth-unlock"));
        open.setId("unlock-submit");
        open.setDefaultButton(true);
        open.disableProperty().bind(busy.or(pass.textProperty().isEmpty()));
        Runnable submit = () -> {
            unlock.accept(pass.getText().toCharArray());
            pass.clear();
        };
        open.setOnAction(e -> submit.run());
        Label err = new Label();
        err.setId("unlock-error");
        err.getStyleClass().add("text-error");
        err.setWrapText(true);
        err.setMaxWidth(420);
        err.textProperty().bind(error);
        VBox box = new VBox(14, lock, title, pass, open, err);
        box.setAlignment(Pos.CENTER);
        box.setId("unlock");
        pass.sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                pass.requestFocus();
            }
        });
        return box;
    }
}
