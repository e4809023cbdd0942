package app.microlead.faults;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at random moments, 50 times, while reflections and check-ins are being written: after each
 * kill the journal opens and every save the process had acknowledged is there. Each writer must have
 * acknowledged a reflection before it is killed and must still be running then, so a writer that
 * cannot start or that fails on its own fails the test (with its error output) instead of skipping it.
 */
class RandomKillTest {

    private static final int KILLS = 50;

    @TempDir
    Path dir;

    @TempDir
    Path errors;

    @Test
    void fiftyKillsLoseNothingAcknowledged() throws Exception {
        Random random = new Random(20261128);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<LocalDate> acknowledged = new ArrayList<>();
        int checkInsVerified = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Path stderr = errors.resolve("writer-" + kill + ".txt");
            Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), CrashingWriterMain.class.getName(), dir.toString())
                    .redirectError(stderr.toFile()).start();
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
            // the limit only says when to give up on a writer that never saves; a slow machine just takes longer
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lastEntry.get() == null && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(lastEntry.get()).as("kill %d: the writer acknowledged no save; its errors: %s", kill,
                    errorsOf(stderr)).isNotNull();
            Thread.sleep(random.nextInt(120));   // a random moment in the middle of writing
            assertThat(p.isAlive()).as("kill %d: the writer stopped by itself; its errors: %s", kill, errorsOf(stderr))
                    .isTrue();
            p.destroyForcibly();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);
            assertThat(reader.isAlive()).as("kill %d: the writer's output is still being read", kill).isFalse();
            acknowledged.add(lastEntry.get());

            try (Database db = Database.open(DataFolder.open(dir))) {
                JdbcJournalRepository journal = new JdbcJournalRepository(db, Clock.systemUTC());
                assertThat(journal.find(lastEntry.get())).as("kill %d: entry of %s", kill, lastEntry.get()).isPresent();
                if (lastCheck.get() != null) {
                    JdbcHabitRepository habits = new JdbcHabitRepository(db);
                    long id = habits.habits(true).get(0).id();
                    assertThat(habits.checkIns(id)).as("kill %d: check-in of %s", kill, lastCheck.get())
                            .containsKey(lastCheck.get());
                    checkInsVerified++;
                }
            }
        }
        // and nothing acknowledged before an earlier kill was lost by a later one
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcJournalRepository journal = new JdbcJournalRepository(db, Clock.systemUTC());
            for (LocalDate day : acknowledged) {
                assertThat(journal.find(day)).as("entry of %s after all kills", day).isPresent();
            }
        }
        assertThat(checkInsVerified).as("kills after which an acknowledged check-in was looked for").isPositive();
    }

    private static String errorsOf(Path stderr) throws Exception {
        return Files.exists(stderr) ? Files.readString(stderr) : "(none)";
    }
}
