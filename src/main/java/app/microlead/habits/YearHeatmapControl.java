package app.microlead.habits;

import app.microlead.shell.FxLazyTooltip;
import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.function.Consumer;
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
    private final Label yearLabel = new Label();
    private final Consumer<LocalDate> onPick;
    private HabitRow row;
    private int year;
    private LocalDate today;

    public YearHeatmapControl(Consumer<LocalDate> onPick) {
        super(6);
        this.onPick = onPick;
        getStyleClass().add("heatmap");
        setId("habit-heatmap");
        Button prev = new Button(null, new FontIcon("fth-chevron-left"));
        prev.setId("habit-heatmap-prev-year");
        prev.getStyleClass().addAll("flat", "small");
        app.microlead.shell.FxAccessible.name(prev, t("habits.heatmap.previous"));
        prev.setOnAction(e -> show(row, year - 1, today));
        Button next = new Button(null, new FontIcon("fth-chevron-right"));
        next.setId("habit-heatmap-next-year");
        next.getStyleClass().addAll("flat", "small");
        app.microlead.shell.FxAccessible.name(next, t("habits.heatmap.next"));
        next.setOnAction(e -> show(row, year + 1, today));
        next.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> today != null && year >= today.getYear(), yearLabel.textProperty()));
        yearLabel.setId("habit-heatmap-year");
        yearLabel.getStyleClass().add("section-title");
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
        grid.getChildren().clear();
        if (habitRow == null) {
            setAccessibleText(null);
            return;
        }
        int[] counts = new int[3]; // done, skipped, not checked
        for (int r = 0; r < 7; r++) {
            Label wd = new Label(r % 2 == 0 ? DayOfWeek.of(r + 1).getDisplayName(TextStyle.SHORT_STANDALONE, I18n.locale()) : "");
            wd.getStyleClass().addAll("text-muted", "text-small");
            wd.setMinWidth(28);
            grid.add(wd, 0, r + 1);
        }
        DateTimeFormatter full = HabitDetailView.format("habits.format.day");
        LocalDate first = LocalDate.of(showYear, 1, 1);
        LocalDate gridStart = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        Habit h = habitRow.habit();
        int lastMonth = -1;
        for (LocalDate d = gridStart; d.getYear() <= showYear; d = d.plusDays(1)) {
            int col = (int) ((d.toEpochDay() - gridStart.toEpochDay()) / 7) + 1;
            int r = d.getDayOfWeek().getValue();
            if (d.getYear() != showYear) {
                continue;
            }
            if (d.getDayOfMonth() <= 7 && d.getDayOfWeek() == DayOfWeek.MONDAY || d.equals(first)) {
                if (d.getMonthValue() != lastMonth) {
                    Label m = new Label(d.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, I18n.locale()));
                    m.getStyleClass().addAll("text-muted", "text-small");
                    m.setMinWidth(0);
                    grid.add(m, col, 0, 4, 1);
                    lastMonth = d.getMonthValue();
                }
            }
            Region cell = new Region();
            cell.setId("heat-" + d);
            cell.getStyleClass().add("heat-cell");
            CheckIn.State st = habitRow.stateOn(d);
            String what;
            if (d.isAfter(todayDate)) {
                cell.getStyleClass().add("future");
                what = "";
            } else if (st == CheckIn.State.DONE) {
                cell.getStyleClass().add("done");
                what = t("habits.state.done");
                counts[0]++;
            } else if (st == CheckIn.State.SKIPPED) {
                cell.getStyleClass().add("skipped");
                what = t("habits.state.skipped.long");
                counts[1]++;
            } else if (d.isBefore(h.startDate()) || !h.schedule().isScheduledOn(d.getDayOfWeek())) {
                cell.getStyleClass().add("off");
                what = t(d.isBefore(h.startDate()) ? "habits.state.before.start" : "habits.state.not.scheduled");
            } else {
                cell.getStyleClass().add("missed");
                what = t("habits.state.empty");
                counts[2]++;
            }
            if (!what.isEmpty()) {
                String note = habitRow.noteOn(d);
                LocalDate day = d;
                String state = what;
                FxLazyTooltip.install(cell, () -> full.format(day) + ": " + state + (note.isEmpty() ? "" : "\n" + note));
                cell.setOnMouseClicked(e -> onPick.accept(day));
            }
            grid.add(cell, col, r);
        }
        setAccessibleText(t("habits.heatmap.describe", h.name(), String.valueOf(showYear), counts[0], counts[1],
                counts[2]));
        setFocusTraversable(true); // a Tab stop, so keyboard and screen-reader users reach the description
        if (!getStyleClass().contains("described-chart")) {
            getStyleClass().add("described-chart");
        }
    }
}
