package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a process in the middle of saving a day again and again, then opens the journal:
 * it must open cleanly and hold at least every save the process had reported as done.
 */
class KillDuringWritesTest {

    @TempDir
    Path dir;

    @Test
    void everyReportedSaveSurvivesKillMinus9() throws Exception {
        for (int round = 0; round < 3; round++) {
            int lastReported = runAndKill(40 + round * 37);
            try (Database db = Database.open(DataFolder.open(dir))) {
                Entry e = new JdbcJournalRepository(db, Clock.systemUTC()).find(LocalDate.parse("2026-03-10"))
                        .orElseThrow();
                assertThat(e.text()).as("round %d", round).contains("word" + lastReported + " ");
                assertThat(e.tags()).containsExactly("crash");
            }
        }
    }

    /** Starts the writer, waits until it reported {@code saves} saves, kills it, returns the last report. */
    private int runAndKill(int saves) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(), dir.toString()).redirectErrorStream(false).start();
        int last = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("SAVED ")) {
                    last = Integer.parseInt(line.substring(6).trim());
                    if (last >= saves) {
                        p.destroyForcibly(); // SIGKILL on Linux and macOS
                        break;
                    }
                }
            }
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(last).as("writer reached its target").isGreaterThanOrEqualTo(saves);
        return last;
    }
}
