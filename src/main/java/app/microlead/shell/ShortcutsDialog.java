package app.microlead.shell;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → Keyboard shortcuts (F1). */
public final class ShortcutsDialog {

    static final String[][] SHORTCUTS = {
        {"Ctrl+1 … Ctrl+6", "Today, Journal, Habits, Self-assessment, Insights, Settings"},
        {"Ctrl+F", "Search the journal"},
        {"Ctrl+E", "Export a period (PDF, Markdown, JSON, CSV)"},
        {"Ctrl+L", "Lock an encrypted journal"},
        {"F1", "This list"},
        {"Alt+Page Up / Alt+Page Down", "Today: previous / next day"},
        {"Alt+Home", "Today: back to today"},
        {"Tab / Shift+Tab", "Move between controls"},
        {"Space", "Habits: mark the focused day done (again: empty)"},
        {"S", "Habits: mark the focused day skipped — no opportunity"},
        {"Ctrl+N", "Habits: new habit"},
        {"Enter", "Journal: open the selected day or the best search hit"},
        {"Delete", "Journal list: delete the selected day (asks first, can be undone)"},
        {"Esc", "Journal: clear the search · Quiz: pause"},
        {"1 … 5, N", "Quiz: answer (N = no opportunity); 1 … 4 choose a scenario option"},
        {"← / →", "Quiz: previous / next question"},
        {"Ctrl+S", "Weekly review: save"},
        {"Alt+← / Alt+→", "Weekly review: the week before / after"},
    };

    private ShortcutsDialog() {
    }

    public static void show(Window owner) {
        Dialog<Void> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Keyboard shortcuts");
        d.setHeaderText("Everything in Microlead can be reached from the keyboard");
        d.getDialogPane().setId("shortcuts");
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        GridPane g = new GridPane();
        g.setHgap(18);
        g.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("habit-name");
            g.addRow(i, key, new Label(SHORTCUTS[i][1]));
        }
        d.getDialogPane().setContent(g);
        d.show();
    }
}
