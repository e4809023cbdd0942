package app.microlead.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A list of texts that is part of its page: every line wraps to the list's width and is shown whole, and the
 * list is as tall as its lines, so it has no scroll bar of its own and the page around it scrolls once. Meant
 * for short, read-only lists on a scrolling page (a person's timeline, a few hundred lines at most): every
 * line is a label, laid out like any other, so a row is exactly as tall as its wrapped text. (A virtualized
 * ListView measured its wrapping rows before their style was known, and some came out shorter or taller than
 * their text.)
 */
public final class FxGrowingList<T> extends VBox {

    public static final String STYLE = "growing-list";
    public static final String ROW = "growing-list-row";

    private final ObservableList<T> items;
    private final Function<T, String> text;
    private final String empty;

    /** A list showing {@code items} as {@code text} gives them, or the muted {@code empty} line when there are none. */
    public FxGrowingList(ObservableList<T> items, Function<T, String> text, String empty) {
        this.items = items;
        this.text = text;
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

    /** The texts of the rows as shown, one per item (none while the list is empty). */
    public List<String> shownTexts() {
        List<String> shown = new ArrayList<>();
        if (!items.isEmpty()) {
            getChildren().forEach(n -> shown.add(((Label) n).getText()));
        }
        return shown;
    }

    private void show() {
        if (items.isEmpty()) {
            Label none = FxLabels.muted(empty);
            none.setWrapText(true);
            none.getStyleClass().add(ROW);
            getChildren().setAll(none);
            return;
        }
        List<Label> rows = new ArrayList<>(items.size());
        for (T item : items) {
            Label row = new Label(text.apply(item));
            row.setWrapText(true);
            row.setMaxWidth(Double.MAX_VALUE);
            row.setMinHeight(Region.USE_PREF_SIZE); // never squeezed below its wrapped text
            row.getStyleClass().add(ROW);
            rows.add(row);
        }
        getChildren().setAll(rows);
    }
}
