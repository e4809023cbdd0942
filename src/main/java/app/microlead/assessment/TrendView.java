package app.microlead.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/** The score of each scale over the finished sessions. */
final class TrendView {

    private final AssessmentViewModel vm;
    private final LineChart<Number, Number> chart;

    TrendView(AssessmentViewModel vm) {
        this.vm = vm;
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setAutoRanging(true);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH)
                        .format(Instant.ofEpochSecond(n.longValue()).atZone(ZoneId.systemDefault()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis(0, 100, 25);
        chart = new LineChart<>(x, y);
        chart.setId("assessment-trend");
        chart.setTitle("Your scores over time");
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        app.microlead.shell.FxAccessible.describeData(chart, "Your self-assessment scores over time, 0 to 100",
                n -> ResultsView.DATE.format(Instant.ofEpochSecond(n.longValue()).atZone(ZoneId.systemDefault())));
        vm.history().addListener((ListChangeListener<SessionResult>) c -> refresh());
        refresh();
    }

    Node node() {
        return chart;
    }

    private void refresh() {
        chart.getData().clear();
        if (vm.history().size() < 2) {
            chart.setTitle("Your scores over time (after your second self-assessment)");
            return;
        }
        chart.setTitle("Your scores over time");
        for (String id : List.of("trust", "empowerment", "professionalism", QuestionBank.RISK)) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(id.equals(QuestionBank.RISK) ? "Micromanagement risk" : vm.bank().scale(id).name());
            for (double[] p : vm.trend(id)) {
                if (!Double.isNaN(p[1])) {
                    s.getData().add(new XYChart.Data<>(p[0], p[1]));
                }
            }
            chart.getData().add(s);
        }
    }
}
