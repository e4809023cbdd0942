package app.microlead.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When this process started, to the hundredth of a second, for the "first frame N ms after JVM start"
 * figure of the start-up benchmarks.
 *
 * <p>{@code ProcessHandle.Info.startInstant()} is not precise enough on Linux: the JDK adds the process'
 * start (in clock ticks since boot) to the boot time of {@code /proc/stat}, which is whole seconds, so
 * every figure is off by the same fraction of a second. Here the start is
 * taken relative to now: {@code now - (uptime - starttime)}, both from {@code /proc} in hundredths of a
 * second. Elsewhere the JDK's figure is used.
 */
public final class ProcessStart {

    /** Clock ticks a second of {@code /proc/self/stat}'s start time (USER_HZ, 100 on every Linux ABI). */
    private static final int TICKS_PER_SECOND = 100;

    private ProcessStart() {
    }

    /** The time since this process started, if known. */
    public static Optional<Duration> elapsed() {
        Instant now = Instant.now();
        Optional<Duration> fromProc = fromProc(Path.of("/proc/self/stat"), Path.of("/proc/uptime"));
        if (fromProc.isPresent()) {
            return fromProc;
        }
        return ProcessHandle.current().info().startInstant().map(t -> Duration.between(t, now));
    }

    /** Milliseconds since this process started, or -1 when not known. */
    public static long elapsedMillis() {
        return elapsed().map(Duration::toMillis).orElse(-1L);
    }

    /** The uptime minus the process' start, both since boot; empty when the files are not Linux's. */
    static Optional<Duration> fromProc(Path stat, Path uptime) {
        try {
            return parse(Files.readString(stat), Files.readString(uptime));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * From the texts of {@code /proc/self/stat} and {@code /proc/uptime}. The command name (field 2) may
     * hold spaces and parentheses, so fields are counted after its last ')'; the start time is field 22.
     */
    static Optional<Duration> parse(String stat, String uptime) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return Optional.empty();
        }
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        // fields[0] is field 3 (state), so field 22 is fields[19]
        if (fields.length < 20) {
            return Optional.empty();
        }
        long startTicks = Long.parseLong(fields[19]);
        String up = uptime.trim().split("\\s+")[0];
        long upHundredths = Math.round(Double.parseDouble(up) * TICKS_PER_SECOND);
        long elapsedTicks = upHundredths - startTicks;
        if (elapsedTicks < 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(elapsedTicks * 1000 / TICKS_PER_SECOND));
    }
}
