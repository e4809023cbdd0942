package app.microlead.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.shell.WindowPlacement.Placement;
import app.microlead.storage.Preferences.WindowState;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window comes back: where it was, on a screen that still exists, never larger than it. */
class WindowPlacementTest {

    private static final Rectangle2D WIDE = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D RIGHT = new Rectangle2D(1440, 0, 1920, 1080);
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 600);

    @Test
    void aSavedWindowComesBackWhereAndAsItWas() {
        Placement p = WindowPlacement.place(new WindowState(9, 12, 1422, 875, false), List.of(WIDE), WIDE);
        assertThat(p).isEqualTo(new Placement(9, 12, 1422, 875, false));
    }

    @Test
    void maximizedIsKeptWithTheNormalBoundsUnderneath() {
        Placement p = WindowPlacement.place(new WindowState(100, 50, 1000, 700, true), List.of(WIDE), WIDE);
        assertThat(p).isEqualTo(new Placement(100, 50, 1000, 700, true));
    }

    @Test
    void aWindowOnASecondScreenStaysThere() {
        Placement p = WindowPlacement.place(new WindowState(1600, 100, 1400, 900, false), List.of(WIDE, RIGHT), WIDE);
        assertThat(p).isEqualTo(new Placement(1600, 100, 1400, 900, false));
    }

    @Test
    void whenTheSecondScreenIsGoneItOpensCentredOnTheMainOne() {
        Placement p = WindowPlacement.place(new WindowState(1600, 100, 1400, 900, false), List.of(WIDE), WIDE);
        assertThat(p).isEqualTo(new Placement(20, 0, 1400, 900, false));
    }

    @Test
    void onASmallerScreenItShrinksToTheScreenAndMovesOntoIt() {
        Placement p = WindowPlacement.place(new WindowState(300, 200, 1422, 875, false), List.of(SMALL), SMALL);
        assertThat(p).isEqualTo(new Placement(0, 0, 1024, 600, false));
        Placement q = WindowPlacement.place(new WindowState(500, 100, 800, 560, false), List.of(SMALL), SMALL);
        assertThat(q).isEqualTo(new Placement(224, 40, 800, 560, false));
    }

    @Test
    void neverSmallerThanTheMinimumUnlessTheScreenIs() {
        Placement p = WindowPlacement.place(new WindowState(10, 10, 300, 200, false), List.of(WIDE), WIDE);
        assertThat(p.width()).isEqualTo(WindowPlacement.MIN_WIDTH);
        assertThat(p.height()).isEqualTo(WindowPlacement.MIN_HEIGHT);
        Rectangle2D tiny = new Rectangle2D(0, 0, 640, 480);
        Placement q = WindowPlacement.place(new WindowState(10, 10, 300, 200, false), List.of(tiny), tiny);
        assertThat(q).isEqualTo(new Placement(0, 0, 640, 480, false));
    }

    @Test
    void aFirstStartOrAnUnreadableStateOpensCentredAtTheDefaultSize() {
        assertThat(WindowPlacement.place(null, List.of(WIDE), WIDE)).isEqualTo(new Placement(130, 70, 1180, 760, false));
        assertThat(WindowPlacement.place(new WindowState(Double.NaN, 0, 1000, 700, true), List.of(WIDE), WIDE))
                .isEqualTo(new Placement(130, 70, 1180, 760, false));
        assertThat(WindowPlacement.place(new WindowState(0, 0, -5, 700, false), List.of(WIDE), WIDE))
                .isEqualTo(new Placement(130, 70, 1180, 760, false));
    }

    @Test
    void aTitleBarAboveTheScreenOrBarelyOnItIsNotReachable() {
        assertThat(WindowPlacement.place(new WindowState(100, -300, 1000, 700, false), List.of(WIDE), WIDE).y())
                .isEqualTo(100);
        assertThat(WindowPlacement.place(new WindowState(1400, 100, 1000, 700, false), List.of(WIDE), WIDE).x())
                .isEqualTo(220);
    }
}
