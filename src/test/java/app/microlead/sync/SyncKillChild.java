package app.microlead.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The child process of {@link SyncKillTest}: computer "b" writes days of its own, says START, runs one
 * sync round and says DONE. The test kills it somewhere in between.
 */
public final class SyncKillChild {

    private SyncKillChild() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        try (TestDevice b = new TestDevice(root, "b", Instant.parse("2026-12-02T08:00:00Z").plusSeconds(3600L * run))) {
            for (int i = 0; i < SyncKillTest.EDITS_PER_RUN; i++) {
                LocalDate day = SyncKillTest.dayOfB(run, i);
                b.write(day, SyncKillTest.textOfB(run, i));
            }
            System.out.println("START");
            System.out.flush();
            b.round();
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
