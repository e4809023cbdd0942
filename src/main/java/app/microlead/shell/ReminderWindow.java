package app.microlead.shell;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.heading;

import app.microlead.ui.FxScheduler;
import app.microlead.ui.Themes;
import java.time.Duration;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * A small notification in the corner of the screen, in a window of its own so that it shows while the
 * main window is minimized. Clicking it (or "Write now") calls the action and closes it; it closes
 * itself after a while.
 */
public final class ReminderWindow {

    static final Duration SHOWN_FOR = Duration.ofMinutes(20);

    private static Stage current;

    private ReminderWindow() {
    }

    /**
     * Closes the reminder shown, if any: when the main window closes (a window of its own, it kept the
     * process, and the journal, open after the app had seemingly closed).
     */
    public static void dismiss() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    public static void show(String title, String text, Runnable onOpen) {
        if (current != null) {
            current.close();
        }
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.setTitle("Microlead");
        stage.setAlwaysOnTop(true);
        stage.setResizable(false);

        ImageView mark = new ImageView(new Image(ReminderWindow.class.getResourceAsStream(
                "/app/microlead/icons/microlead-64.png"), 32, 32, true, true));
        Label head = heading(title);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setPrefWidth(300);
        Button open = new Button(t("shell.reminder.open"));
        open.setId("reminder-open");
        open.getStyleClass().add("accent");
        open.setDefaultButton(true);
        Button later = new Button(t("shell.reminder.dismiss"));
        later.setId("reminder-dismiss");
        later.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, later, open);
        VBox texts = new VBox(6, head, body, buttons);
        HBox root = new HBox(12, mark, texts);
        root.setId("reminder");
        root.setAlignment(Pos.TOP_LEFT);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("reminder-window");
        root.setAccessibleText(title + ". " + text);

        Runnable close = () -> {
            stage.close();
            if (current == stage) {
                current = null;
            }
        };
        open.setOnAction(e -> {
            close.run();
            onOpen.run();
        });
        later.setOnAction(e -> close.run());
        root.setOnMouseClicked(e -> {
            if (e.getTarget() == root || e.getTarget() == body || e.getTarget() == head) {
                close.run();
                onOpen.run();
            }
        });

        Scene scene = new Scene(root);
        scene.getStylesheets().add(Themes.appStylesheet());
        stage.setScene(scene);
        stage.sizeToScene();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setOnShown(e -> {
            stage.setX(screen.getMaxX() - stage.getWidth() - 16);
            stage.setY(screen.getMaxY() - stage.getHeight() - 16);
        });
        current = stage;
        stage.show();
        // fitted to its content again whenever its size comes back smaller (openbox first maps it at 200×200)
        Themes.refitWhileSettling(stage, () -> {
            double w = root.prefWidth(-1);
            if (stage.isShowing() && (scene.getWidth() + 1 < w || scene.getHeight() + 1 < root.prefHeight(w))) {
                stage.sizeToScene();
                stage.setX(screen.getMaxX() - stage.getWidth() - 16);
                stage.setY(screen.getMaxY() - stage.getHeight() - 16);
            }
        });
        // waited for on a timer thread, not with a PauseTransition: one waiting is an animation, and JavaFX drew
        // 60 frames a second for the 20 minutes a reminder could stay
        FxScheduler timer = new FxScheduler();
        timer.schedule(SHOWN_FOR, close);
        stage.setOnHidden(e -> timer.close()); // however it closes (a newer reminder closes this one)
    }
}
