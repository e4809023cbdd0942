package app.microlead.faults;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at random moments, 50 times, while reflections and check-ins are being written: after each
 * kill the journal opens and every save the process had acknowledged is there.
 */
class RandomKillTest {

    @TempDir
    Path dir;

    @Test
    void fiftyKillsLoseNothingAcknowledged() throws Exception {
        Random random = new Random(20261128);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int kills = 0;
        while (kills < 50) {
            Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), CrashingWriterMain.class.getName(), dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AtomicReference<LocalDate> lastEntry = new AtomicReference<>();
            AtomicReference<LocalDate> lastCheck = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.startsWith("ENTRY ")) {
                            lastEntry.set(LocalDate.parse(line.substring(6)));
                        } else if (line.startsWith("CHECK ")) {
                            lastCheck.set(LocalDate.parse(line.substring(6)));
                        }
                    }
                } catch (Exception ignored) {
                    // the process was killed
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (lastEntry.get() == null && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(120));   // a random moment in the middle of writing
            p.destroyForcibly();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);
            kills++;

            try (Database db = Database.open(DataFolder.open(dir))) {
                JdbcJournalRepository journal = new JdbcJournalRepository(db, Clock.systemUTC());
                if (lastEntry.get() != null) {
                    assertThat(journal.find(lastEntry.get())).as("kill %d: entry of %s", kills, lastEntry.get()).isPresent();
                }
                if (lastCheck.get() != null) {
                    JdbcHabitRepository habits = new JdbcHabitRepository(db);
                    long id = habits.habits(true).get(0).id();
                    assertThat(habits.checkIns(id)).as("kill %d: check-in of %s", kills, lastCheck.get())
                            .containsKey(lastCheck.get());
                }
            }
        }
        assertThat(kills).isEqualTo(50);
    }
}
