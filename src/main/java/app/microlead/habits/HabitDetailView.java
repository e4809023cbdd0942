package app.microlead.habits;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.heading;

import app.microlead.common.I18n;
import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxLazyTooltip;
import app.microlead.ui.FxMonthAxis;
import app.microlead.ui.FxPrompts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected habit: numbers, year heatmap, strength curve, best streaks, and the day's note. */
public final class HabitDetailView {

    private final HabitsViewModel vm;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label why = new Label();
    private final Label plan = new Label();
    private final Label strength = FxLabels.stat("habit-detail-strength");
    private final Label current = FxLabels.stat("habit-detail-streak");
    private final Label best = FxLabels.stat("habit-detail-best");
    private final Label rate30 = FxLabels.stat("habit-detail-rate-30");
    private final Label rate365 = FxLabels.stat("habit-detail-rate-365");
    private final VBox bestFive = new VBox(2);
    private final YearHeatmapControl heatmap;
    private final LineChart<Number, Number> curve;
    private final Label dayLabel = FxLabels.heading("");
    private final TextField note = new TextField();
    /** The selected day's Done and Skipped. */
    private final Button done;
    private final Button skip;
    private final VBox root;

    private final CheckInExtraView extra;

    /** The least width of the habit's texts and year map beside the curve: the whole year's map. */
    private static final double LEFT_MIN_WIDTH = 690;

