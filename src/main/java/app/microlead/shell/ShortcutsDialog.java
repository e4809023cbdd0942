package app.microlead.shell;

import static app.microlead.common.I18n.t;

import app.microlead.ui.FxDialogService;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.Shortcuts;
import app.microlead.ui.Themes;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help → Keyboard shortcuts (F1). */
public final class ShortcutsDialog {

    /** The lines of the sheet, in order; each has {@code shell.shortcuts.<row>.keys} and {@code .action} texts. */
    static final List<String> ROWS = List.of("views", "search", "export", "lock", "quit", "help", "day.move", "day.today",
            "focus", "rating", "habit.done", "habit.skip", "habit.new", "habit.year", "journal.open", "journal.delete",
            "journal.undo", "escape", "people.back", "quiz.answer", "quiz.move", "review.save", "review.week");

    private ShortcutsDialog() {
    }

    /** Puts every line of the sheet, in the user's language, into the registry, in the sheet's order. */
    static void declare(Shortcuts shortcuts) {
        for (String r : ROWS) {
            shortcuts.line(r, t("shell.shortcuts." + r + ".keys"), t("shell.shortcuts." + r + ".action"));
        }
    }

    public static void show(Window owner, List<Shortcuts.Line> lines) {
        Dialog<Void> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(t("shell.shortcuts.title"));
        d.setHeaderText(t("shell.shortcuts.header"));
        d.getDialogPane().setId("shortcuts");
        d.getDialogPane().getButtonTypes().add(FxDialogService.close());
        // two columns, read top to bottom, then the second: one column no longer fits a 1280×800 window
        // at large text (it needed 820 px)
        int half = (lines.size() + 1) / 2;
        HBox columns = new HBox(36, column(lines.subList(0, half)), column(lines.subList(half, lines.size())));
        // on a screen too small for the sheet (1024×700 at large text) the window takes the screen and the sheet
        // scrolls: before, its second column and the Close button were past the screen's edge
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setId("shortcuts-sheet");
        scroll.getStyleClass().add("edge-to-edge");
        d.getDialogPane().setContent(scroll);
        // the whole sheet where the screen has room (German texts are longer); where it has not, the screen's width
        // (JavaFX lays a window's content out at its minimum width even when the window is narrower)
        DialogPane pane = d.getDialogPane();
        pane.setMinWidth(Region.USE_PREF_SIZE);
        d.setOnShown(e -> Platform.runLater(() -> {
            if (pane.getScene() != null && pane.getScene().getWindow() instanceof Stage stage) {
                pane.applyCss();
                Rectangle2D area = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                        Math.max(1, stage.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
                double room = area.getWidth() - Math.max(0, stage.getWidth() - pane.getScene().getWidth());
                if (pane.prefWidth(-1) > room) {
                    pane.setMinWidth(room);
                    Themes.fitToContent(stage, pane);
                }
            }
        }));
        d.setResizable(true);
        d.show();
    }

    private static GridPane column(List<Shortcuts.Line> lines) {
        GridPane g = new GridPane();
        g.setHgap(18);
        g.setVgap(6);
        for (int i = 0; i < lines.size(); i++) {
            Label key = new Label(lines.get(i).keys());
            key.getStyleClass().add("habit-name");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(lines.get(i).action());
            // a long description wraps (German, large text) instead of making the sheet wider than the screen
            action.setWrapText(true);
            action.setMinHeight(Region.USE_PREF_SIZE);
            FxLayouts.sizeInEm(action, "-fx-max-width", 250);
            g.addRow(i, key, action);
        }
        return g;
    }
}
