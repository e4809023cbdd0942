package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDescriptionTest {

    @Test
    void aShortSeriesIsReadPointByPointSkippingGaps() {
        String said = ChartDescription.of("Mood by week", List.of(new ChartDescription.Series("Mood",
                List.of("1 Mar", "8 Mar", "15 Mar"), List.of(3.0, Double.NaN, 4.25))));
        assertThat(said).isEqualTo("Mood by week. Mood: 1 Mar 3, 15 Mar 4.3.");
    }

    @Test
    void aLongSeriesIsReadAsItsSpanLatestAndRange() {
        List<String> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            xs.add("w" + i);
            ys.add(i == 5 ? 90.0 : 40.0 + i);
        }
        String said = ChartDescription.series(new ChartDescription.Series("Trust", xs, ys));
        assertThat(said).isEqualTo("Trust: 20 points from w0 to w19; latest 59, lowest 40, highest 90.");
    }

    @Test
    void aChartWithoutValuesSaysSoAndAnUnnamedSeriesGetsAName() {
        assertThat(ChartDescription.of("Strength", List.of(new ChartDescription.Series("x", List.of("a"),
                List.of(Double.NaN))))).isEqualTo("Strength: no data yet.");
        assertThat(ChartDescription.series(new ChartDescription.Series(null, List.of("a"), List.of(1.0))))
                .isEqualTo("Values: a 1.");
    }
}
