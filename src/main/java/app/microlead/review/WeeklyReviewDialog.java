package app.microlead.review;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.bold;
import static app.microlead.ui.FxLabels.heading;
import static app.microlead.ui.FxLabels.muted;

import app.microlead.common.I18n;
import app.microlead.insights.DayMood;
import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxKeys;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLazyTooltip;
import app.microlead.ui.Themes;
import app.microlead.ui.FxPrompts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The weekly review, a guided page in its own window: the week's facts, last week's commitment, three
 * questions and next week's commitment. Ctrl+S saves; closing with unsaved answers asks first.
 */
public final class WeeklyReviewDialog {

    /** How many of the week's micro-actions are named by their counts (the rest are counted). */
    static final int TOP_DONE = 5;

    private final DateTimeFormatter chartDay = DateTimeFormatter.ofPattern(t("review.format.chart.day"), I18n.locale());
    private final WeeklyReviewViewModel vm;
    private final VBox facts = new VBox(10);

    private WeeklyReviewDialog(WeeklyReviewViewModel vm) {
        this.vm = vm;
    }

    /** Opens the review of the week that holds {@code anyDay} (the current week when null). */
    public static void show(Window owner, WeeklyReviewViewModel vm, LocalDate anyDay) {
        new WeeklyReviewDialog(vm).open(owner, anyDay);
    }

