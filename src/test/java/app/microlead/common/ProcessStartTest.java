package app.microlead.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ProcessStartTest {

    /** A real line of /proc/PID/stat, with a command name that has a space and a parenthesis in it. */
    private static final String STAT = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 5513 0 0 0 31 7 0 0 20 0 "
            + "19 0 4812345 3947696128 21405 18446744073709551615 1 1 0 0 0 0 0 4096 16796879 0 0 0 17 1 0 0 0 0 0";

    @Test
    void elapsedIsUptimeMinusTheStartTicks() {
        // started at tick 4,812,345 (48,123.45 s after boot); the uptime is 48,125.00 s
        assertEquals(Optional.of(Duration.ofMillis(1550)), ProcessStart.parse(STAT, "48125.00 90000.12\n"));
    }

    @Test
    void unreadableTextsGiveNothing() {
        assertEquals(Optional.empty(), ProcessStart.parse("garbage", "1.0 2.0"));
        assertEquals(Optional.empty(), ProcessStart.parse("1 (a) S 1 2", "1.0 2.0"));
        // a start after the uptime cannot be
        assertEquals(Optional.empty(), ProcessStart.parse(STAT, "100.00 5.0"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxItIsReadFromProcAndTheProcessStartedBeforeTheJvmCountedItsUptime() {
        // the precise figure, not the JDK's whole-second one
        assertTrue(ProcessStart.fromProc(Path.of("/proc/self/stat"), Path.of("/proc/uptime")).isPresent());
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long elapsed = ProcessStart.elapsedMillis();
        // the process starts before the JVM counts its uptime; /proc counts in hundredths
        assertTrue(elapsed >= jvmUptime - 10, elapsed + " ms since start, JVM up " + jvmUptime + " ms");
    }
}
