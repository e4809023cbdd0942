package app.microlead.ui;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Brings a parent's children to a wanted list while touching as few as possible. {@code setAll} takes
 * every child out of the scene and puts it back, and each node put back is styled again: for a list
 * of habit lines growing by a few a frame, that restyled all of them every frame.
 */
public final class FxChildren {

    private FxChildren() {
    }

    /** Removes the children not wanted and inserts the new ones in place; a changed order falls back to setAll. */
    public static void sync(ObservableList<Node> children, List<? extends Node> wanted) {
        if (children.equals(wanted)) {
            return;
        }
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(n -> !keep.contains(n));
        int at = 0;
        for (Node n : wanted) {
            if (at < children.size() && children.get(at) == n) {
                at++;
            } else if (children.contains(n)) {
                children.setAll(wanted); // the order changed
                return;
            } else {
                children.add(at++, n);
            }
        }
    }
}
