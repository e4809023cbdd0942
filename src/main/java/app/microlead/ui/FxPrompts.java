package app.microlead.ui;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A text field's placeholder that fits its field. A field draws its placeholder clipped at its edge,
 * mid-letter and without a mark ("Name of someone yo"); here a placeholder too long for the field is cut
 * at a word where it can be, and ends in "…", and the field's tooltip and its help for a screen reader
 * say it whole.
 */
public final class FxPrompts {

    static final String ELLIPSIS = "…";

    private FxPrompts() {
    }

    /** Gives {@code field} the placeholder {@code prompt}, fitted to the field's width whenever it changes. */
    public static <T extends TextField> T prompt(T field, String prompt) {
        Tooltip[] whole = new Tooltip[1];
        InvalidationListener fit = o -> {
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            String shown = field.getWidth() <= 0 ? prompt : fitted(prompt, field.getFont(), room);
            field.setPromptText(shown);
            boolean cut = !shown.equals(prompt);
            if (cut && field.getTooltip() == null) {
                if (whole[0] == null) {
                    whole[0] = new Tooltip(prompt); // made only for a field that cuts its placeholder
                }
                field.setTooltip(whole[0]);
            } else if (!cut && field.getTooltip() != null && field.getTooltip() == whole[0]) {
                field.setTooltip(null);
            }
            field.setAccessibleHelp(cut ? prompt : null);
        };
        field.widthProperty().addListener(fit);
        field.fontProperty().addListener(fit);
        fit.invalidated(null);
        return field;
    }

    /**
     * {@code prompt} as it fits in {@code room} pixels in {@code font}: whole, or its longest beginning
     * that fits with "…" after it, ending at a word when that keeps at least half of what fits.
     */
    static String fitted(String prompt, Font font, double room) {
        if (width(prompt, font) <= room) {
            return prompt;
        }
        String body = prompt.endsWith(ELLIPSIS) ? prompt.substring(0, prompt.length() - 1) : prompt;
        int lo = 0;
        int hi = body.length();
        while (lo < hi) { // the longest beginning that fits with the ellipsis
            int mid = (lo + hi + 1) / 2;
            if (width(body.substring(0, mid).stripTrailing() + ELLIPSIS, font) <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String start = body.substring(0, lo);
        int space = start.lastIndexOf(' ');
        if (lo < body.length() && body.charAt(lo) != ' ' && space >= lo / 2) {
            start = start.substring(0, space);
        }
        return start.replaceAll("[\\s,;:.]+$", "") + ELLIPSIS;
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
