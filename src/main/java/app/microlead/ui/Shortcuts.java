package app.microlead.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * The window's keyboard shortcuts in one place: every accelerator is installed through here, under a
 * line of the shortcuts sheet (F1), so the sheet lists what the keys do and a key cannot be bound
 * without its line. A page's shortcut works only while that page is the one shown.
 */
public final class Shortcuts {

    /** One line of the sheet: the keys as a person reads them, and what they do. */
    public record Line(String keys, String action) {
    }

    private final Scene scene;
    private final Map<String, Line> lines = new LinkedHashMap<>();

    public Shortcuts(Scene scene) {
        this.scene = scene;
    }

    /**
     * Adds the line {@code id} to the sheet (in the order lines are added). Keys that a control handles
     * itself (Space in the habit grid, Tab) only get a line.
     */
    public void line(String id, String keys, String action) {
        lines.put(id, new Line(keys, action));
    }

    /** A shortcut that works wherever the focus is in the window. */
    public void global(String line, KeyCombination keys, Runnable action) {
        scene.getAccelerators().put(keys, checked(line, action));
    }

    /** A shortcut of one page: it does nothing while another page is shown (hidden pages stay in the scene). */
    public void whileShowing(String line, Node page, KeyCombination keys, Runnable action) {
        Runnable run = checked(line, action);
        scene.getAccelerators().put(keys, () -> {
            if (showing(page)) {
                run.run();
            }
        });
    }

    /** The sheet's lines, in order. */
    public List<Line> lines() {
        return Collections.unmodifiableList(new ArrayList<>(lines.values()));
    }

    public Scene scene() {
        return scene;
    }

    private Runnable checked(String line, Runnable action) {
        if (!lines.containsKey(line)) {
            throw new IllegalArgumentException("A shortcut needs its line on the shortcuts sheet: " + line);
        }
        return action;
    }

    /** Whether {@code node} is in this scene and it and all its parents are visible. */
    static boolean showing(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
