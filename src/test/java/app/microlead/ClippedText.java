package app.microlead;

import app.microlead.ui.FxLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Finds texts that JavaFX cut off: a {@link Labeled} (label, button, check box, cell…) whose skin
 * shows less than its text, with the ellipsis in place of the rest. The skin draws the text with a
 * {@link Text} child of the labeled ({@code LabeledText}), whose text is what the user sees.
 */
public final class ClippedText {

    private ClippedText() {
    }

    /** Every cut-off text in the showing windows (the main window, dialogs and popups), described for a report. */
    public static List<String> inShowingWindows(String where) {
        List<String> found = new ArrayList<>();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                Parent root = w.getScene().getRoot();
                double width = w.getScene().getWidth();
                if (root.minHeight(width) > w.getScene().getHeight() + 1) {
                    found.add(where + ": the window's content needs " + Math.round(root.minHeight(width)) + " px of height,"
                            + " the window has " + Math.round(w.getScene().getHeight()) + ": its bottom is cut off (tallest"
                            + " minimum: " + tallest(root) + ")");
                }
                walk(root, where, found);
            }
        }
        return found;
    }

    private static void walk(Node n, String where, List<String> found) {
        if (!n.isVisible()) {
            return;
        }
        if (n.getStyleClass().contains(FxLabels.EXCERPT)) {
            return; // cut on purpose, with the labels its skin is made of (a menu button's text)
        }
        if (n instanceof Labeled l) {
            shown(l).filter(shown -> isCut(l, shown)).ifPresent(shown -> found.add(where + ": "
                    + describe(l) + " '" + l.getText() + "' shows '" + shown + "' (" + Math.round(l.getWidth()) + "×"
                    + Math.round(l.getHeight()) + " px)"));
        }
        if (n instanceof DatePicker picker && picker.getValue() != null && wider(picker.getEditor(),
                picker.getEditor().getText())) {
            found.add(where + ": " + describe(picker) + " shows '" + picker.getEditor().getText() + "' in a field of "
                    + Math.round(picker.getEditor().getWidth()) + " px: the day is cut off");
        }
        if (n instanceof TextField field && placeholderCut(field)) {
            found.add(where + ": " + describe(field) + "'s placeholder '" + field.getPromptText() + "' is wider than the"
                    + " field (" + Math.round(field.getWidth()) + " px): it is cut off mid-letter");
        }
        if (n instanceof ScrollPane page && page.isFitToWidth() && page.getContent() != null
                && page.getContent().getLayoutBounds().getWidth() > page.getViewportBounds().getWidth() + 1) {
            found.add(where + ": " + describe(page) + " is " + Math.round(page.getContent().getLayoutBounds().getWidth())
                    + " px wide in a " + Math.round(page.getViewportBounds().getWidth()) + " px view: its right side is cut"
                    + " off (widest minimum: " + widest(page.getContent()) + ")");
        }
        if (n instanceof IndexedCell<?> cell && overflows(cell)) {
            found.add(where + ": " + describe(cell) + " row " + cell.getIndex() + " is drawn taller than the row ("
                    + Math.round(((Region) cell.getGraphic()).prefHeight(cell.getGraphic().getLayoutBounds().getWidth()))
                    + " px in " + Math.round(cell.getHeight()) + " px): it overlaps the next one");
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, where, found);
            }
        }
    }

    /** Whether an empty field shows a placeholder too wide for it (the field clips it, with no "…"). */
    static boolean placeholderCut(TextField field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isEmpty() || (field.getText() != null && !field.getText().isEmpty())
                || field.getWidth() <= 0) {
            return false;
        }
        return wider(field, prompt);
    }

    /** Whether {@code text} in the field's font is wider than the room inside the field. */
    private static boolean wider(TextField field, String text) {
        if (field.getWidth() <= 0) {
            return false;
        }
        Text probe = new Text(text);
        probe.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        return probe.getLayoutBounds().getWidth() > room + 1;
    }

    /** Whether a row's content (a graphic of several lines) needs more height than the row was given. */
    static boolean overflows(IndexedCell<?> cell) {
        if (cell.isEmpty() || !(cell.getGraphic() instanceof Region g) || !g.isVisible() || cell.getHeight() <= 0) {
            return false;
        }
        double width = g.getLayoutBounds().getWidth();
        double room = cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset();
        return width > 0 && g.prefHeight(width) > room + 1.5;
    }

    /** The text the skin draws for the labeled, if it draws one. */
    static Optional<String> shown(Labeled l) {
        // the skin's LabeledText; an icon font glyph (Ikonli's FontIcon) is a Text too
        return l.getChildrenUnmodifiable().stream()
                .filter(c -> c instanceof Text && c.isVisible() && "LabeledText".equals(c.getClass().getSimpleName()))
                .map(c -> ((Text) c).getText()).findFirst();
    }

    static boolean isCut(Labeled l, String shown) {
        String text = l.getText();
        if (text == null || text.isBlank()) {
            return false;
        }
        String ellipsis = l.getEllipsisString();
        if (ellipsis != null && !ellipsis.isEmpty() && shown.contains(ellipsis) && !text.contains(ellipsis)) {
            return true;
        }
        // mnemonic underscores are not drawn; any other loss of characters is a cut
        String expected = l.isMnemonicParsing() ? text.replace("_", "") : text;
        return squash(shown).length() < squash(expected).length();
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** " in #id" of the nearest parent with an id, for a report; empty when none has one. */
    public static String inNearestId(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                return " in #" + p.getId();
            }
        }
        return "";
    }

    /** The deepest node on the path of tallest minimum heights: what holds a window's content taller than it. */
    private static String tallest(Node n) {
        return deepest(n, c -> c.minHeight(-1), r -> r.snappedTopInset() + r.snappedBottomInset());
    }

    /** The deepest node on the path of widest minimum widths: what holds a page wider than its window. */
    private static String widest(Node n) {
        return deepest(n, c -> c.minWidth(-1), r -> r.snappedLeftInset() + r.snappedRightInset());
    }

    /** Follows the child with the largest {@code min} down while it alone explains its parent's; that node, described. */
    private static String deepest(Node n, ToDoubleFunction<Node> min, ToDoubleFunction<Region> insets) {
        Node at = n;
        while (at instanceof Parent p) {
            Node next = null;
            double most = -1;
            for (Node c : p.getChildrenUnmodifiable()) {
                if (c.isManaged() && c.isVisible() && min.applyAsDouble(c) > most) {
                    most = min.applyAsDouble(c);
                    next = c;
                }
            }
            double around = at instanceof Region r ? insets.applyAsDouble(r) : 0;
            if (next == null || most < min.applyAsDouble(at) - around - 1) {
                break;
            }
            at = next;
        }
        return describe(at) + " " + Math.round(min.applyAsDouble(at)) + " px";
    }

    private static String describe(Node n) {
        Set<String> classes = Set.copyOf(n.getStyleClass());
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + " " + classes
                + inNearestId(n);
    }
}
