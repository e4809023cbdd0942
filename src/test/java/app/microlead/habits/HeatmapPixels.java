package app.microlead.habits;

import app.microlead.AppDriver;
import java.time.LocalDate;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** What the year heatmap shows, read as a user sees it: the colour drawn at a day's cell, and the legend's. */
final class HeatmapPixels {

    private HeatmapPixels() {
    }

    /** The colour on the screen at the centre of the day's cell (the map scrolled into view first, as a user would). */
    static Color drawn(AppDriver app, LocalDate day) {
        app.scrollIntoView("habit-heatmap");
        Point2D[] at = new Point2D[1];
        app.robot().interact(() -> {
            YearHeatmapControl heat = app.byId("habit-heatmap");
            at[0] = heat.localToScreen(heat.cellCentre(day));
        });
        Image screen = app.robot().capture(new Rectangle2D(Math.floor(at[0].getX()), Math.floor(at[0].getY()), 1, 1))
                .getImage();
        return screen.getPixelReader().getColor(0, 0);
    }

    /** The colour the stylesheet gives a state ({@code done}, {@code skipped}, {@code missed}…), as in the legend. */
    static Color legend(AppDriver app, String state) {
        Color[] out = new Color[1];
        app.robot().interact(() -> {
            Region swatch = (Region) app.<YearHeatmapControl>byId("habit-heatmap").lookup(".heat-cell." + state);
            out[0] = (Color) swatch.getBackground().getFills().get(0).getFill();
        });
        return out[0];
    }

    /** Moves the pointer onto the day's cell (scrolled into view first, as a user would). */
    static void pointAt(AppDriver app, LocalDate day) {
        app.scrollIntoView("habit-heatmap");
        YearHeatmapControl heat = app.byId("habit-heatmap");
        Point2D[] screen = new Point2D[1];
        app.robot().interact(() -> screen[0] = heat.localToScreen(heat.cellCentre(day)));
        app.robot().moveTo(screen[0]);
    }
}
