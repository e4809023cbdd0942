package app.microlead.habits;

import app.microlead.common.I18n;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Optional;
import java.util.function.IntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * A year's days drawn as one canvas: a column per week, a row per weekday, the months above and every other
 * weekday at the left. One node instead of ~390 (a cell and a label each), which the stylesheet would style
 * and the layout place one by one: the Habits view's first show was ~180 ms longer with them
 * (docs/performance.md). Colours, text and cell size come from the stylesheet through the owner
 * ({@link YearHeatmapControl}); this class only places and paints.
 */
final class HeatmapDaysChart extends Canvas {

    /** The gap between two cells, in pixels. */
    static final double GAP = 2;

    private int year;
    /** Each day's state as an index into the owner's colours, by day of the year (0-based). */
    private int[] states = new int[0];
    private LocalDate focused;
    private double cell = 10;
    private double left;
    private double top;

    /** Shows {@code showYear}, each day in its state: {@code dayStates[dayOfYear - 1]} (painted by {@link #paint}). */
    void show(int showYear, int[] dayStates) {
        year = showYear;
        states = dayStates.clone();
    }

    /** The day with a keyboard outline (null: none). */
    void focus(LocalDate day) {
        focused = day;
    }

    /** The state index the day is drawn with (-1: not a day of the year shown). */
    int stateOn(LocalDate day) {
        return day.getYear() == year && year != 0 ? states[day.getDayOfYear() - 1] : -1;
    }

    /**
     * Sizes the canvas and paints it: {@code fills} gives a state's colour, {@code cellSize} the cell's side,
     * {@code font} and {@code text} the weekday and month names, {@code outline} the keyboard focus.
     */
    void paint(IntFunction<Paint> fills, double cellSize, double radius, Font font, Paint text, Paint outline) {
        cell = cellSize;
        double pitch = cell + GAP;
        left = Math.ceil(font.getSize() * 2.2);
        top = Math.ceil(font.getSize() * 1.5);
        if (year == 0) {
            setWidth(0);
            setHeight(0);
            return;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        int weeks = column(LocalDate.of(year, 12, 31)) + 1;
        setWidth(left + weeks * pitch);
        setHeight(top + 7 * pitch);
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setFont(font);
        g.setFill(text);
        g.setTextBaseline(VPos.TOP);
        for (int r = 0; r < 7; r += 2) {
            g.fillText(DayOfWeek.of(r + 1).getDisplayName(TextStyle.SHORT_STANDALONE, I18n.locale()), 0,
                    top + r * pitch + (cell - font.getSize()) / 2 - 1);
        }
        int lastMonth = -1;
        for (LocalDate d = first; d.getYear() == year; d = d.plusDays(1)) {
            if ((d.getDayOfMonth() <= 7 && d.getDayOfWeek() == DayOfWeek.MONDAY || d.equals(first))
                    && d.getMonthValue() != lastMonth) {
                g.setFill(text);
                g.fillText(d.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, I18n.locale()),
                        left + column(d) * pitch, 0);
                lastMonth = d.getMonthValue();
            }
            Paint fill = fills.apply(states[d.getDayOfYear() - 1]);
            if (fill != null && !Color.TRANSPARENT.equals(fill)) {
                g.setFill(fill);
                g.fillRoundRect(x(d), y(d), cell, cell, 2 * radius, 2 * radius);
            }
        }
        if (focused != null && focused.getYear() == year) {
            g.setStroke(outline);
            g.setLineWidth(1.5);
            g.strokeRoundRect(x(focused) - 1, y(focused) - 1, cell + 2, cell + 2, 2 * radius + 1, 2 * radius + 1);
        }
    }

    /** The day whose cell, or the gap after it, is at the point (in this canvas's coordinates), if there is one. */
    Optional<LocalDate> dayAt(double px, double py) {
        double pitch = cell + GAP;
        if (year == 0 || px < left || py < top) {
            return Optional.empty();
        }
        int col = (int) ((px - left) / pitch);
        int row = (int) ((py - top) / pitch);
        if (row > 6) {
            return Optional.empty();
        }
        LocalDate d = gridStart().plusDays(col * 7L + row);
        return d.getYear() == year ? Optional.of(d) : Optional.empty();
    }

    /** The centre of the day's cell in this canvas's coordinates (for tests and the keyboard outline). */
    double centreX(LocalDate d) {
        return x(d) + cell / 2;
    }

    double centreY(LocalDate d) {
        return y(d) + cell / 2;
    }

    private double x(LocalDate d) {
        return left + column(d) * (cell + GAP);
    }

    private double y(LocalDate d) {
        return top + (d.getDayOfWeek().getValue() - 1) * (cell + GAP);
    }

    private int column(LocalDate d) {
        return (int) ((d.toEpochDay() - gridStart().toEpochDay()) / 7);
    }

    /** The Monday of the week of 1 January. */
    private LocalDate gridStart() {
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.minusDays(first.getDayOfWeek().getValue() - 1L);
    }
}
