package app.microlead.ui;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A text area that grows with its text instead of scrolling inside a scrolling page: it is as tall as
 * its wrapped text (at least {@code minRows} lines), its own scroll bars never show, and while the
 * user types the page's scroll pane follows the caret. The height comes from the text's own layout
 * (no second measurement of the whole text per keystroke), so typing in a long day stays fast.
 */
public final class FxGrowingText {

    /** Room kept above and below the caret when the page scrolls to it. */
    private static final double CARET_MARGIN = 48;

    private FxGrowingText() {
    }

    public static void install(TextArea area, int minRows) {
        area.setPrefRowCount(minRows);
        area.skinProperty().addListener((o, a, s) -> Platform.runLater(() -> attach(area, minRows)));
        if (area.getSkin() != null) {
            attach(area, minRows);
        }
        area.caretPositionProperty().addListener((o, a, b) -> {
            if (area.isFocused()) {
                Platform.runLater(() -> revealCaret(area));
            }
        });
    }

    private static void attach(TextArea area, int minRows) {
        if (!(area.lookup(".scroll-pane") instanceof ScrollPane inner) || !(inner.getContent() instanceof Region content)) {
            return;
        }
        inner.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        inner.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The skin's own minimum width of its content is the narrower of one character and the whole text
        // laid out on one line: a full layout of the text on every keystroke only to learn "one character".
        // A wrapping area's content is as wide as its viewport anyway, so say so and skip that layout.
        content.setMinWidth(0);
        Group paragraphs = content.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Group g && !g.getChildren().isEmpty() && g.getChildren().get(0) instanceof Text)
                .map(Group.class::cast).findFirst().orElse(null);
        if (paragraphs == null) {
            return;
        }
        Runnable fit = () -> {
            double line = lineHeight(area);
            double chrome = content.snappedTopInset() + content.snappedBottomInset() + inner.snappedTopInset()
                    + inner.snappedBottomInset() + area.snappedTopInset() + area.snappedBottomInset();
            double textHeight = Math.max(paragraphs.getLayoutBounds().getHeight(), line);
            area.setPrefHeight(Math.ceil(Math.max(minRows * line, textHeight) + chrome));
        };
        paragraphs.layoutBoundsProperty().addListener((o, a, b) -> fit.run());
        area.fontProperty().addListener((o, a, b) -> fit.run());
        fit.run();
    }

    private static double lineHeight(TextArea area) {
        Text probe = new Text("Xg");
        probe.setFont(area.getFont());
        return probe.getLayoutBounds().getHeight();
    }

    /** Scrolls the page (the nearest scroll pane around the area) so that the caret's line is in view. */
    private static void revealCaret(TextArea area) {
        if (!(area.getSkin() instanceof TextAreaSkin skin) || area.getScene() == null) {
            return;
        }
        ScrollPane page = null;
        for (Node p = area.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                page = sp;
                break;
            }
        }
        if (page == null || page.getContent() == null) {
            return;
        }
        int length = area.getLength();
        int index = Math.min(area.getCaretPosition(), Math.max(0, length - 1));
        Rectangle2D r = length == 0 ? new Rectangle2D(0, 0, 1, lineHeight(area)) : skin.getCharacterBounds(index);
        Point2D inContent = page.getContent().sceneToLocal(area.localToScene(r.getMinX(), r.getMinY()));
        if (inContent == null) {
            return;
        }
        double contentH = page.getContent().getBoundsInLocal().getHeight();
        double viewH = page.getViewportBounds().getHeight();
        if (contentH <= viewH) {
            return;
        }
        double top = page.getVvalue() * (contentH - viewH);
        double caretTop = inContent.getY();
        double caretBottom = caretTop + r.getHeight();
        double target = top;
        if (caretBottom + CARET_MARGIN > top + viewH) {
            target = caretBottom + CARET_MARGIN - viewH;
        } else if (caretTop - CARET_MARGIN < top) {
            target = caretTop - CARET_MARGIN;
        }
        if (target != top) {
            page.setVvalue(Math.max(0, Math.min(1, target / (contentH - viewH))));
        }
    }
}
