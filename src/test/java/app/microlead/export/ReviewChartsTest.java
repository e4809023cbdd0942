package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReviewChartsTest {

    @Test
    void aMonthsNameIsDrawnWithinTheHeatmapNotCutAtItsEdge() {
        // December 2026 in a narrow chart (a month's PDF, many habits): its name starts where the squares do,
        // and the squares leave less room after that than the name takes
        LocalDate from = LocalDate.of(2026, 12, 1);
        ReviewCharts.Cell[] days = new ReviewCharts.Cell[31];
        Arrays.fill(days, ReviewCharts.Cell.DONE);
        int w = 48;
        int h = 400; // tall: the squares take the width, so the last column ends at the edge
        BufferedImage img = new BufferedImage(w + 60, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), h);
        ReviewCharts.heatmap(from, days, Locale.ENGLISH).paint(g, w, h);
        g.dispose();

        int drawnPastTheEdge = 0;
        int drawnInside = 0;
        for (int y = 0; y < 14; y++) { // the month labels' line, above the squares
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) != Color.WHITE.getRGB()) {
                    if (x >= w) {
                        drawnPastTheEdge++;
                    } else {
                        drawnInside++;
                    }
                }
            }
        }
        assertThat(drawnInside).as("the month names are drawn").isPositive();
        assertThat(drawnPastTheEdge).as("nothing of them past the chart's width").isZero();
    }

    @Test
    void aDayWithNoValueBesideItIsDrawnAsADot() {
        // a one-day period (nothing but its day) and a week with gaps either side of its third day
        double[] oneDay = {40};
        double[] gaps = {Double.NaN, Double.NaN, 60, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        assertThat(pillarPixels(oneDay)).as("a one-day period's value").isPositive();
        assertThat(pillarPixels(gaps)).as("a day alone between gaps").isPositive();
        assertThat(pillarPixels(new double[] {Double.NaN, Double.NaN})).as("no value, nothing drawn").isZero();
    }

    /** The pixels in the pillar's colour above the chart's dates and legend. */
    private static int pillarPixels(double[] values) {
        int w = 300;
        int h = 160;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        LocalDate from = LocalDate.of(2026, 12, 7);
        ReviewCharts.lines(List.of("Trust"), List.of(values), from, Locale.ENGLISH, "7 Dec", "13 Dec")
                .paint(g, w, h);
        g.dispose();
        int pillar = 0;
        for (int y = 0; y < h - 36; y++) {
            for (int x = 0; x < w; x++) {
                Color c = new Color(img.getRGB(x, y));
                // the grid and labels are greys; the pillar's blue is not
                if (c.getBlue() - c.getRed() > 60) {
                    pillar++;
                }
            }
        }
        return pillar;
    }
}
