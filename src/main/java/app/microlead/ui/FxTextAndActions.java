package app.microlead.ui;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;

/**
 * A wrapping text with its buttons: the buttons on the text's right while the text keeps room to be read
 * beside them ({@code minTextEm} ems of its font), under the text when it would not (a narrow window, large
 * text, longer German labels). Never wider than it is given, so a card that holds it never scrolls sideways.
 */
public final class FxTextAndActions extends Pane {

    private static final double GAP = 12;

    private final Label text;
    private final FlowPane actions;
    private final double minTextEm;

    public FxTextAndActions(Label text, double minTextEm, Node... actions) {
        this.text = text;
        this.minTextEm = minTextEm;
        this.actions = FxLayouts.buttonRow(actions);
        text.setWrapText(true);
        getChildren().setAll(text, this.actions);
    }

    /** Whether the buttons stand beside the text at this width (else under it). */
    public boolean sideBySide(double width) {
        return textWidthBeside(width) >= minTextEm * text.getFont().getSize();
    }

    private double textWidthBeside(double width) {
        return width - snappedLeftInset() - snappedRightInset() - actionsInARow() - GAP;
    }

    /** The shown buttons' width side by side, snapped as the flow pane snaps them (its own width wraps early). */
    private double actionsInARow() {
        double w = actions.snappedLeftInset() + actions.snappedRightInset();
        int shown = 0;
        for (Node n : actions.getChildren()) {
            if (n.isManaged()) {
                w += snapSizeX(n.prefWidth(-1));
                shown++;
            }
        }
        return Math.ceil(w + snapSpaceX(actions.getHgap()) * Math.max(0, shown - 1));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset()
                + Math.max(Math.min(text.prefWidth(-1), minTextEm * text.getFont().getSize()), actions.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + text.prefWidth(-1) + GAP + actionsInARow();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width); // squeezed, the text and the buttons would overlap
    }

    @Override
    protected double computePrefHeight(double width) {
        double h;
        if (width < 0 || sideBySide(width)) {
            double textWidth = width < 0 ? text.prefWidth(-1) : textWidthBeside(width);
            h = Math.max(text.prefHeight(textWidth), actions.prefHeight(actionsInARow()));
        } else {
            double inner = width - snappedLeftInset() - snappedRightInset();
            h = text.prefHeight(inner) + GAP + actions.prefHeight(inner);
        }
        return snappedTopInset() + snappedBottomInset() + h;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        if (sideBySide(getWidth())) {
            double aw = actionsInARow();
            double tw = w - aw - GAP;
            layoutInArea(text, x, y, tw, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(actions, x + tw + GAP, y, aw, h, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double th = text.prefHeight(w);
            layoutInArea(text, x, y, w, th, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(actions, x, y + th + GAP, w, h - th - GAP, 0, HPos.LEFT, VPos.TOP);
        }
    }
}