    /**
     * {@code edit} opens the selected habit's editor; {@code leaveArchive} takes the keyboard focus off Archive when a
     * habit is archived (the next habit is selected then: a second Space archived it too), and {@code archived} puts
     * it in the list once the list without that habit is shown.
     */
    public HabitDetailView(HabitsViewModel vm, Runnable edit, Runnable leaveArchive, Runnable archived,
                           CheckInExtraView extra) {
        this.vm = vm;
        this.extra = extra;
        heatmap = new YearHeatmapControl(day -> vm.selectedDayProperty().set(day));
        title.getStyleClass().add("title-3");
        title.setId("habit-detail-name");
        title.setWrapText(true);
        subtitle.getStyleClass().add("text-muted");
        why.setWrapText(true);
        plan.setWrapText(true);
        plan.getStyleClass().add("if-then");

        Label explain = new Label(HabitMath.strengthExplained());
        explain.getStyleClass().addAll("text-muted", "text-small");
        explain.setWrapText(true);
        // the figures take two lines where the page is narrow
        FlowPane stats = new FlowPane(18, 8, FxLabels.captioned(strength, t("habits.detail.strength")),
                FxLabels.captioned(current, t("habits.detail.current.streak")), FxLabels.captioned(best, t("habits.detail.best.streak")),
                FxLabels.captioned(rate30, t("habits.detail.last.30")), FxLabels.captioned(rate365, t("habits.detail.last.365")));

        // month starts, read with their year ("Nov 2025")
        FxMonthAxis x = FxMonthAxis.ofEpochDays(I18n.locale());
        NumberAxis y = new NumberAxis(0, 100, 20);
        curve = new LineChart<>(x, y);
        curve.setId("habit-strength-chart");
        curve.setCreateSymbols(false);
        curve.setLegendVisible(false);
        curve.setAnimated(false);
        curve.setPrefHeight(180);
        curve.setMinHeight(160);
        FxAccessible.describeData(curve, t("habits.detail.curve.describe"),
                n -> format("habits.format.day").format(LocalDate.ofEpochDay(n.longValue())));

        note.setId("habit-note");
        dayLabel.setId("habit-day-label");
        FxPrompts.prompt(note, t("habits.detail.note.prompt"));
        HBox.setHgrow(note, Priority.ALWAYS);
        note.setOnAction(e -> saveNote());
        note.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                saveNote();
            }
        });
        done = new Button(t("habits.detail.done"), new FontIcon("fth-check"));
        done.setId("habit-day-done");
        done.setOnAction(e -> withRow(r -> vm.toggleDone(r, vm.selectedDayProperty().get())));
        skip = new Button(t("habits.detail.skipped"), new FontIcon("fth-minus"));
        skip.setId("habit-day-skip");
        FxLazyTooltip.install(skip, () -> t("habits.detail.skipped.tooltip"));
        skip.setOnAction(e -> withRow(r -> vm.toggleSkipped(r, vm.selectedDayProperty().get())));
        HBox dayRow = new HBox(8, done, skip, note, extra.node());
        dayRow.setAlignment(Pos.CENTER_LEFT);

        Button editBtn = new Button(t("habits.detail.edit"), new FontIcon("fth-edit-2"));
        editBtn.setId("habit-edit");
        editBtn.setOnAction(e -> edit.run());
        Button up = new Button(null, new FontIcon("fth-arrow-up"));
        up.setId("habit-move-up");
        FxAccessible.name(up, t("habits.detail.move.up"));
        up.setOnAction(e -> withRow(vm::moveUp));
        Button down = new Button(null, new FontIcon("fth-arrow-down"));
        down.setId("habit-move-down");
        FxAccessible.name(down, t("habits.detail.move.down"));
        down.setOnAction(e -> withRow(vm::moveDown));
        Button archive = new Button(t("habits.detail.archive"), new FontIcon("fth-archive"));
        archive.setId("habit-archive");
        archive.setOnAction(e -> withRow(r -> {
            leaveArchive.run();
            vm.setArchived(r, !r.habit().archived(), archived);
        }));
        Button delete = new Button(t("habits.detail.delete"), new FontIcon("fth-trash-2"));
        delete.setId("habit-delete");
        delete.setOnAction(e -> withRow(vm::delete));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(6, editBtn, up, down, spacer, archive, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        // in the narrowest layout the stylesheet shows these as icons: each names itself in a tooltip
        actions.getStyleClass().add("habit-actions");
        for (Button b : new Button[] {editBtn, archive, delete}) {
            FxLazyTooltip.whileIconOnly(b);
        }

        Label streaksTitle = heading(t("habits.detail.best.streaks"));
        bestFive.setId("habit-best-streaks");
        // the year's map scrolls on its own where the page is narrower than it, its latest weeks in view
        ScrollPane heatmapScroll = new ScrollPane(heatmap);
        heatmapScroll.setId("habit-heatmap-scroll");
        heatmapScroll.getStyleClass().add("edge-to-edge");
        heatmapScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        heatmapScroll.setFitToHeight(true);
        // today in view (where the year's later months are still to come, at the right end), and the keyboard's day
        Runnable showToday = () -> {
            heatmapScroll.setHvalue(1);
            heatmap.xOf(vm.today()).ifPresent(todayX -> keepInView(heatmapScroll, todayX, 40));
        };
        heatmap.widthProperty().addListener((o, was, now) -> showToday.run());
        heatmapScroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (was.getWidth() != now.getWidth()) {
                showToday.run();
            }
        });
        heatmap.onKeyboardDay(dayX -> keepInView(heatmapScroll, dayX, 40)); // the day and a few weeks around it
        heatmapScroll.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> heatmap.prefHeight(-1) + (heatmap.getWidth() > heatmapScroll.getViewportBounds().getWidth() + 0.5
                        ? horizontalBarHeight(heatmapScroll) : 0),
                heatmap.heightProperty(), heatmap.widthProperty(), heatmapScroll.viewportBoundsProperty()));
        ScrollPane scroll = new ScrollPane();
        VBox content = new VBox();
        // beside the curve, wide enough for the whole year's map; alone in a narrow page, as wide as the page
        VBox left = new VBox(10, title, subtitle, why, plan, actions, stats, explain, heatmapScroll,
                new VBox(4, dayLabel, dayRow)) {
            @Override
            protected double computeMinWidth(double height) {
                double room = scroll.getViewportBounds().getWidth() - content.getInsets().getLeft() - content.getInsets().getRight();
                return room > 0 ? Math.min(LEFT_MIN_WIDTH, room) : LEFT_MIN_WIDTH;
            }
        };
        // at least 280 px, and as wide as the best streaks need, each on one line: where that is not there
        // beside the rest, the curve and the streaks go below it
        VBox right = new VBox(8, curve, streaksTitle, bestFive) {
            @Override
            protected double computeMinWidth(double height) {
                return Math.max(280, super.computeMinWidth(height));
            }
        };
        HBox.setHgrow(right, Priority.ALWAYS);
        content.getStyleClass().add("card");
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        // the texts' least width follows the page's: measured again as it changes (a parent keeps it otherwise)
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (was.getWidth() != now.getWidth()) {
                left.requestLayout();
            }
        });
        // side by side when there is room; the curve and streaks go below when not (large text, narrow window)
        content.getChildren().setAll(FxLayouts.rowOrColumn(scroll,
                () -> content.getInsets().getLeft() + content.getInsets().getRight(), 20, left, right));
        root = new VBox(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setId("habit-detail");

        vm.selectedProperty().addListener((o, a, r) -> refresh(r));
        vm.selectedDayProperty().addListener((o, a, d) -> refreshDay(vm.selectedProperty().get()));
        refresh(vm.selectedProperty().get());
        archive.textProperty().bind(Bindings.createStringBinding(() ->
                vm.selectedProperty().get() != null && vm.selectedProperty().get().habit().archived()
                        ? t("habits.detail.restore") : t("habits.detail.archive"), vm.selectedProperty()));
        root.disableProperty().bind(vm.selectedProperty().isNull());
    }

    public Node node() {
        return root;
    }

    /** Scrolls {@code scroll} sideways, if needed, so that {@code x} of its content is at least {@code margin} inside. */
    /** The height {@code scroll}'s horizontal scroll bar takes in the theme (before its skin is made: about that). */
    private static double horizontalBarHeight(ScrollPane scroll) {
        for (Node n : scroll.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                return bar.prefHeight(-1);
            }
        }
        return 14;
    }

    private static void keepInView(ScrollPane scroll, double x, double margin) {
        double content = scroll.getContent().getLayoutBounds().getWidth();
        double view = scroll.getViewportBounds().getWidth();
        if (content <= view) {
            return;
        }
        double left = scroll.getHvalue() * (content - view);
        if (x - margin < left) {
            left = x - margin;
        } else if (x + margin > left + view) {
            left = x + margin - view;
        }
        scroll.setHvalue(Math.max(0, Math.min(1, left / (content - view))));
    }

    private void withRow(Consumer<HabitRow> action) {
        HabitRow r = vm.selectedProperty().get();
        if (r != null) {
            action.accept(r);
        }
    }

    private void saveNote() {
        HabitRow r = vm.selectedProperty().get();
        LocalDate d = vm.selectedDayProperty().get();
        if (r != null && d != null && !note.getText().equals(r.noteOn(d))) {
            vm.saveNote(r, d, note.getText());
        }
    }

    private void refresh(HabitRow r) {
        if (r == null) {
            title.setText(t("habits.detail.none.selected"));
            subtitle.setText("");
            why.setText("");
            plan.setText("");
            heatmap.show(null, vm.today().getYear(), vm.today());
            curve.getData().clear();
            bestFive.getChildren().clear();
            return;
        }
        Habit h = r.habit();
        HabitStats s = r.stats();
        title.setText(h.name());
        subtitle.setText(t("habits.detail.subtitle", h.pillar() == null ? t("habits.own") : h.pillar().label(),
                h.schedule().describe(), format("habits.format.day").format(h.startDate())));
        why.setText(h.description());
        plan.setText(h.ifThenPlan().isEmpty() ? "" : t("habits.detail.plan", h.ifThenPlan()));
        plan.setManaged(!h.ifThenPlan().isEmpty());
        strength.setText(I18n.percent(s.strength()));
        current.setText(s.current().describe());
        best.setText(s.best().describe());
        rate30.setText(percent(s.rate30()));
        rate365.setText(percent(s.rate365()));
        bestFive.getChildren().clear();
        if (s.bestFive().isEmpty()) {
            Label none = new Label(t("habits.detail.no.streak"));
            none.getStyleClass().add("text-muted");
            bestFive.getChildren().add(none);
        }
        // a streak's length and its days side by side, the days written short ("24 Jun – 11 Jul 2026"), each on
        // one line (the column is at least as wide)
        GridPane streaks = new GridPane();
        streaks.setHgap(12);
        streaks.setVgap(2);
        int rows = 0;
        for (Streak st : s.bestFive()) {
            Label length = new Label(st.describe());
            length.setMinWidth(Region.USE_PREF_SIZE);
            Label days = new Label(I18n.range(st.start(), st.end(), "habits.format.short.day"));
            days.getStyleClass().add("text-muted");
            days.setMinWidth(Region.USE_PREF_SIZE);
            streaks.addRow(rows++, length, days);
        }
        if (rows > 0) {
            bestFive.getChildren().add(streaks);
        }
        int year = vm.selectedDayProperty().get() == null ? vm.today().getYear() : vm.selectedDayProperty().get().getYear();
        heatmap.show(r, year, vm.today());
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(t("habits.detail.curve.series"));
        double[] c = s.strengthCurve();
        int from = Math.max(0, c.length - 365);
        int step = Math.max(1, (c.length - from) / 120);
        for (int i = from; i < c.length; i += step) {
            series.getData().add(new XYChart.Data<>(h.startDate().plusDays(i).toEpochDay(), c[i] * 100));
        }
        if (c.length > 0) {
            series.getData().add(new XYChart.Data<>(h.startDate().plusDays(c.length - 1).toEpochDay(), c[c.length - 1] * 100));
        }
        curve.getData().setAll(List.of(series));
        refreshDay(r);
    }

    private void refreshDay(HabitRow r) {
        LocalDate d = vm.selectedDayProperty().get();
        if (r == null || d == null) {
            return;
        }
        CheckIn.State st = r.stateOn(d);
        String day = format("habits.format.day").format(d);
        // a day picked in the year map before the habit started takes no mark: its buttons and note rest
        boolean before = r.habit().startsAfter(d);
        done.setDisable(before);
        skip.setDisable(before);
        note.setDisable(before);
        dayLabel.setText(before ? t("habits.detail.day.before.start", day, r.habit().startShown())
                : t(st == null ? "habits.detail.day.empty" : st == CheckIn.State.DONE ? "habits.detail.day.done"
                : "habits.detail.day.skipped", day));
        note.setText(r.noteOn(d));
        extra.show(r.habit().id(), d, st != null);
    }

    /** A date pattern of the bundle in the app's language (made where used: the language can change in tests). */
    static DateTimeFormatter format(String key) {
        return DateTimeFormatter.ofPattern(t(key), I18n.locale());
    }

    private static String percent(OptionalDouble v) {
        return v.isPresent() ? I18n.percent(v.getAsDouble()) : "–";
    }
}
