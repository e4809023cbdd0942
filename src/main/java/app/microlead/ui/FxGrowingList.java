package app.microlead.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A list that is part of its page: every line wraps to the list's width and is shown whole, and the list is
 * as tall as its lines, so it has no scroll bar of its own and the page around it scrolls once (or a scroll
 * pane around it, for a long list in a box). Meant for short lists (a person's timeline, a few hundred lines
 * at most): a text line is a text flow, other rows are whatever node the caller makes; all are laid out like
 * any other node, so a row is exactly as tall as its wrapped text. (A virtualized ListView measured its
 * wrapping rows before their style was known, and some came out shorter or taller than their text.)
 */
public final class FxGrowingList<T> extends VBox {

    public static final String STYLE = "growing-list";
    public static final String ROW = "growing-list-row";
    public static final String ROW_TEXT = "growing-list-text";
    /** Style class of a scroll pane that holds a long list in a box of its own: the box draws the border. */
    public static final String BOXED = "growing-list-box";
    /** How many rows are made in one frame (about a screenful). */
    static final int ROWS_PER_FRAME = 25;
    /** How many rows of the caller's own nodes (controls, which cost more than a line of text) are made in one frame. */
    static final int NODE_ROWS_PER_FRAME = 8;

    private final ObservableList<T> items;
    private final Function<T, ? extends Node> row;
    private final int rowsPerFrame;
    private final String empty;
    /** Counts the item changes, so that rows still being added for older items stop. */
    private int generation;

    /** A list showing {@code items} as {@code text} gives them, or the muted {@code empty} line when there are none. */
    public FxGrowingList(ObservableList<T> items, Function<T, String> text, String empty) {
        this(items, empty, item -> textRow(text.apply(item)), ROWS_PER_FRAME);
    }

    /**
     * A list showing {@code items} as the nodes {@code row} makes (a check box with wrapping text, a line with
     * a button), or the muted {@code empty} line when there are none. Rows are made again when the items change.
     */
    public FxGrowingList(ObservableList<T> items, String empty, Function<T, ? extends Node> row) {
        this(items, empty, row, NODE_ROWS_PER_FRAME);
    }

    /**
     * A list of text rows that {@code row} makes ({@link #textRow}, a link added to some): made a screenful a frame as
     * plain text lines are, not a few as rows of controls.
     */
    public static <T> FxGrowingList<T> ofTextRows(ObservableList<T> items, String empty, Function<T, TextFlow> row) {
        return new FxGrowingList<>(items, empty, row, ROWS_PER_FRAME);
    }

    private FxGrowingList(ObservableList<T> items, String empty, Function<T, ? extends Node> row, int rowsPerFrame) {
        this.items = items;
        this.row = row;
        this.rowsPerFrame = rowsPerFrame;
        this.empty = empty;
        getStyleClass().add(STYLE);
        setMinHeight(Region.USE_PREF_SIZE);
        items.addListener((ListChangeListener<T>) c -> show());
        show();
    }

    /** The items shown, in their order. */
    public ObservableList<T> getItems() {
        return items;
    }

    /**
     * The texts of the rows shown so far, in order (none while the list is empty; all of them a few frames after
     * a change): a text line's text, a labeled row's text.
     */
    public List<String> shownTexts() {
        List<String> shown = new ArrayList<>();
        if (!items.isEmpty()) {
            getChildren().forEach(n -> shown.add(n instanceof Labeled l ? l.getText()
                    : ((Text) ((TextFlow) n).getChildren().get(0)).getText()));
        }
        return shown;
    }

    private void show() {
        generation++;
        if (items.isEmpty()) {
            Label none = FxLabels.muted(empty);
            none.setWrapText(true);
            none.getStyleClass().add(ROW);
            getChildren().setAll(none);
            return;
        }
        getChildren().clear();
        addRows(List.copyOf(items), 0, generation);
    }

    /**
     * A row: a text flow, which keeps its wrapped layout until its width changes (a label measures its wrapped
     * text again on every layout pass of the page, which for two hundred rows cost ~200 ms each time). A caller's
     * row may add a node at its end (a link that flows with the words).
     */
    public static TextFlow textRow(String s) {
        Text t = new Text(s);
        t.getStyleClass().add(ROW_TEXT);
        TextFlow row = new TextFlow(t);
        row.setMinHeight(Region.USE_PREF_SIZE); // never squeezed below its wrapped text
        row.getStyleClass().add(ROW);
        return row;
    }

    /**
     * Adds the rows from {@code from} on, a frame's worth of them now and the rest after the next frame:
     * two hundred wrapping rows at once held the window for ~200 ms; the first screenful now comes at once and
     * the rest below it, a frame at a time.
     */
    private void addRows(List<T> all, int from, int gen) {
        if (gen != generation) {
            return; // other items came meanwhile
        }
        int to = Math.min(all.size(), from + rowsPerFrame);
        List<Node> rows = new ArrayList<>(to - from);
        for (T item : all.subList(from, to)) {
            rows.add(row.apply(item));
        }
        getChildren().addAll(rows);
        if (to < all.size()) {
            FxPulses.afterNextPulse(this, () -> addRows(all, to, gen));
        }
    }
}
