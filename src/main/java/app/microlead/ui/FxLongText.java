package app.microlead.ui;

import static app.microlead.common.I18n.t;

import java.util.Collection;
import java.util.function.IntPredicate;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyledDocument;
import org.reactfx.Subscription;

/**
 * A plain-text editor for very long texts (RichTextFX): each paragraph is laid out on its own and only the
 * paragraphs in view are, so a keystroke costs its paragraph, not the whole text (a TextArea shapes all of its
 * text again on every keystroke: about a second for 2 MB). It has a scroll bar of its own and a fixed height,
 * set by the stylesheet in em. Its text follows a {@link StringProperty} both ways ({@link #bind}); an edit the
 * length check refuses changes nothing.
 */
public final class FxLongText extends VirtualizedScrollPane<FxLongText.Area> {

    public static final String STYLE = "long-text";

    private StringProperty bound;
    private Subscription fromArea = Subscription.EMPTY;
    /** How long typing pauses before what was typed is written to the bound property. */
    public static final Duration HAND_OVER_PAUSE = Duration.millis(250);

    /** True while one side is being copied to the other (each change goes one way only). */
    private boolean syncing;
    /** Whether the area holds edits the bound property does not have yet. */
    private boolean stale;
    private final PauseTransition handOverLater = new PauseTransition(HAND_OVER_PAUSE);
    private final ChangeListener<String> fromModel = (o, was, now) -> {
        if (!syncing && bound != null) {
            show(now);
        }
    };

    /** @param acceptLength asked before each edit with the text's length after it; false refuses the edit */
    public FxLongText(IntPredicate acceptLength) {
        super(new Area(acceptLength));
        handOverLater.setOnFinished(e -> handOver());
        getStyleClass().add(STYLE);
        Area area = getContent();
        area.setWrapText(true);
        area.setAccessibleRole(AccessibleRole.TEXT_AREA);
        area.setContextMenu(editMenu(area));
    }

    public Area area() {
        return getContent();
    }

    public boolean isTextFocused() {
        return area().isFocused();
    }

    public void focusText() {
        area().requestFocus();
    }

    public int caret() {
        return area().getCaretPosition();
    }

    /** Moves the caret to {@code at} (at most the end) and scrolls it into view. */
    public void moveCaret(int at) {
        Area area = area();
        area.moveTo(Math.max(0, Math.min(at, area.getLength())));
        area.requestFollowCaret();
    }

    public int length() {
        return area().getLength();
    }

    /**
     * Shows {@code text} (the undo history starts afresh, the caret at the start) and from now on keeps the two
     * the same: a new value set on it (another day) is shown, and the user's edits are written to it once
     * typing pauses for {@link #HAND_OVER_PAUSE} or when {@link #handOver()} asks, not on every keystroke (the
     * text is copied whole each time: 2 MB). {@code edited} is told of each edit at once.
     */
    public void bind(StringProperty text, Runnable edited) {
        unbind();
        bound = text;
        show(text.get());
        text.addListener(fromModel);
        fromArea = area().plainTextChanges().subscribe(c -> {
            if (!syncing && bound != null) {
                stale = true;
                edited.run();
                handOverLater.playFromStart();
            }
        });
    }

    /** Writes what was typed since the last hand-over to the bound property (at once; nothing when nothing was). */
    public void handOver() {
        handOverLater.stop();
        if (stale && bound != null) {
            stale = false;
            syncing = true;
            try {
                bound.set(area().getText());
            } finally {
                syncing = false;
            }
        }
    }

    /** Stops following the property (after handing over what was typed); the text shown stays until {@link #clear}. */
    public void unbind() {
        handOver();
        if (bound != null) {
            bound.removeListener(fromModel);
            bound = null;
        }
        fromArea.unsubscribe();
        fromArea = Subscription.EMPTY;
    }

    /** Empties the editor (while not bound: a hidden editor keeps no copy of a long day). */
    public void clear() {
        if (bound == null) {
            show("");
        }
    }

    private void show(String text) {
        stale = false;
        handOverLater.stop();
        syncing = true;
        try {
            Area area = area();
            area.replaceText(text == null ? "" : text);
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.requestFollowCaret();
        } finally {
            syncing = false;
        }
    }

    /** Cut, copy, paste and select all, as a text field offers them. */
    private static ContextMenu editMenu(Area area) {
        MenuItem cut = new MenuItem(t("common.edit.cut"));
        cut.setOnAction(e -> area.cut());
        MenuItem copy = new MenuItem(t("common.edit.copy"));
        copy.setOnAction(e -> area.copy());
        MenuItem paste = new MenuItem(t("common.edit.paste"));
        paste.setOnAction(e -> area.paste());
        MenuItem all = new MenuItem(t("common.edit.select.all"));
        all.setOnAction(e -> area.selectAll());
        return new ContextMenu(cut, copy, paste, new SeparatorMenuItem(), all);
    }

    /** The text area itself: every edit, typed, pasted or set, passes the length check first. */
    public static final class Area extends StyleClassedTextArea {

        private final IntPredicate acceptLength;

        Area(IntPredicate acceptLength) {
            super(false); // plain text: no styles kept with the text
            this.acceptLength = acceptLength;
        }

        @Override
        public void replace(int start, int end, StyledDocument<Collection<String>, String, Collection<String>> replacement) {
            if (acceptLength.test(getLength() - (end - start) + replacement.length())) {
                super.replace(start, end, replacement);
            }
        }

        @Override
        public void replace(int start, int end, String text, Collection<String> style) {
            if (acceptLength.test(getLength() - (end - start) + text.length())) {
                super.replace(start, end, text, style);
            }
        }
    }
}
