package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.ui.ChartColors;
import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxLabels;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A year as a calendar grid: one column per week, one row per weekday, each day coloured by its
 * check-in (done, skipped, empty, not scheduled or before the start), the day and its note on hover. The
 * arrows move back through the years. The days are drawn on one canvas ({@link HeatmapDaysChart}) in the colours
 * the stylesheet gives the hidden swatches {@code .heat-cell.<state>}, so the theme still decides them.
 * Keyboard: Tab reaches the map (its description is read), the arrow keys move a day outline (up and down a
 * day, left and right a week; the first press puts it on today), Enter or Space opens the day. A click opens
 * the day and puts the outline on it.
 */
public final class YearHeatmapControl extends VBox {

    /** The style classes of a day, by {@link #stateOf}. */
    private static final String[] STATES = {"future", "done", "skipped", "off", "missed"};

    private final HeatmapDaysChart days = new HeatmapDaysChart();
    /** Never shown: the stylesheet styles them, and the days are drawn in their colours, size and font. */
    private final Region[] swatches = new Region[STATES.length];
    private final Label textProbe = new Label();
    private final Label yearLabel = FxLabels.heading("");
    private final Consumer<LocalDate> onPick;
    private HabitRow row;
    private int year;
    private LocalDate today;
    /** The day under the pointer (its tooltip), and the day the keyboard outline is on; null when none. */
    private LocalDate hovered;
    private LocalDate keyDay;
    private DoubleConsumer onKeyboardDay = x -> { };
    private Tooltip tip;
    private String yearDescription;
    private final DateTimeFormatter full = HabitDetailView.format("habits.format.day");

