package app.microlead.journal;

import static app.microlead.common.I18n.t;

import app.microlead.ui.FxLongText;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * Free writing in one of two editors: the text area, which grows with its text, for every ordinary day, and
 * {@link FxLongText} for a day of {@link EntryEditorViewModel#LONG_TEXT_CHARS} characters or more (a long
 * import, a big paste). A text area shapes its whole text again on every keystroke, which made typing in such
 * a day lag by a third of a second and more. The day's text is bound to one editor at a time; switching
 * keeps the caret's place and the keyboard focus, and empties the other editor. Back to the text area only
 * under {@link #SHORT_AGAIN_CHARS}, so that typing around the limit does not switch back and forth.
 */
final class LongDayView {

    static final int SHORT_AGAIN_CHARS = 40_000;

    private final EntryEditorViewModel vm;
    private final TextArea text;
    private final VBox holder = new VBox(6);
    private final ReadOnlyBooleanWrapper longMode = new ReadOnlyBooleanWrapper();
    /** Made the first time a day is long (most users never need its classes loaded). */
    private FxLongText longText;

    LongDayView(EntryEditorViewModel vm, TextArea text) {
        this.vm = vm;
        this.text = text;
        holder.setId("today-long");
        vm.textProperty().addListener((o, was, now) -> follow(now));
        // the long editor hands its text over when typing pauses; a save, a close or another day takes it first
        vm.pullTextWith(() -> {
            if (longMode.get()) {
                longText.handOver();
            }
        });
        if (isLong(vm.textProperty().get())) {
            toLong();
        } else {
            text.textProperty().bindBidirectional(vm.textProperty());
        }
    }

    /** The long day's editor with its note; shown while {@link #longModeProperty()} is true. */
    Node node() {
        return holder;
    }

    ReadOnlyBooleanProperty longModeProperty() {
        return longMode.getReadOnlyProperty();
    }

    // (The long day's editor is only ever called, never handed on as a Node: so its classes, RichTextFX's, are
    // loaded the first time a day is long, not with this class when the app starts.)

    /** Whether the editor the day is written in now has the keyboard focus. */
    boolean isEditorFocused() {
        return longMode.get() ? longText.isTextFocused() : text.isFocused();
    }

    /** Gives the keyboard focus to the editor the day is written in now. */
    void focusEditor() {
        if (longMode.get()) {
            longText.focusText();
        } else {
            text.requestFocus();
        }
    }

    /** Puts the caret at the end of the text, in whichever editor holds it. */
    void caretToEnd() {
        if (longMode.get()) {
            longText.moveCaret(longText.length());
        } else {
            text.positionCaret(text.getLength());
        }
    }

    private static boolean isLong(String s) {
        return s != null && s.length() >= EntryEditorViewModel.LONG_TEXT_CHARS;
    }

    private void follow(String now) {
        if (!longMode.get() && isLong(now)) {
            boolean focused = text.isFocused();
            toLong();
            // after the change that made the day long is through (the text area may be in the middle of it)
            Platform.runLater(() -> {
                if (longMode.get()) {
                    longText.moveCaret(text.getCaretPosition());
                    text.clear(); // unbound: the day keeps its text, the hidden area keeps no copy
                    if (focused) {
                        longText.focusText();
                    }
                }
            });
        } else if (longMode.get() && (now == null || now.length() < SHORT_AGAIN_CHARS)) {
            boolean focused = longText.isTextFocused();
            int caret = longText.caret();
            longText.unbind();
            longMode.set(false);
            text.textProperty().bindBidirectional(vm.textProperty());
            Platform.runLater(() -> {
                if (!longMode.get()) {
                    text.positionCaret(Math.min(caret, text.getLength()));
                    longText.clear();
                    if (focused) {
                        text.requestFocus();
                    }
                }
            });
        }
    }

    private void toLong() {
        if (longText == null) {
            longText = new FxLongText(vm::acceptLength);
            longText.setId("today-long-text");
            longText.area().setId("today-long-area");
            longText.area().setAccessibleText(t("journal.editor.writing"));
            Label hint = new Label(t("journal.editor.long.hint"));
            hint.setId("today-long-hint");
            hint.setWrapText(true);
            hint.getStyleClass().addAll("text-muted", "text-small");
            holder.getChildren().setAll(hint, longText);
        }
        text.textProperty().unbindBidirectional(vm.textProperty());
        longText.bind(vm.textProperty(), vm::textEditedLater);
        longMode.set(true);
    }
}