    private void open(Window owner, LocalDate anyDay) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(t("review.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("review-dialog");
        dialog.getDialogPane().getStylesheets().add(Themes.appStylesheet());
        ButtonType closeType = new ButtonType(t("review.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(closeType);
        Button close = (Button) dialog.getDialogPane().lookupButton(closeType);
        close.setId("review-close");

        VBox page = new VBox(16, header(), factsCard(), lastCommitment(), questions());
        page.setPadding(new Insets(8, 16, 8, 16)); // the same air on both sides
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(760, 600);
        scroll.getStyleClass().add("edge-to-edge");
        // Save and what it says stay in sight below the page, beside Close: at the page's end they were found only
        // by scrolling down
        Node footer = footer();
        BorderPane.setMargin(footer, new Insets(10, 16, 0, 16));
        dialog.getDialogPane().setContent(new BorderPane(scroll, null, null, footer, null));

        dialog.setOnCloseRequest(e -> {
            if (!vm.mayLeave()) {
                e.consume();
            }
        });
        dialog.setOnShown(e -> {
            var keys = dialog.getDialogPane().getScene().getAccelerators();
            keys.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), vm::save);
            keys.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), vm::previousWeek);
            keys.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), vm::nextWeek);
        });
        vm.dataProperty().addListener((o, a, d) -> showFacts(d));
        vm.open(anyDay);
        dialog.show();
    }

    private Node header() {
        Label title = new Label(t("review.title"));
        title.getStyleClass().add("title-2");
        Label week = FxLabels.heading("");
        week.setId("review-week");
        week.setWrapText(true); // a long week (German months) takes two lines, never "…"
        week.setMinWidth(Region.USE_COMPUTED_SIZE);
        week.setMinHeight(Region.USE_PREF_SIZE);
        week.textProperty().bind(vm.weekTitleProperty().map(w -> w.isEmpty() ? "" : t("review.for", w)));
        Button previous = new Button(null, new FontIcon("fth-chevron-left"));
        previous.setId("review-previous-week");
        previous.setAccessibleText(t("review.previous"));
        FxLazyTooltip.install(previous, () -> t("review.previous.tip"));
        previous.getStyleClass().add("flat");
        previous.setOnAction(e -> vm.previousWeek());
        Button next = new Button(null, new FontIcon("fth-chevron-right"));
        next.setId("review-next-week");
        next.setAccessibleText(t("review.next"));
        FxLazyTooltip.install(next, () -> t("review.next.tip"));
        next.getStyleClass().add("flat");
        next.setOnAction(e -> vm.nextWeek());
        next.disableProperty().bind(vm.canGoNextProperty().not());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        HBox nav = new HBox(4, previous, week, next, busy);
        nav.setAlignment(Pos.CENTER_LEFT);
        Label intro = muted(t("review.intro"));
        return new VBox(6, title, nav, intro);
    }

    private Node factsCard() {
        facts.setId("review-facts");
        VBox card = new VBox(10, heading(t("review.figures")), facts);
        card.getStyleClass().add("card");
        return card;
    }

    private void showFacts(WeeklyReviewData d) {
        facts.getChildren().clear();
        if (d == null) {
            return;
        }
        GridPane g = new GridPane();
        g.setHgap(18);
        g.setVgap(8);
        Label written = new Label(d.daysWritten() == 0 ? t("review.days.written.none")
                : t("review.days.written.count", d.daysWritten()));
        written.setId("review-days-written");
        g.addRow(0, bold(t("review.days.written")), written);
        Label done = new Label(actionsDone(d));
        done.setId("review-actions-done");
        done.setWrapText(true);
        g.addRow(1, bold(t("review.actions")), done);
        Label focus = new Label(d.focus() == null ? t("review.focus.none")
                : d.focusReason().isEmpty() ? d.focus().label()
                : t("review.focus.because", d.focus().label(), d.focusReason()));
        focus.setId("review-focus");
        focus.setWrapText(true);
        g.addRow(2, bold(t("review.focus")), focus);
        GridPane.setHgrow(done, Priority.ALWAYS);
        facts.getChildren().add(g);
        facts.getChildren().add(moodChart(d));
        if (!vm.openPromises().isEmpty()) {
            VBox promises = new VBox(4, bold(t("review.promises.open")));
            promises.setId("review-promises");
            vm.openPromises().forEach(line -> {
                Label l = new Label("• " + line);
                l.setWrapText(true);
                promises.getChildren().add(l);
            });
            facts.getChildren().add(promises);
        }
    }

    /**
     * The week's micro-actions: how many were done, the first five by their counts and how many more there were
     * ("14 done" over a list of five that added up to 13 did not add up).
     */
    static String actionsDone(WeeklyReviewData d) {
        List<WeeklyReviewData.HabitCount> doneAny = d.habits().stream().filter(h -> h.done() > 0).toList();
        String top = doneAny.stream().limit(TOP_DONE)
                .map(h -> h.habit().name() + " " + h.done() + "×").collect(Collectors.joining(", "));
        return d.habits().isEmpty() ? t("review.actions.none")
                : top.isEmpty() ? t("review.actions.done", d.totalDone())
                : doneAny.size() > TOP_DONE ? t("review.actions.done.more", d.totalDone(), top, doneAny.size() - TOP_DONE)
                : t("review.actions.done.top", d.totalDone(), top);
    }

    private Node moodChart(WeeklyReviewData d) {
        boolean any = d.days().stream().anyMatch(m -> m.mood() != null || m.energy() != null);
        if (!any) {
            Label none = muted(t("review.mood.none"));
            none.setId("review-mood-empty");
            return none;
        }
        LocalDate first = d.from();
        NumberAxis x = new NumberAxis(-1, 7, 1); // day 0 … 6 of the week, all seven shown, a margin each side
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                long i = Math.round(n.doubleValue());
                return i < 0 || i > 6 ? "" : chartDay.format(first.plusDays(i));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis(0, 6, 1); // 1 … 5, a margin above and below
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                long v = Math.round(n.doubleValue());
                return v < 1 || v > 5 ? "" : String.valueOf(v);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("review-mood-chart");
        chart.getStyleClass().add("mood-energy-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setVerticalZeroLineVisible(false);
        chart.setPrefHeight(230);
        chart.setMinHeight(230);
        XYChart.Series<Number, Number> mood = new XYChart.Series<>();
        mood.setName(t("review.mood.series.mood"));
        XYChart.Series<Number, Number> energy = new XYChart.Series<>();
        energy.setName(t("review.mood.series.energy"));
        StringBuilder words = new StringBuilder(t("review.mood.words"));
        for (DayMood m : d.days()) {
            long i = m.date().toEpochDay() - first.toEpochDay();
            if (m.mood() != null) {
                mood.getData().add(new XYChart.Data<>(i, m.mood()));
            }
            if (m.energy() != null) {
                energy.getData().add(new XYChart.Data<>(i, m.energy()));
            }
            if (m.mood() != null || m.energy() != null) {
                words.append(' ').append(t("review.mood.words.day", chartDay.format(m.date()),
                        m.mood() == null ? "–" : String.valueOf(m.mood()),
                        m.energy() == null ? "–" : String.valueOf(m.energy())));
            }
        }
        chart.getData().add(mood);
        chart.getData().add(energy);
        FxAccessible.describe(chart, words.toString());
        return new VBox(2, bold(t("review.mood.title")), chart);
    }

    private Node lastCommitment() {
        Label text = new Label();
        text.setId("review-last-commitment");
        text.setWrapText(true);
        text.getStyleClass().add("if-then");
        text.textProperty().bind(vm.lastCommitmentProperty());
        VBox box = new VBox(6, heading(t("review.last.commitment")), text,
                muted(t("review.last.commitment.hint")));
        box.getStyleClass().add("card");
        box.visibleProperty().bind(vm.lastCommitmentProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node questions() {
        TextArea wentWell = area("review-went-well", t("review.went.well.prompt"));
        wentWell.textProperty().bindBidirectional(vm.wentWellProperty());
        TextArea differently = area("review-differently", t("review.differently.prompt"));
        differently.textProperty().bindBidirectional(vm.differentlyProperty());
        ComboBox<String> next = new ComboBox<>(vm.actions());
        next.setId("review-next-action");
        next.setEditable(true);
        next.setPromptText(t("review.next.action.prompt"));
        next.setMaxWidth(Double.MAX_VALUE);
        next.setAccessibleText(t("review.question.next.action"));
        // the typed text itself, not the combo's value (committed only on Enter or leaving the field), so
        // Ctrl+S right after typing saves what is in the field
        next.getEditor().textProperty().bindBidirectional(vm.nextActionProperty());
        next.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                vm.nextActionProperty().set(v);
            }
        });
        TextField commitment = new TextField();
        commitment.setId("review-commitment");
        FxPrompts.prompt(commitment, t("review.commitment.prompt"));
        commitment.setAccessibleText(t("review.commitment"));
        commitment.textProperty().bindBidirectional(vm.commitmentProperty());
        VBox box = new VBox(8,
                question(t("review.question.went.well"), wentWell), wentWell,
                question(t("review.question.differently"), differently), differently,
                question(t("review.question.next.action.numbered"), next), next,
                question(t("review.commitment"), commitment), commitment,
                muted(t("review.commitment.hint")));
        box.getStyleClass().add("card");
        return box;
    }

    private Node footer() {
        Label message = new Label();
        message.setId("review-message");
        message.getStyleClass().add("text-error");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label status = new Label();
        status.setId("review-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button(t("review.save"), new FontIcon("fth-check"));
        save.setId("review-save");
        save.getStyleClass().add("accent");
        FxLazyTooltip.install(save, () -> t("review.save.tip"));
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.loadingProperty().or(vm.savingProperty()));
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox row = new HBox(12, status, spacer, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, message, row);
    }

    private static TextArea area(String id, String prompt) {
        TextArea a = FxKeys.tabMovesFocus(new TextArea());
        a.setId(id);
        a.setPromptText(prompt);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }

    private static Label question(String text, Node target) {
        Label l = new Label(text);
        l.getStyleClass().add("habit-name");
        l.setLabelFor(target);
        l.setWrapText(true);
        if (target instanceof TextArea a) {
            a.setAccessibleText(text);
        }
        return l;
    }



}