    public YearHeatmapControl(Consumer<LocalDate> onPick) {
        super(6);
        this.onPick = onPick;
        getStyleClass().add("heatmap");
        setId("habit-heatmap");
        Button prev = new Button(null, new FontIcon("fth-chevron-left"));
        prev.setId("habit-heatmap-prev-year");
        prev.getStyleClass().addAll("flat", "small");
        FxAccessible.name(prev, t("habits.heatmap.previous"));
        prev.setOnAction(e -> show(row, year - 1, today));
        Button next = new Button(null, new FontIcon("fth-chevron-right"));
        next.setId("habit-heatmap-next-year");
        next.getStyleClass().addAll("flat", "small");
        FxAccessible.name(next, t("habits.heatmap.next"));
        next.setOnAction(e -> show(row, year + 1, today));
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> today != null && year >= today.getYear(), yearLabel.textProperty()));
        yearLabel.setId("habit-heatmap-year");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(4, yearLabel, spacer, legend(), prev, next);
        head.setAlignment(Pos.CENTER_LEFT);
        days.setId("habit-heatmap-days");
        getChildren().addAll(head, days);

        ChangeListener<Object> restyled = (o, was, now) -> repaint();
        for (int i = 0; i < STATES.length; i++) {
            swatches[i] = hidden(new Region());
            swatches[i].getStyleClass().addAll("heat-cell", STATES[i]);
            swatches[i].backgroundProperty().addListener(restyled);
            swatches[i].prefWidthProperty().addListener(restyled);
        }
        textProbe.getStyleClass().addAll("text-muted", "text-small");
        textProbe.fontProperty().addListener(restyled);
        textProbe.textFillProperty().addListener(restyled);
        getChildren().addAll(swatches);
        getChildren().add(hidden(textProbe));

        days.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (tip == null) { // made when first needed: a tooltip is a window of its own
                tip = new Tooltip();
                tip.setOnShowing(shown -> tip.setText(tooltipText()));
                Tooltip.install(days, tip);
            }
            hover(days.dayAt(e.getX(), e.getY()).orElse(null));
        });
        days.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(days.dayAt(e.getX(), e.getY()).orElse(null)));
        days.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hovered = null);
        days.setOnMouseClicked(e -> days.dayAt(e.getX(), e.getY()).ifPresent(day -> {
            requestFocus(); // the arrow keys go on from the day clicked
            moveKeyDay(day);
            pick(day);
        }));
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                moveKeyDay(null);
            }
        });
    }

    private static <T extends Region> T hidden(T node) {
        node.setManaged(false);
        node.setVisible(false);
        return node;
    }

    private HBox legend() {
        HBox box = new HBox(4);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setFillHeight(false);
        for (String[] l : new String[][] {{"done", t("habits.state.done")}, {"skipped", t("habits.state.skipped")},
                {"missed", t("habits.legend.empty")}}) {
            Region r = new Region();
            r.getStyleClass().addAll("heat-cell", l[0]);
            r.setMaxSize(10, 10);
            Label t = new Label(l[1]);
            t.getStyleClass().addAll("text-muted", "text-small");
            box.getChildren().addAll(r, t);
        }
        return box;
    }

    public void show(HabitRow habitRow, int showYear, LocalDate todayDate) {
        this.row = habitRow;
        this.year = showYear;
        this.today = todayDate;
        yearLabel.setText(String.valueOf(showYear));
        if (keyDay != null && keyDay.getYear() != showYear) {
            keyDay = null;
        }
        if (habitRow == null) {
            days.show(0, new int[0]);
            yearDescription = null;
            setAccessibleText(null);
            repaint();
            return;
        }
        int[] counts = new int[STATES.length];
        Habit h = habitRow.habit();
        LocalDate first = LocalDate.of(showYear, 1, 1);
        int[] states = new int[first.lengthOfYear()];
        for (int i = 0; i < states.length; i++) {
            LocalDate d = first.plusDays(i);
            states[i] = stateOf(h, habitRow.stateOn(d), d);
            counts[states[i]]++;
        }
        days.show(showYear, states);
        repaint();
        yearDescription = t("habits.heatmap.describe", h.name(), String.valueOf(showYear), counts[1], counts[2],
                counts[4]);
        setAccessibleText(keyDay == null ? yearDescription : describe(keyDay));
        setFocusTraversable(true); // a Tab stop, so keyboard and screen-reader users reach the description
        if (!getStyleClass().contains("described-chart")) {
            getStyleClass().add("described-chart");
        }
        refreshTip();
    }

    /** The state a day is drawn with: done, skipped, missed, off or future (null: not a day of the year shown). */
    String stateShown(LocalDate day) {
        int s = days.stateOn(day);
        return s < 0 ? null : STATES[s];
    }

    /** Where the day's cell is, in this control's coordinates (tests point at it). */
    Point2D cellCentre(LocalDate day) {
        return days.localToParent(days.centreX(day), days.centreY(day));
    }

    /** What the tooltip says now: the day under the pointer, or the year when between days. */
    String tooltipText() {
        return hovered == null ? (yearDescription == null ? "" : yearDescription) : describe(hovered);
    }

    /** The day the keyboard outline is on (null: none). */
    LocalDate keyboardDay() {
        return keyDay;
    }

    private void hover(LocalDate day) {
        if (Objects.equals(day, hovered)) {
            return;
        }
        hovered = day;
        refreshTip();
    }

    /** A tooltip on screen follows what it describes (another day under the pointer, a day marked). */
    private void refreshTip() {
        if (tip != null && tip.isShowing()) {
            tip.setText(tooltipText());
        }
    }

    private void pick(LocalDate day) {
        if (today != null && !day.isAfter(today)) {
            onPick.accept(day);
        }
    }

    private void key(KeyEvent e) {
        if (row == null || e.getTarget() != this) {
            return;
        }
        KeyCode code = e.getCode();
        if ((code == KeyCode.ENTER || code == KeyCode.SPACE) && keyDay != null) {
            pick(keyDay);
            e.consume();
            return;
        }
        int step = switch (code) {
            case UP -> -1;
            case DOWN -> 1;
            case LEFT -> -7;
            case RIGHT -> 7;
            default -> 0;
        };
        if (step == 0) {
            return;
        }
        LocalDate from = keyDay != null ? keyDay
                : today != null && today.getYear() == year ? today : LocalDate.of(year, 12, 31);
        LocalDate to = keyDay == null ? from : from.plusDays(step);
        if (to.getYear() == year) {
            moveKeyDay(to);
        }
        e.consume();
    }

    private void moveKeyDay(LocalDate day) {
        keyDay = day;
        if (row != null) {
            setAccessibleText(day == null ? yearDescription : describe(day));
        }
        repaint();
        if (day != null) {
            xOf(day).ifPresent(onKeyboardDay);
        }
    }

    /** The centre of the day's cell across this control (its x); empty when the map does not show the day's year. */
    public OptionalDouble xOf(LocalDate day) {
        if (day.getYear() != year || row == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(cellCentre(day).getX());
    }

    /**
     * Told where the keyboard outline's day is (its centre's x, in this control's coordinates) each time it moves:
     * where the map scrolls, the day is kept in view.
     */
    public void onKeyboardDay(DoubleConsumer whereX) {
        onKeyboardDay = whereX;
    }

    /** Draws the days in the colours, cell size and font the stylesheet gives the hidden swatches. */
    private void repaint() {
        days.focus(keyDay);
        Region any = swatches[STATES.length - 1];
        double cell = any.getPrefWidth() > 0 ? any.getPrefWidth() : 10;
        double radius = 2;
        Background b = any.getBackground();
        if (b != null && !b.getFills().isEmpty()) {
            radius = b.getFills().get(0).getRadii().getTopLeftHorizontalRadius();
        }
        days.paint(this::fill, cell, radius, textProbe.getFont(), textProbe.getTextFill(), ChartColors.ACCENT);
    }

    private Paint fill(int state) {
        Background b = swatches[state].getBackground();
        return b == null || b.getFills().isEmpty() ? Color.TRANSPARENT : b.getFills().get(0).getFill();
    }

    /** A day's index in {@link #STATES}. */
    private int stateOf(Habit h, CheckIn.State st, LocalDate d) {
        if (d.isAfter(today)) {
            return 0;
        }
        if (st == CheckIn.State.DONE) {
            return 1;
        }
        if (st == CheckIn.State.SKIPPED) {
            return 2;
        }
        if (d.isBefore(h.startDate()) || !h.schedule().isScheduledOn(d.getDayOfWeek())) {
            return 3;
        }
        return 4;
    }

    /** What a day's tooltip says: the date, its state and note, read when it shows. */
    private String describe(LocalDate d) {
        if (row == null || d.isAfter(today)) {
            return full.format(d);
        }
        Habit h = row.habit();
        CheckIn.State st = row.stateOn(d);
        String what = switch (stateOf(h, st, d)) {
            case 1 -> t("habits.state.done");
            case 2 -> t("habits.state.skipped.long");
            case 3 -> t(d.isBefore(h.startDate()) ? "habits.state.before.start" : "habits.state.not.scheduled");
            default -> t("habits.state.empty");
        };
        String note = row.noteOn(d);
        return full.format(d) + ": " + what + (note.isEmpty() ? "" : "\n" + note);
    }
}
