package app.microlead.ui;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * A list of texts that is part of its page: every line wraps to the list's width instead of being cut,
 * and the list is as tall as its lines, so it needs no scroll bar of its own and the page around it
 * scrolls once. Meant for short lists on a scrolling page (a person's timeline), not for long ones:
 * every line becomes a cell.
 */
public final class FxGrowingList {

    /** The height of an empty list: its placeholder's line. */
    private static final double EMPTY_HEIGHT = 80;

    private FxGrowingList() {
    }

    public static <T> void install(ListView<T> list, Function<T, String> text) {
        list.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // as wide as the list, not as the text: the text wraps
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setMaxHeight(Region.USE_PREF_SIZE);
        InvalidationListener refit = o -> fit(list, text);
        list.itemsProperty().addListener(refit);
        list.getItems().addListener(refit);
        list.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(refit);
            }
            if (now != null) {
                now.addListener(refit);
            }
        });
        list.widthProperty().addListener(refit);
        list.skinProperty().addListener(refit);
    }

    /** Sets the list's height to the sum of its wrapped lines, measured with a shown cell's font and padding. */
    private static <T> void fit(ListView<T> list, Function<T, String> text) {
        if (list.getItems() == null || list.getItems().isEmpty()) {
            list.setPrefHeight(EMPTY_HEIGHT); // room for the placeholder
            return;
        }
        if (!(list.lookup(".list-cell") instanceof ListCell<?> sample) || list.getWidth() <= 0) {
            // no cell shown yet (first show, or the list was empty): measure once one is
            list.setPrefHeight(Math.max(list.getPrefHeight(), EMPTY_HEIGHT));
            FxPulses.afterNextPulse(list, () -> {
                if (list.lookup(".list-cell") != null && list.getWidth() > 0) {
                    fit(list, text);
                }
            });
            return;
        }
        Insets label = sample.getLabelPadding();
        double cellChrome = sample.snappedTopInset() + sample.snappedBottomInset() + label.getTop() + label.getBottom();
        double wrap = list.getWidth() - list.snappedLeftInset() - list.snappedRightInset() - sample.snappedLeftInset()
                - sample.snappedRightInset() - label.getLeft() - label.getRight();
        Text probe = new Text();
        probe.setFont(sample.getFont());
        probe.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER); // as a Labeled measures its text
        probe.setLineSpacing(sample.getLineSpacing());
        probe.setWrappingWidth(Math.max(1, wrap));
        double height = list.snappedTopInset() + list.snappedBottomInset();
        for (T item : list.getItems()) {
            probe.setText(text.apply(item));
            height += Math.max(Math.ceil(probe.getLayoutBounds().getHeight()) + cellChrome, sample.minHeight(-1));
        }
        double wanted = Math.ceil(height) + 1;
        list.setPrefHeight(wanted);
        FxPulses.afterNextPulse(list, () -> correct(list, 3));
    }

    /**
     * Where the measurement fell short (the list shows its own scroll bar), grows the list by what its laid-out
     * cells really take, a few times at most.
     */
    private static void correct(ListView<?> list, int attempts) {
        boolean scrolls = list.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.VERTICAL && b.isVisible());
        if (!scrolls || attempts == 0 || list.getItems() == null) {
            return;
        }
        double cells = 0;
        int counted = 0;
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> c && c.isVisible() && !c.isEmpty()) {
                cells += c.getHeight();
                counted++;
            }
        }
        double perRow = counted == 0 ? EMPTY_HEIGHT : cells / counted;
        double wanted = cells + perRow * Math.max(0, list.getItems().size() - counted) + list.snappedTopInset()
                + list.snappedBottomInset() + 1;
        list.setPrefHeight(Math.ceil(Math.max(wanted, list.getPrefHeight() + 1)));
        FxPulses.afterNextPulse(list, () -> correct(list, attempts - 1));
    }
}
