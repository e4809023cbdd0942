package app.microlead.insights;

import static app.microlead.common.I18n.t;
import static app.microlead.ui.FxLabels.bold;
import static app.microlead.ui.FxLabels.card;
import static app.microlead.ui.FxLabels.heading;
import static app.microlead.ui.FxLabels.muted;

import app.microlead.common.I18n;
import app.microlead.common.Pillar;
import app.microlead.journal.JournalStreaks;
import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxLayouts;
import app.microlead.ui.FxMonthAxis;
import app.microlead.ui.Page;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Insights: what the habits, the self-assessment and the journal say together. */
public final class InsightsView implements Page {

    private final DateTimeFormatter week = DateTimeFormatter.ofPattern(t("insights.format.week.axis"), I18n.locale());
    private final InsightsViewModel vm;
    private final Runnable refreshWeeklyCard;
    private final ScrollPane root;
    private final LineChart<Number, Number> chart;
    private final FxMonthAxis days = FxMonthAxis.ofEpochDays(I18n.locale());
    private final Label trendEmpty = new Label();
    private final Runnable takeAssessment;
    private final Runnable openHabits;
    private final Runnable openToday;
    private final VBox gapBox = new VBox(8);
    private final Label writing = new Label();
    private final VBox moodBox = new VBox(8);
    private final VBox journalBox = new VBox(8);

