package app.microlead.habits;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.common.Pillar;
import app.microlead.ui.FxDates;
import app.microlead.ui.FxDialogService;
import app.microlead.ui.FxKeys;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.Themes;
import app.microlead.ui.FxPrompts;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Add or edit a habit: name, pillar, schedule, why, and an optional if–then plan. */
public final class HabitEditorDialog {

    private HabitEditorDialog() {
    }

    public static Optional<Habit> show(Window owner, HabitFormViewModel form) {
        Dialog<Habit> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(t(form.isEditing() ? "habits.editor.title.edit" : "habits.editor.title.new"));
        dialog.setHeaderText(t(form.isEditing() ? "habits.editor.header.edit" : "habits.editor.header.new"));
        dialog.getDialogPane().setId("habit-editor");
        ButtonType save = new ButtonType(t(form.isEditing() ? "habits.editor.save" : "habits.editor.add"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, FxDialogService.cancel());

        TextField name = new TextField();
        name.setId("habit-form-name");
        FxPrompts.prompt(name, t("habits.editor.name.prompt"));
        name.textProperty().bindBidirectional(form.nameProperty());
        ComboBox<Pillar> pillar = new ComboBox<>();
        pillar.setId("habit-form-pillar");
        pillar.getItems().add(null);
        pillar.getItems().addAll(Pillar.values());
        pillar.setButtonCell(new PillarCell());
        pillar.setCellFactory(l -> new PillarCell());
        pillar.valueProperty().bindBidirectional(form.pillarProperty());

        ComboBox<Schedule.Kind> kind = new ComboBox<>();
        kind.setId("habit-form-schedule");
        kind.getItems().addAll(Schedule.Kind.values());
        kind.setButtonCell(new KindCell());
        kind.setCellFactory(l -> new KindCell());
        kind.valueProperty().bindBidirectional(form.kindProperty());
        Spinner<Integer> times = new Spinner<>(1, 31, form.timesProperty().get());
        times.setId("habit-form-times");
        times.setEditable(true);
        times.setPrefWidth(80);
        times.valueProperty().addListener((o, a, v) -> form.timesProperty().set(v == null ? 0 : v));
        HBox days = new HBox(4);
        for (DayOfWeek d : DayOfWeek.values()) {
            ToggleButton t = new ToggleButton(d.getDisplayName(TextStyle.SHORT_STANDALONE, I18n.locale()));
            t.setMinWidth(Region.USE_PREF_SIZE); // "Mon", never "…"
            t.setId("habit-form-day-" + d.name().substring(0, 3).toLowerCase(Locale.ROOT));
            t.setSelected(form.days().contains(d));
            t.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    form.days().add(d);
                } else {
                    form.days().remove(d);
                }
            });
            form.days().addListener((SetChangeListener<DayOfWeek>) c -> t.setSelected(form.days().contains(d)));
            days.getChildren().add(t);
        }
        times.visibleProperty().bind(form.kindProperty().isEqualTo(Schedule.Kind.PER_WEEK)
                .or(form.kindProperty().isEqualTo(Schedule.Kind.PER_MONTH)));
        times.managedProperty().bind(times.visibleProperty());
        days.visibleProperty().bind(form.kindProperty().isEqualTo(Schedule.Kind.WEEKDAYS));
        days.managedProperty().bind(days.visibleProperty());

        TextArea why = FxKeys.tabMovesFocus(new TextArea());
        why.setId("habit-form-description");
        why.setPrefRowCount(2);
        why.setWrapText(true);
        why.setPromptText(t("habits.editor.why.prompt"));
        why.textProperty().bindBidirectional(form.descriptionProperty());
        TextField plan = new TextField();
        plan.setId("habit-form-plan");
        FxPrompts.prompt(plan, t("habits.editor.plan.prompt"));
        plan.textProperty().bindBidirectional(form.planProperty());
        // the first day it counts: earlier to fill in days kept before it was added here; never a day to come
        DatePicker start = new DatePicker(form.startProperty().get());
        start.setId("habit-form-start");
        start.setConverter(FxDates.converter(HabitDetailView.format("habits.format.short.day"),
                List.of(DateTimeFormatter.ofPattern(t("today.date.typed"), I18n.locale()))));
        FxDates.noDayAfter(start, form::today);
        FxDates.flagUnreadable(start);
        start.getEditor().textProperty().addListener((o, was, now) ->
                form.startUnreadProperty().set(FxDates.unreadable(start, now) ? now : ""));
        start.valueProperty().bindBidirectional(form.startProperty());
        Label error = new Label();
        error.setId("habit-form-error");
        error.getStyleClass().add("text-error");
        error.setWrapText(true);
        // room for two lines from the start: the dialog keeps its size when a longer message comes up
        FxLayouts.sizeInEm(error, "-fx-min-height", 40);
        error.textProperty().bind(form.shownErrorProperty());

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        g.setPadding(new Insets(10, 16, 10, 16)); // the labels under the header's text, not left of it
        g.addRow(0, label("habits.editor.name"), name);
        g.addRow(1, label("habits.editor.pillar"), pillar);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        times.setMinWidth(Region.USE_PREF_SIZE);
        // the weekdays on a line of their own under the schedule, so that neither is cut short
        g.addRow(2, label("habits.editor.how.often"), new VBox(8, new HBox(8, kind, times), days));
        g.addRow(3, label("habits.editor.why"), why);
        g.addRow(4, label("habits.editor.plan"), plan);
        g.addRow(5, label("habits.editor.start"), start);
        g.add(error, 1, 6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().setAll(labels, fields);
        name.setPrefColumnCount(30);
        dialog.getDialogPane().setContent(g);
        dialog.setResizable(true);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(form.errorProperty().isNotEmpty());
        dialog.setOnShown(e -> name.requestFocus());
        // the weekday buttons (or the count) come and go with the schedule: the dialog grows to keep its whole
        // form in view rather than cutting off its bottom
        form.kindProperty().addListener((o, was, now) -> Platform.runLater(() -> {
            Scene scene = dialog.getDialogPane().getScene();
            if (scene != null && scene.getWindow() instanceof Stage s) {
                Themes.fitToContent(s, dialog.getDialogPane());
            }
        }));
        // a day typed but not yet taken by the field counts (a text that is no day keeps the day it had)
        dialog.setResultConverter(b -> b == save && FxDates.readable(start) ? form.result().orElse(null) : null);
        return dialog.showAndWait();
    }

    /** A field's name, never cut short to "…" (the fields give way instead). */
    private static Label label(String key) {
        Label l = new Label(t(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static final class PillarCell extends ListCell<Pillar> {
        @Override
        protected void updateItem(Pillar p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty ? null : p == null ? t("habits.editor.no.pillar") : p.label());
        }
    }

    private static final class KindCell extends ListCell<Schedule.Kind> {
        @Override
        protected void updateItem(Schedule.Kind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : switch (k) {
                case DAILY -> t("habits.schedule.kind.daily");
                case WEEKDAYS -> t("habits.schedule.kind.weekdays");
                case PER_WEEK -> t("habits.schedule.kind.per.week");
                case PER_MONTH -> t("habits.schedule.kind.per.month");
            });
        }
    }
}
