package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.shell.FxLazyTooltip;
import java.time.LocalDate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Today view's micro-actions: Done / Skipped for the day shown, with a short note. */
public final class DayCheckInsView {

    private final DayCheckInsViewModel vm;
    private final VBox list = new VBox(8);
    private final VBox root;

    public DayCheckInsView(DayCheckInsViewModel vm, Runnable openHabits) {
        this.vm = vm;
        Label title = new Label(t("habits.today.title"));
        title.getStyleClass().add("section-title");
        Label message = new Label();
        message.getStyleClass().add("text-error");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        root = new VBox(10, title, list, message);
        root.getStyleClass().add("card");
        root.setId("today-habits");
        vm.rows().addListener((ListChangeListener<HabitRow>) c -> rebuild(openHabits));
        rebuild(openHabits);
    }

    public Node node() {
        return root;
    }

    private void rebuild(Runnable openHabits) {
        list.getChildren().clear();
        LocalDate day = vm.dayProperty().get();
        if (vm.rows().isEmpty()) {
            Label none = new Label(t("habits.today.none"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            none.setOnMouseClicked(e -> openHabits.run());
            list.getChildren().add(none);
            return;
        }
        for (HabitRow row : vm.rows()) {
            long id = row.habit().id();
            CheckIn.State st = day == null ? null : row.stateOn(day);
            Label name = new Label(row.habit().name());
            name.getStyleClass().addAll("habit-name", "checkin-name");
            name.setWrapText(true);
            FxLazyTooltip.install(name, () -> row.habit().description());
            ToggleButton done = new ToggleButton(t("habits.today.done"), new FontIcon("fth-check"));
            done.setId("today-habit-" + id + "-done");
            done.setSelected(st == CheckIn.State.DONE);
            done.getStyleClass().add("check-done");
            done.setOnAction(e -> vm.set(row, done.isSelected() ? CheckIn.State.DONE : null));
            ToggleButton skip = new ToggleButton(t("habits.today.skip"), new FontIcon("fth-minus"));
            skip.setId("today-habit-" + id + "-skip");
            skip.setSelected(st == CheckIn.State.SKIPPED);
            FxLazyTooltip.install(skip, () -> t("habits.today.skip.tooltip"));
            skip.setOnAction(e -> vm.set(row, skip.isSelected() ? CheckIn.State.SKIPPED : null));
            TextField note = new TextField(day == null ? "" : row.noteOn(day));
            note.setId("today-habit-" + id + "-note");
            note.setPromptText(t("habits.today.note.prompt"));
            HBox.setHgrow(note, Priority.ALWAYS);
            note.setOnAction(e -> vm.note(row, note.getText()));
            note.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    vm.note(row, note.getText());
                }
            });
            Label streak = new Label(row.stats().current().describe());
            streak.getStyleClass().addAll("text-muted", "text-small");
            streak.setMinWidth(60);
            done.setMinWidth(Region.USE_PREF_SIZE);
            skip.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(8, name, done, skip, note, streak);
            line.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(line);
        }
    }
}
