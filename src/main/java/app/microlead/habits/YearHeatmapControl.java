package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLazyTooltip;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A year as a calendar grid: one column per week, one row per weekday, each day coloured by its
 * check-in (done, skipped, empty, not scheduled or before the start), the note on hover. The arrows
 * move back through the years.
 */
public final class YearHeatmapControl extends VBox {

    private final GridPane grid = new GridPane();
    private final Label yearLabel = FxLabels.heading("");
    private final Consumer<LocalDate> onPick;
    private HabitRow row;
    private int year;
    private LocalDate today;
    /** The year the grid's cells were made for (0: none), and its cells by day. */
    private int gridYear;
    private final Map<LocalDate, Region> cells = new LinkedHashMap<>();
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
        grid.setHgap(2);
        grid.setVgap(2);
        getChildren().addAll(head, grid);
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
        if (habitRow == null) {
            grid.getChildren().clear();
            cells.clear();
            gridYear = 0;
            setAccessibleText(null);
            return;
        }
        if (gridYear != showYear) {
            makeGrid(showYear);
        }
        // the year's cells are made once and restyled in place (another habit, a day marked)
        int[] counts = new int[3]; // done, skipped, not checked
        Habit h = habitRow.habit();
        cells.forEach((d, cell) -> {
            String state = STATES[stateOf(h, habitRow.stateOn(d), d)];
            if (!cell.getStyleClass().contains(state)) {
                cell.getStyleClass().removeAll(STATES);
                cell.getStyleClass().add(state);
            }
            switch (state) {
                case "done" -> counts[0]++;
                case "skipped" -> counts[1]++;
                case "missed" -> counts[2]++;
                default -> { }
            }
        });
        setAccessibleText(t("habits.heatmap.describe", h.name(), String.valueOf(showYear), counts[0], counts[1],
                counts[2]));
        setFocusTraversable(true); // a Tab stop, so keyboard and screen-reader users reach the description
        if (!getStyleClass().contains("described-chart")) {
            getStyleClass().add("described-chart");
        }
    }

    /** The style classes of a day, by {@link #stateOf}. */
    private static final String[] STATES = {"future", "done", "skipped", "off", "missed"};

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

    /** The weekday and month labels and a cell for each day of the year. */
    private void makeGrid(int showYear) {
        grid.getChildren().clear();
        cells.clear();
        gridYear = showYear;
        for (int r = 0; r < 7; r++) {
            Label wd = new Label(r % 2 == 0 ? DayOfWeek.of(r + 1).getDisplayName(TextStyle.SHORT_STANDALONE, I18n.locale()) : "");
            wd.getStyleClass().addAll("text-muted", "text-small");
            wd.setMinWidth(28);
            grid.add(wd, 0, r + 1);
        }
        LocalDate first = LocalDate.of(showYear, 1, 1);
        LocalDate gridStart = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        int lastMonth = -1;
        for (LocalDate d = first; d.getYear() == showYear; d = d.plusDays(1)) {
            int col = (int) ((d.toEpochDay() - gridStart.toEpochDay()) / 7) + 1;
            if ((d.getDayOfMonth() <= 7 && d.getDayOfWeek() == DayOfWeek.MONDAY || d.equals(first))
                    && d.getMonthValue() != lastMonth) {
                Label m = new Label(d.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, I18n.locale()));
                m.getStyleClass().addAll("text-muted", "text-small");
                m.setMinWidth(0);
                grid.add(m, col, 0, 4, 1);
                lastMonth = d.getMonthValue();
            }
            Region cell = new Region();
            cell.setId("heat-" + d);
            cell.getStyleClass().add("heat-cell");
            LocalDate day = d;
            FxLazyTooltip.install(cell, () -> describe(day));
            cell.setOnMouseClicked(e -> {
                if (!day.isAfter(today)) {
                    onPick.accept(day);
                }
            });
            cells.put(d, cell);
            grid.add(cell, col, d.getDayOfWeek().getValue());
        }
    }
}
