package app.microlead.assessment;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.ui.FxAccessible;
import app.microlead.ui.FxLabels;
import app.microlead.ui.FxMonthAxis;
import java.time.Instant;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The score of each scale over the finished sessions. */
final class TrendView {

    /** Up to this many sessions each is drawn as a dot on the lines. */
    static final int MAX_DOTTED_SESSIONS = 40;

    private final AssessmentViewModel vm;
    private final LineChart<Number, Number> chart;
    private final Label later = FxLabels.muted(t("assessment.trend.title.later"));
    private final VBox box;

    TrendView(AssessmentViewModel vm) {
        this.vm = vm;
        // month starts, read with their year: a 4 June assessment sits just after "Jun 2026"
        FxMonthAxis x = FxMonthAxis.ofEpochSeconds(I18n.locale(), vm.zone());
        NumberAxis y = new NumberAxis(0, 100, 25);
        chart = new LineChart<>(x, y);
        chart.setId("assessment-trend");
        chart.setTitle(t("assessment.trend.title"));
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        FxAccessible.describeData(chart, t("assessment.trend.describe"),
                n -> ResultsView.dateFormat().format(Instant.ofEpochSecond(n.longValue()).atZone(vm.zone())));
        later.setId("assessment-trend-later");
        later.setWrapText(true);
        box = new VBox(later, chart);
        vm.history().addListener((ListChangeListener<SessionResult>) c -> refresh());
        refresh();
    }

    Node node() {
        return box;
    }

    private void refresh() {
        chart.getData().clear();
        // no empty axes (they read "Jan 1970") before there is a trend to draw: a line saying when there will be
        boolean trend = vm.history().size() >= 2;
        chart.setVisible(trend);
        chart.setManaged(trend);
        later.setVisible(!trend);
        later.setManaged(!trend);
        if (!trend) {
            return;
        }
        chart.setTitle(t("assessment.trend.title"));
        // a dot per session while they can be told apart; beyond that only the lines (each dot is a node with
        // its own style: a hundred sessions made 400 of them, a stall of a few hundred ms when the history came)
        chart.setCreateSymbols(vm.history().size() <= MAX_DOTTED_SESSIONS);
        for (String id : List.of("trust", "empowerment", "professionalism", QuestionBank.RISK)) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(id.equals(QuestionBank.RISK) ? t("assessment.risk") : vm.bank().scale(id).name());
            for (double[] p : vm.trend(id)) {
                if (!Double.isNaN(p[1])) {
                    s.getData().add(new XYChart.Data<>(p[0], p[1]));
                }
            }
            chart.getData().add(s);
        }
    }
}