    /**
     * @param weeklyCard        the weekly review's card, shown at the top (the review is its own feature)
     * @param refreshWeeklyCard reads the card's figures again each time the page is shown
     */
    /**
     * @param peopleCard     "Who got your attention" (people are their own feature), after the say–do gap; or null
     * @param refreshCards   reads the cards' figures again each time the page is shown
     * @param takeAssessment opens the self-assessment, {@code openHabits} the Habits view and {@code openToday}
     *                       today's reflection: the buttons of the empty states
     */
    public InsightsView(InsightsViewModel vm, Node weeklyCard, Node peopleCard, Runnable refreshCards,
                        Runnable takeAssessment, Runnable openHabits, Runnable openToday) {
        this.vm = vm;
        this.takeAssessment = takeAssessment;
        this.openHabits = openHabits;
        this.openToday = openToday;
        this.refreshWeeklyCard = refreshCards;
        Label title = new Label(t("insights.title"));
        title.getStyleClass().add("title-2");
        title.setMinWidth(Region.USE_PREF_SIZE);

        ToggleGroup ranges = new ToggleGroup();
        HBox rangeBar = new HBox(4);
        for (PillarTrend.Range r : PillarTrend.Range.values()) {
            ToggleButton b = new ToggleButton(r.label());
            b.setId("insights-range-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.setToggleGroup(ranges);
            b.setSelected(r == vm.rangeProperty().get());
            b.setOnAction(e -> {
                vm.rangeProperty().set(r);
                b.setSelected(true);
            });
            rangeBar.getChildren().add(b);
        }
        days.setAutoRanging(false);
        NumberAxis y = new NumberAxis(0, 100, 25);
        chart = new LineChart<>(days, y);
        chart.setId("insights-pillar-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(320);
        trendEmpty.getStyleClass().add("text-muted");
        trendEmpty.setWrapText(true);
        VBox trendEmptyBox = new VBox(10, trendEmpty, new FlowPane(8, 8,
                FxLabels.action("insights-trend-habits", t("insights.empty.habits"), openHabits),
                FxLabels.action("insights-trend-assess", t("insights.empty.assess"), takeAssessment)));
        trendEmptyBox.visibleProperty().bind(trendEmpty.managedProperty());
        trendEmptyBox.managedProperty().bind(trendEmpty.managedProperty());
        VBox trendCard = card(heading(t("insights.trend.title")), muted(PillarTrend.explained()), trendEmptyBox, chart);

        gapBox.setId("insights-gap");
        VBox gapCard = card(heading(t("insights.gap.title")), muted(SayDoGap.explained()), gapBox);

        writing.setId("insights-writing");
        writing.setWrapText(true);
        moodBox.setId("insights-mood");
        VBox moodCard = card(heading(t("insights.mood.title")),
                muted(MoodTrend.explained() + " " + MoodSplit.explained()), moodBox);
        journalBox.setId("insights-journaling");
        VBox writingCard = card(heading(t("insights.writing.title")), writing, journalBox);

        Label message = new Label();
        message.getStyleClass().add("text-error");
        message.textProperty().bind(vm.messageProperty());
        // the period is the page's: the pillar chart and "Who got your attention" (further down) both follow it
        Label periodName = new Label(t("insights.range.label"));
        periodName.setLabelFor(rangeBar);
        periodName.setMinWidth(Region.USE_PREF_SIZE);
        HBox period = new HBox(8, periodName, rangeBar);
        period.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, spacer, period);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(18, top, weeklyCard, gapCard, trendCard, moodCard, writingCard, message);
        if (peopleCard != null) {
            page.getChildren().add(page.getChildren().indexOf(gapCard) + 1, peopleCard);
        }
        root = FxLayouts.readingPage(page);
        root.setId("page-insights");
        vm.trendProperty().addListener((o, a, t) -> showTrend(t));
        vm.gapProperty().addListener((o, a, g) -> showGap(g));
        vm.writingProperty().addListener((o, a, w) -> showWriting(w));
        showWriting(vm.writingProperty().get());
        vm.moodSplitProperty().addListener((o, a, m) -> showMood());
        vm.journalingProperty().addListener((o, a, j) -> showJournaling(j));
    }

    private void showMood() {
        moodBox.getChildren().clear();
        MoodTrend t = vm.moodTrendProperty().get();
        boolean anyWeek = t != null && t.weeks().stream().anyMatch(w -> w.mood().isPresent() || w.energy().isPresent());
        if (!anyWeek) {
            moodBox.getChildren().add(FxLabels.emptyState(MoodTrend.empty(),
                    FxLabels.action("insights-mood-today", t("insights.empty.today"), openToday)));
        } else {
            // weeks on a time axis labelled by month, as the other charts are: a label a week turned the labels
            // on end at large text
            LineChart<Number, Number> c = new LineChart<>(FxMonthAxis.ofEpochDays(I18n.locale()), new NumberAxis(1, 5, 1));
            c.setId("insights-mood-chart");
            c.getStyleClass().add("mood-energy-chart");
            c.setAnimated(false);
            c.setPrefHeight(220);
            FxAccessible.describeData(c, t("insights.mood.chart.describe"),
                    x -> week.format(LocalDate.ofEpochDay(x.longValue())));
            XYChart.Series<Number, Number> mood = new XYChart.Series<>();
            mood.setName(t("insights.mood.series.mood"));
            XYChart.Series<Number, Number> energy = new XYChart.Series<>();
            energy.setName(t("insights.mood.series.energy"));
            for (MoodTrend.Week w : t.weeks()) {
                long k = w.monday().toEpochDay();
                w.mood().ifPresent(v -> mood.getData().add(new XYChart.Data<>(k, v)));
                w.energy().ifPresent(v -> energy.getData().add(new XYChart.Data<>(k, v)));
            }
            c.getData().add(mood);
            c.getData().add(energy);
            moodBox.getChildren().add(c);
        }
        MoodSplit split = vm.moodSplitProperty().get();
        if (split == null || split.habits().isEmpty()) {
            moodBox.getChildren().add(muted(split == null ? MoodSplit.empty() : split.emptyReason()));
            return;
        }
        GridPane g = new GridPane();
        g.setHgap(20);
        g.setVgap(4);
        // the figures' headings wrap as their figures do ("Mood: done / not" on two lines in a narrow window)
        g.addRow(0, bold(t("insights.mood.split.habit")), figures(t("insights.mood.split.mood"), true),
                figures(t("insights.mood.split.energy"), true));
        int row = 1;
        for (MoodSplit.HabitSplit h : split.habits()) {
            // the figures keep their width; a long name takes two lines instead
            Label name = new Label(h.habit().name());
            name.setWrapText(true);
            name.setMinWidth(Region.USE_COMPUTED_SIZE);
            g.addRow(row++, name, figures(side(h.mood()), false), figures(side(h.energy()), false));
        }
        moodBox.getChildren().addAll(g, muted(MoodSplit.note()));
    }

    /**
     * A mood or energy comparison, or its column's heading: on one line while there is room, on two in a narrow
     * window (never cut).
     */
    private static Label figures(String text, boolean heading) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        FxLayouts.sizeInEm(l, "-fx-min-width", 110);
        if (heading) {
            l.getStyleClass().add("habit-name");
        }
        return l;
    }

