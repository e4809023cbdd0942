package app.microlead.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;

/**
 * Opt-in measurement ({@code -Dmicrolead.fxStallProbe=true}): an animation timer asks for a pulse every
 * frame, so the gap between two calls is how long the JavaFX Application Thread could not draw. Gaps
 * over 100 ms are logged when they end; {@link #summary()} gives the longest. Counting starts with
 * the first pulse after the window is shown. Costs a repaint check each frame, so it is off by default.
 *
 * <p>A driver (the benchmarks' tour) can name the phase it is in ({@link #mark}), so each stall is put
 * down to a phase, and can run work of its own that stops every thread, such as a forced garbage
 * collection, without it being counted ({@link #runUncounted}).
 *
 * <p>Each gap's CPU time of the window thread is noted beside it: on a machine shared with other work a gap
 * grows with the wait for a core, its CPU time much less, so it tells what the app's own work in the gap
 * was (a collection's pause is in neither).
 */
public final class FxStallProbe extends AnimationTimer {

    public static final String PROPERTY = "microlead.fxStallProbe";
    private static final Logger LOG = Logger.getLogger(FxStallProbe.class.getName());
    private static final long REPORT_NANOS = 100_000_000L;
    private static volatile FxStallProbe running;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long last;
    private long lastCpu;
    private volatile long mostCpu;
    private volatile long longest;
    private volatile long longestEndedAtMs;
    private volatile long pulses;
    private volatile int over100;
    private volatile String phase = "start-up";
    private final Map<String, Long> longestByPhase = new LinkedHashMap<>();
    private volatile long uncountedFrom;
    private volatile long uncountedTo;

    private final LongSupplier nanoTime;
    private final LongSupplier cpuTime;

    private FxStallProbe() {
        this(System::nanoTime, THREADS::getCurrentThreadCpuTime);
    }

    /** A probe that reads the time and the window thread's CPU time from these (tests pass clocks they move). */
    FxStallProbe(LongSupplier nanoTime, LongSupplier cpuTime) {
        this.nanoTime = nanoTime;
        this.cpuTime = cpuTime;
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
        long now = nanoTime.getAsLong();
        long cpu = cpuTime.getAsLong();
        if (last != 0) {
            long gap = now - last;
            long gapCpu = cpu - lastCpu;
            boolean uncounted = uncountedTo != 0 && last < uncountedTo && now > uncountedFrom;
            if (uncounted) {
                LOG.info(String.format("FX stall: %d ms, ended %d ms after JVM start, not counted (the driver's own"
                        + " work)", gap / 1_000_000, uptimeMs()));
            } else {
                count(gap, gapCpu);
            }
        }
        last = now;
        lastCpu = cpu;
        pulses++;
    }

    private void count(long gap, long gapCpu) {
        String in = phase;
        synchronized (longestByPhase) {
            longestByPhase.merge(in, gap, Math::max);
        }
        mostCpu = Math.max(mostCpu, gapCpu);
        if (gap > longest) {
            longest = gap;
            longestEndedAtMs = uptimeMs();
        }
        if (gap > REPORT_NANOS) {
            over100++;
            LOG.info(String.format("FX stall: %d ms (window thread CPU %d ms), ended %d ms after JVM start, in %s",
                    gap / 1_000_000, gapCpu / 1_000_000, uptimeMs(), in));
        }
    }

    /** Names the phase the app is in from now on (any thread); stalls are put down to it. */
    public void mark(String name) {
        phase = name;
        LOG.info(String.format("FX stall probe: phase %s from %d ms after JVM start", name, uptimeMs()));
    }

    /** Runs {@code work} (any thread but the FX thread); a gap that overlaps it is logged but not counted. */
    public void runUncounted(Runnable work) {
        uncountedFrom = nanoTime.getAsLong();
        uncountedTo = Long.MAX_VALUE;
        try {
            work.run();
        } finally {
            uncountedTo = nanoTime.getAsLong();
        }
    }

    /** The longest gap of each phase so far, in milliseconds, in the order the phases came. */
    public Map<String, Long> longestByPhaseMillis() {
        synchronized (longestByPhase) {
            Map<String, Long> out = new LinkedHashMap<>();
            longestByPhase.forEach((k, v) -> out.put(k, v / 1_000_000));
            return out;
        }
    }

    /** The longest gap between two pulses so far, in milliseconds. */
    public long longestMillis() {
        return longest / 1_000_000;
    }

    /** The most CPU time the window thread spent in one counted gap between two pulses so far, in milliseconds. */
    public long mostCpuMillis() {
        return mostCpu / 1_000_000;
    }

    public String summary() {
        return String.format("FX stall probe: longest gap %d ms (ended %d ms after JVM start), %d gaps over 100 ms,"
                + " %d pulses, most window-thread CPU in one gap %d ms", longestMillis(), longestEndedAtMs, over100,
                pulses, mostCpuMillis());
    }

    private static long uptimeMs() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
