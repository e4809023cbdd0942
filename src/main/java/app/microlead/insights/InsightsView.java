package app.microlead.insights;

import app.microlead.common.Pillar;
import app.microlead.journal.JournalStreaks;
import app.microlead.shell.Page;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Insights: what the habits, the self-assessment and the journal say together. */
public final class InsightsView implements Page {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    private final InsightsViewModel vm;
    private final ScrollPane root;
    private final LineChart<String, Number> chart;
    private final Label trendEmpty = new Label();
    private final VBox gapBox = new VBox(8);
    private final Label writing = new Label();
    private final VBox moodBox = new VBox(8);
    private final VBox journalBox = new VBox(8);

    public InsightsView(InsightsViewModel vm) {
        this.vm = vm;
        Label title = new Label("Insights");
        title.getStyleClass().add("title-2");

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
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, 100, 25);
        chart = new LineChart<>(x, y);
        chart.setId("insights-pillar-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(300);
        app.microlead.shell.FxAccessible.describeData(chart, "Weekly pillar strength from habits, 0 to 100, with"
                + " self-assessment scores");
        trendEmpty.getStyleClass().add("text-muted");
        trendEmpty.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox trendHead = new HBox(8, heading("Pillar strength over time"), spacer, rangeBar);
        trendHead.setAlignment(Pos.CENTER_LEFT);
        VBox trendCard = card(trendHead, muted(PillarTrend.EXPLAINED), trendEmpty, chart);

        gapBox.setId("insights-gap");
        VBox gapCard = card(heading("What you say and what you do"), muted(SayDoGap.EXPLAINED), gapBox);

        writing.setId("insights-writing");
        writing.setWrapText(true);
        moodBox.setId("insights-mood");
        VBox moodCard = card(heading("Mood and energy"), muted(MoodTrend.EXPLAINED + " " + MoodSplit.EXPLAINED), moodBox);
        journalBox.setId("insights-journaling");
        VBox writingCard = card(heading("Your writing habit"), writing, journalBox);

        Label message = new Label();
        message.getStyleClass().add("text-error");
        message.textProperty().bind(vm.messageProperty());
        VBox page = new VBox(18, title, gapCard, trendCard, moodCard, writingCard, message);
        page.getStyleClass().add("page");
        page.setMaxWidth(1000);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
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
            moodBox.getChildren().add(muted(MoodTrend.EMPTY));
        } else {
            LineChart<String, Number> c = new LineChart<>(new CategoryAxis(), new NumberAxis(1, 5, 1));
            c.setId("insights-mood-chart");
            c.setAnimated(false);
            c.setPrefHeight(220);
            app.microlead.shell.FxAccessible.describeData(c, "Weekly average mood and energy, 1 to 5");
            XYChart.Series<String, Number> mood = new XYChart.Series<>();
            mood.setName("Mood");
            XYChart.Series<String, Number> energy = new XYChart.Series<>();
            energy.setName("Energy");
            for (MoodTrend.Week w : t.weeks()) {
                String k = WEEK.format(w.monday());
                w.mood().ifPresent(v -> mood.getData().add(new XYChart.Data<>(k, v)));
                w.energy().ifPresent(v -> energy.getData().add(new XYChart.Data<>(k, v)));
            }
            c.getData().add(mood);
            c.getData().add(energy);
            moodBox.getChildren().add(c);
        }
        MoodSplit split = vm.moodSplitProperty().get();
        if (split == null || split.habits().isEmpty()) {
            moodBox.getChildren().add(muted(split == null ? MoodSplit.EMPTY : split.emptyReason()));
            return;
        }
        GridPane g = new GridPane();
        g.setHgap(20);
        g.setVgap(4);
        g.addRow(0, bold("Micro-action"), bold("Mood: done / not"), bold("Energy: done / not"));
        int row = 1;
        for (MoodSplit.HabitSplit h : split.habits()) {
            g.addRow(row++, new Label(h.habit().name()), new Label(side(h.mood())), new Label(side(h.energy())));
        }
        moodBox.getChildren().addAll(g, muted(MoodSplit.NOTE));
    }

    private static String side(MoodSplit.Comparison c) {
        if (!c.enough()) {
            return "not enough days yet";
        }
        return String.format("%.1f (%d days) / %.1f (%d days)", c.done().average().getAsDouble(), c.done().days(),
                c.notDone().average().getAsDouble(), c.notDone().days());
    }

    private void showJournaling(JournalingStats j) {
        journalBox.getChildren().clear();
        if (j == null || j.months().stream().allMatch(m -> m.daysWritten() == 0)) {
            journalBox.getChildren().add(muted(JournalingStats.EMPTY));
            return;
        }
        GridPane g = new GridPane();
        g.setHgap(20);
        g.setVgap(2);
        g.addRow(0, bold("Month"), bold("Days written"), bold("Words"));
        int row = 1;
        var months = j.months();
        for (int i = Math.max(0, months.size() - 6); i < months.size(); i++) {
            var m = months.get(i);
            g.addRow(row++, new Label(m.month().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH))),
                    new Label(String.valueOf(m.daysWritten())), new Label(String.format("%,d", m.words())));
        }
        journalBox.getChildren().add(g);
        if (!j.topTags().isEmpty()) {
            StringBuilder tags = new StringBuilder("Most used tags: ");
            j.topTags().forEach(t -> tags.append('#').append(t.tag()).append(" (").append(t.days()).append(")  "));
            journalBox.getChildren().add(new Label(tags.toString().strip()));
        }
    }

    private void showTrend(PillarTrend t) {
        chart.getData().clear();
        boolean empty = t == null || t.isEmpty();
        trendEmpty.setText(empty ? PillarTrend.EMPTY : "");
        trendEmpty.setManaged(empty);
        chart.setVisible(!empty);
        chart.setManaged(!empty);
        if (empty) {
            return;
        }
        for (Pillar p : Pillar.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(p.label() + " (habits)");
            double[] v = t.of(p);
            for (int i = 0; i < v.length; i++) {
                if (!Double.isNaN(v[i])) {
                    s.getData().add(new XYChart.Data<>(WEEK.format(t.weekStarts().get(i)), v[i]));
                }
            }
            chart.getData().add(s);
        }
        for (Pillar p : Pillar.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(p.label() + " (self-assessment)");
            for (AssessmentPoint a : t.assessments()) {
                a.score(p).ifPresent(v -> s.getData().add(new XYChart.Data<>(
                        WEEK.format(app.microlead.insights.Series.monday(a.date())), v)));
            }
            if (!s.getData().isEmpty()) {
                chart.getData().add(s);
            }
        }
    }

    private void showGap(SayDoGap g) {
        gapBox.getChildren().clear();
        if (g == null || g.isEmpty()) {
            gapBox.getChildren().add(muted(g == null ? SayDoGap.NO_ASSESSMENT : g.emptyReason()));
            return;
        }
        for (SayDoGap.Finding f : g.findings()) {
            Label l = new Label(f.text());
            l.setWrapText(true);
            l.getStyleClass().add(f.kind() == SayDoGap.Kind.RATED_HIGHER ? "finding-higher" : "finding-hidden");
            gapBox.getChildren().add(l);
        }
        if (g.findings().isEmpty()) {
            gapBox.getChildren().add(new Label("Your self-assessment and your micro-actions tell the same story:"
                    + " no pillar differs by more than " + SayDoGap.THRESHOLD + " points."));
        }
        GridPane table = new GridPane();
        table.setHgap(24);
        table.setVgap(4);
        table.addRow(0, bold("Pillar"), bold("You said"), bold("Your habits"), bold("Gap"));
        int row = 1;
        for (SayDoGap.PillarGap pg : g.pillars()) {
            table.addRow(row++, new Label(pg.pillar().label()),
                    new Label(pg.say().isPresent() ? String.valueOf(pg.say().getAsInt()) : "–"),
                    new Label(pg.habits().isPresent() ? String.valueOf(pg.habits().getAsInt()) : "–"),
                    new Label(pg.gap().isPresent() ? String.format("%+d", pg.gap().getAsInt()) : pg.missing()));
        }
        gapBox.getChildren().add(table);
    }

    private void showWriting(JournalStreaks w) {
        writing.setText(w.current() == 0 && w.best() == 0 ? "Write your first reflection in Today to start a streak."
                : String.format("Current streak %d days, best %d. This month %d days written, this year %d.",
                        w.current(), w.best(), w.daysThisMonth(), w.daysThisYear()));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("habit-name");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    private static VBox card(Node... children) {
        VBox box = new VBox(10, children);
        box.getStyleClass().add("card");
        return box;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }
}