    private static String side(MoodSplit.Comparison c) {
        if (!c.enough()) {
            return t("insights.mood.split.not.enough");
        }
        return t("insights.mood.split.side", String.format(I18n.locale(), "%.1f", c.done().average().getAsDouble()),
                c.done().days(), String.format(I18n.locale(), "%.1f", c.notDone().average().getAsDouble()),
                c.notDone().days());
    }

    private void showJournaling(JournalingStats j) {
        journalBox.getChildren().clear();
        if (j == null || j.months().stream().allMatch(m -> m.daysWritten() == 0)) {
            return; // the writing line above already invites the first reflection (it said so twice)
        }
        GridPane g = new GridPane();
        g.setHgap(20);
        g.setVgap(2);
        g.addRow(0, bold(t("insights.journaling.month")), bold(t("insights.journaling.days.written")),
                bold(t("insights.journaling.words")));
        FxLayouts.figureColumns(g, 1, 2); // as the people table's counts: by their last digit
        int row = 1;
        var months = j.months();
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern(t("insights.format.month"), I18n.locale());
        NumberFormat number = NumberFormat.getIntegerInstance(I18n.locale());
        for (int i = Math.max(0, months.size() - 6); i < months.size(); i++) {
            var m = months.get(i);
            g.addRow(row++, new Label(m.month().format(monthName)),
                    new Label(String.valueOf(m.daysWritten())), new Label(number.format(m.words())));
        }
        journalBox.getChildren().add(g);
        if (!j.topTags().isEmpty()) {
            // each tag with its count a label of its own that moves to the next line whole: a no-break space
            // kept "#meetings (12)" together, but a tag's own hyphens ("#one-on-one") still broke it
            FlowPane tags = new FlowPane(12, 2, new Label(t("insights.journaling.top.tags")));
            tags.setId("insights-top-tags");
            j.topTags().forEach(c -> tags.getChildren().add(FxLabels.whole("#" + c.tag() + " (" + c.days() + ")")));
            journalBox.getChildren().add(tags);
        }
    }

