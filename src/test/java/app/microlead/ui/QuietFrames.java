package app.microlead.ui;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * For the tests that count the frames JavaFX draws: waits until the JVM draws (almost) none, as an animation another
 * test left running ends (a dialog's settling, a chart's, a tooltip's fade), so that what is counted next is the
 * test's own.
 */
public final class QuietFrames {

    private QuietFrames() {
    }

    /**
     * Whether at most {@code most} frames were counted by {@code pulses} in a half second, tried for up to 6 s:
     * false when something else in the JVM keeps drawing frames all that time.
     */
    public static boolean waitForQuiet(AtomicInteger pulses, int most) throws InterruptedException {
        Thread.sleep(300); // the first frames of a window just shown
        for (int tries = 0; tries < 12; tries++) {
            pulses.set(0);
            Thread.sleep(500);
            if (pulses.get() <= most) {
                return true;
            }
        }
        return false;
    }
}
