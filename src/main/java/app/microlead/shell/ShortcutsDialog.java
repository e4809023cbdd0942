package app.microlead.shell;

import app.microlead.ui.FxDialogService;

import static app.microlead.common.I18n.t;

import java.util.List;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help → Keyboard shortcuts (F1). */
public final class ShortcutsDialog {

    /** The rows of the sheet; each has {@code shell.shortcuts.<row>.keys} and {@code .action} texts. */
    static final List<String> ROWS = List.of("views", "search", "export", "lock", "help", "day.move", "day.today",
            "focus", "habit.done", "habit.skip", "habit.new", "journal.open", "journal.delete", "escape",
            "quiz.answer", "quiz.move", "review.save", "review.week");

    private ShortcutsDialog() {
    }

    /** The keys and what they do, in the user's language. */
    static String[][] shortcuts() {
        return ROWS.stream().map(r -> new String[] {t("shell.shortcuts." + r + ".keys"),
            t("shell.shortcuts." + r + ".action")}).toArray(String[][]::new);
    }

    public static void show(Window owner) {
        Dialog<Void> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(t("shell.shortcuts.title"));
        d.setHeaderText(t("shell.shortcuts.header"));
        d.getDialogPane().setId("shortcuts");
        d.getDialogPane().getButtonTypes().add(FxDialogService.close());
        GridPane g = new GridPane();
        g.setHgap(18);
        g.setVgap(6);
        String[][] shortcuts = shortcuts();
        for (int i = 0; i < shortcuts.length; i++) {
            Label key = new Label(shortcuts[i][0]);
            key.getStyleClass().add("habit-name");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(shortcuts[i][1]);
            action.setMinWidth(Region.USE_PREF_SIZE);
            g.addRow(i, key, action);
        }
        d.getDialogPane().setContent(g);
        // the whole sheet, never cut off (German texts are longer)
        d.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        d.setResizable(true);
        d.show();
    }
}