    private void showTrend(PillarTrend t) {
        chart.getData().clear();
        boolean empty = t == null || t.isEmpty();
        trendEmpty.setText(empty ? PillarTrend.empty() : "");
        trendEmpty.setManaged(empty);
        chart.setVisible(!empty);
        chart.setManaged(!empty);
        if (empty) {
            FxAccessible.describe(chart, PillarTrend.empty());
            return;
        }
        long from = t.from().toEpochDay();
        long to = t.to().toEpochDay();
        days.setLowerBound(from - 4);
        days.setUpperBound(to + 8); // room for a point taken today
        StringBuilder words = new StringBuilder(t("insights.trend.words.start"));
        List<XYChart.Data<Number, Number>> alone = new ArrayList<>();
        // Habit lines first (series 0–2), then the self-assessment points (series 3–5, always added so
        // that each pillar keeps its colour: the stylesheet gives series 3–5 the colours of 0–2, no line).
        for (Pillar p : Pillar.values()) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(t("insights.trend.series.habits", p.label()));
            double[] v = t.of(p);
            double last = Double.NaN;
            for (int i = 0; i < v.length; i++) {
                if (!Double.isNaN(v[i])) {
                    XYChart.Data<Number, Number> d = new XYChart.Data<>(t.weekStarts().get(i).toEpochDay(), v[i]);
                    s.getData().add(d);
                    last = v[i];
                    if ((i == 0 || Double.isNaN(v[i - 1])) && (i == v.length - 1 || Double.isNaN(v[i + 1]))) {
                        alone.add(d);
                    }
                }
            }
            words.append(' ').append(t("insights.trend.words.pillar", p.label(),
                    Double.isNaN(last) ? t("insights.trend.words.no.habits") : String.valueOf(Math.round(last))));
            chart.getData().add(s);
        }
        for (Pillar p : Pillar.values()) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(t("insights.trend.series.assessment", p.label()));
            for (AssessmentPoint a : t.assessments()) {
                a.score(p).ifPresent(v -> s.getData().add(new XYChart.Data<>(a.date().toEpochDay(), v)));
            }
            chart.getData().add(s);
        }
        // a week with none beside it draws no line: its point shows as a dot (a first week's was a speck); marked
        // once every series is in, as the chart gives its symbols their classes afresh when a series is added
        alone.stream().filter(d -> d.getNode() != null).forEach(d -> d.getNode().getStyleClass().add("alone"));
        words.append(' ').append(t("insights.trend.words.end", t.assessments().size()));
        FxAccessible.describe(chart, words.toString());
    }

    private void showGap(SayDoGap g) {
        gapBox.getChildren().clear();
        if (g == null || g.isEmpty()) {
            // no self-assessment, or none recent enough: a button to take one
            gapBox.getChildren().add(g == null || g.assessedOn().isEmpty()
                    ? FxLabels.emptyState(g == null ? SayDoGap.noAssessment() : g.emptyReason(),
                            FxLabels.action("insights-gap-assess", t("insights.empty.assess"), takeAssessment))
                    : muted(g.emptyReason()));
            return;
        }
        for (SayDoGap.Finding f : g.findings()) {
            Label l = new Label(f.text());
            l.setWrapText(true);
            l.getStyleClass().add(f.kind() == SayDoGap.Kind.RATED_HIGHER ? "finding-higher" : "finding-hidden");
            gapBox.getChildren().add(l);
        }
        if (g.findings().isEmpty()) {
            Label same = new Label(t("insights.gap.same.story", SayDoGap.THRESHOLD));
            same.setWrapText(true); // at large text in German it was cut with "…"
            gapBox.getChildren().add(same);
        }
        GridPane table = new GridPane();
        table.setHgap(24);
        table.setVgap(4);
        table.addRow(0, bold(t("insights.gap.pillar")), bold(t("insights.gap.you.said")), bold(t("insights.gap.your.habits")),
                bold(t("insights.gap.gap")));
        // the figures right-aligned as the people and writing tables' are; why a pillar has none, after them
        FxLayouts.figureColumns(table, 1, 2, 3);
        int row = 1;
        for (SayDoGap.PillarGap pg : g.pillars()) {
            Label why = new Label(pg.missing());
            why.setWrapText(true);
            why.setMinHeight(Region.USE_PREF_SIZE);
            GridPane.setHgrow(why, Priority.ALWAYS);
            table.addRow(row++, FxLabels.whole(pg.pillar().label()),
                    new Label(pg.say().isPresent() ? String.valueOf(pg.say().getAsInt()) : "–"),
                    new Label(pg.habits().isPresent() ? String.valueOf(pg.habits().getAsInt()) : "–"),
                    new Label(pg.gap().isPresent() ? String.format("%+d", pg.gap().getAsInt()) : "–"), why);
        }
        gapBox.getChildren().add(table);
    }

    private void showWriting(JournalStreaks w) {
        writing.setText(w.current() == 0 && w.best() == 0 ? t("insights.writing.first")
                : t("insights.writing.streak", w.current(), w.best(), w.daysThisMonth(), w.daysThisYear()));
    }





    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
        refreshWeeklyCard.run();
    }
}
