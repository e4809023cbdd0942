package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.Pillar;
import app.microlead.shell.FxLazyTooltip;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Habits grouped by pillar, each with the last seven days as buttons. Keyboard: Tab/arrow keys move
 * between habits and days, Space toggles Done, S toggles Skipped; right-click offers both.
 */
public final class CheckGridControl extends VBox {

    private final HabitsViewModel vm;

    public CheckGridControl(HabitsViewModel vm) {
        super(6);
        this.vm = vm;
        getStyleClass().add("check-grid");
        setId("habits-grid");
        vm.rows().addListener((ListChangeListener<HabitRow>) c -> rebuild());
        vm.selectedProperty().addListener((o, a, b) -> markSelection());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        LocalDate today = vm.today();
        DateTimeFormatter dayFormat = HabitDetailView.format("habits.format.grid.day");
        DateTimeFormatter fullFormat = HabitDetailView.format("habits.format.full.day");
        HBox header = new HBox(4);
        Region nameSpace = new Region();
        nameSpace.getStyleClass().add("habit-names");
        header.getChildren().add(nameSpace);
        for (int k = 6; k >= 0; k--) {
            Label d = new Label(dayFormat.format(today.minusDays(k)));
            d.getStyleClass().addAll("text-muted", "text-small", "day-head");
            d.setAlignment(Pos.CENTER);
            header.getChildren().add(d);
        }
        getChildren().add(header);
        List<Pillar> order = new ArrayList<>(List.of(Pillar.values()));
        order.add(null);
        for (Pillar p : order) {
            List<HabitRow> group = vm.rows().stream().filter(r -> Objects.equals(r.habit().pillar(), p)).toList();
            if (group.isEmpty()) {
                continue;
            }
            Label title = new Label(p == null ? t("habits.own") : p.label());
            title.getStyleClass().add("group-title");
            getChildren().add(title);
            for (HabitRow row : group) {
                getChildren().add(row(row, today, fullFormat));
            }
        }
        markSelection();
    }

    private HBox row(HabitRow row, LocalDate today, DateTimeFormatter full) {
        Habit h = row.habit();
        Label name = new Label(h.archived() ? t("habits.grid.archived", h.name()) : h.name());
        name.getStyleClass().add("habit-name");
        Label sched = new Label(h.schedule().describe());
        sched.getStyleClass().addAll("text-muted", "text-small");
        VBox names = new VBox(0, name, sched);
        names.getStyleClass().add("habit-names");
        HBox line = new HBox(4, names);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("habit-row");
        line.setUserData(row);
        line.setOnMouseClicked(e -> vm.selectedProperty().set(row));
        for (int k = 6; k >= 0; k--) {
            LocalDate day = today.minusDays(k);
            line.getChildren().add(cell(row, day, day.equals(today), full));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label streak = new Label(row.stats().current().describe());
        streak.setId("habit-" + h.id() + "-streak");
        streak.getStyleClass().add("text-small");
        streak.setMinWidth(70);
        FxLazyTooltip.install(streak, () -> t("habits.grid.streak.tooltip", row.stats().best().describe()));
        Label strength = new Label(Math.round(row.stats().strength() * 100) + " %");
        strength.setId("habit-" + h.id() + "-strength");
        strength.getStyleClass().add("strength-value");
        strength.setMinWidth(48);
        FxLazyTooltip.install(strength, HabitMath::strengthExplained);
        line.getChildren().addAll(spacer, streak, strength);
        return line;
    }

    private Button cell(HabitRow row, LocalDate day, boolean isToday, DateTimeFormatter full) {
        CheckIn.State st = row.stateOn(day);
        Button b = new Button();
        b.setId("habit-" + row.habit().id() + "-day-" + day);
        b.getStyleClass().add("check-cell");
        if (isToday) {
            b.getStyleClass().add("today");
        }
        if (st == CheckIn.State.DONE) {
            b.getStyleClass().add("done");
            b.setGraphic(new FontIcon("fth-check"));
        } else if (st == CheckIn.State.SKIPPED) {
            b.getStyleClass().add("skipped");
            b.setGraphic(new FontIcon("fth-minus"));
        }
        String note = row.noteOn(day);
        String state = t(st == null ? "habits.state.empty" : st == CheckIn.State.DONE ? "habits.state.done"
                : "habits.state.skipped.long");
        // tooltip and menu made when first wanted (see FxLazyTooltip)
        FxLazyTooltip.install(b, () -> t("habits.grid.cell.tooltip", row.habit().name(), full.format(day), state)
                + (note.isEmpty() ? "" : "\n" + note) + "\n" + t("habits.grid.cell.keys"));
        b.setAccessibleText(row.habit().name() + ", " + full.format(day) + ", " + state);
        b.setOnAction(e -> {
            vm.selectedProperty().set(row);
            vm.selectedDayProperty().set(day);
            vm.toggleDone(row, day);
        });
        b.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.S) {
                vm.selectedProperty().set(row);
                vm.selectedDayProperty().set(day);
                vm.toggleSkipped(row, day);
                e.consume();
            }
        });
        b.focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                vm.selectedProperty().set(row);
                vm.selectedDayProperty().set(day);
            }
        });
        b.setOnContextMenuRequested(e -> {
            MenuItem done = new MenuItem(t("habits.grid.menu.done"));
            done.setOnAction(a -> vm.toggleDone(row, day));
            MenuItem skip = new MenuItem(t("habits.grid.menu.skipped"));
            skip.setOnAction(a -> vm.toggleSkipped(row, day));
            new ContextMenu(done, skip).show(b, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return b;
    }

    private void markSelection() {
        HabitRow sel = vm.selectedProperty().get();
        getChildren().forEach(n -> {
            if (n.getUserData() instanceof HabitRow r) {
                boolean on = sel != null && r.habit().id() == sel.habit().id();
                n.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), on);
            }
        });
    }

    /** Puts keyboard focus on today's cell of the selected (or first) habit after a reload. */
    public void focusToday() {
        HabitRow sel = vm.selectedProperty().get();
        if (sel == null && !vm.rows().isEmpty()) {
            sel = vm.rows().get(0);
        }
        if (sel != null) {
            var node = lookup("#habit-" + sel.habit().id() + "-day-" + vm.today());
            if (node != null) {
                node.requestFocus();
            }
        }
    }
}
