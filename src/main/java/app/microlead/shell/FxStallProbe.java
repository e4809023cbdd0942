package app.microlead.shell;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;

/**
 * Opt-in measurement ({@code -Dmicrolead.fxStallProbe=true}): an animation timer asks for a pulse every
 * frame, so the gap between two calls is how long the JavaFX Application Thread could not draw. Gaps
 * over 100 ms are logged when they end; {@link #summary()} gives the longest. Counting starts with
 * the first pulse after the window is shown. Costs a repaint check each frame, so it is off by default.
 */
public final class FxStallProbe extends AnimationTimer {

    public static final String PROPERTY = "microlead.fxStallProbe";
    private static final Logger LOG = Logger.getLogger(FxStallProbe.class.getName());
    private static final long REPORT_NANOS = 100_000_000L;
    private static volatile FxStallProbe running;

    private long last;
    private volatile long longest;
    private volatile long longestEndedAtMs;
    private volatile long pulses;
    private volatile int over100;

    private FxStallProbe() {
    }

    /** Starts the probe when the system property asks for it (call on the FX thread). */
    public static void startIfAsked() {
        if (Boolean.getBoolean(PROPERTY) && running == null) {
            running = new FxStallProbe();
            running.start();
        }
    }

    /** The probe started by {@link #startIfAsked}, or null. */
    public static FxStallProbe running() {
        return running;
    }

    @Override
    public void handle(long pulseNanos) {
        long now = System.nanoTime();
        if (last != 0) {
            long gap = now - last;
            if (gap > longest) {
                longest = gap;
                longestEndedAtMs = uptimeMs();
            }
            if (gap > REPORT_NANOS) {
                over100++;
                LOG.info(String.format("FX stall: %d ms, ended %d ms after JVM start", gap / 1_000_000, uptimeMs()));
            }
        }
        last = now;
        pulses++;
    }

    /** The longest gap between two pulses so far, in milliseconds. */
    public long longestMillis() {
        return longest / 1_000_000;
    }

    public String summary() {
        return String.format("FX stall probe: longest gap %d ms (ended %d ms after JVM start), %d gaps over 100 ms,"
                + " %d pulses", longestMillis(), longestEndedAtMs, over100, pulses);
    }

    private static long uptimeMs() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
