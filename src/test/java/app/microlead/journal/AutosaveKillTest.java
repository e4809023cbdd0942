package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A killed app loses at most a second of typing, through the real autosave path: a child JVM types a
 * word every 100 ms without a pause ({@link AutosaveKillMain}) and is SIGKILLed at a random word.
 * The journal file must then hold every save the child had reported, as a whole prefix of what was
 * typed, and the autosave must have taken the typing at most a second (of the same timer the words
 * are typed on) before the kill. Counting words instead of wall time keeps the check
 * independent of the machine's speed. An autosave whose wait restarts with every keystroke saves
 * nothing while someone types on, and fails here.
 */
class AutosaveKillTest {

    /** Words typed within one autosave wait (1 s at one word per 100 ms), and two for timer jitter. */
    private static final int WORDS_IN_A_SECOND = (int) (EntryEditorViewModel.AUTOSAVE_DELAY.toMillis()
            / AutosaveKillMain.WORD_EVERY_MS) + 2;

    @TempDir
    Path dir;

    @TempDir
    Path errors;

    @Test
    void aKillDuringTypingLosesAtMostASecondOfIt() throws Exception {
        Random random = new Random(20261204);
        for (int round = 1; round <= 3; round++) {
            LocalDate day = LocalDate.parse("2026-03-0" + round);
            int killAt = 30 + random.nextInt(31);
            Path stderr = errors.resolve("typist-" + round + ".txt");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    AutosaveKillMain.class.getName(), dir.toString(), day.toString())
                    .redirectError(stderr.toFile()).start();
            int typed = 0;
            int snapshot = 0;
            int saved = 0;
            boolean aliveAtKill = false;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    int n = Integer.parseInt(line.substring(line.indexOf(' ') + 1));
                    if (line.startsWith("SNAPSHOT ")) {
                        snapshot = n;
                    } else if (line.startsWith("SAVED ")) {
                        saved = Math.max(saved, n);
                    } else if (line.startsWith("TYPED ")) {
                        typed = n;
                        if (typed >= killAt) {
                            aliveAtKill = p.isAlive();
                            p.destroyForcibly(); // SIGKILL on Linux and macOS
                            break;
                        }
                    }
                }
            } finally {
                p.destroyForcibly();
                assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(aliveAtKill && typed >= killAt).as("round %d: typist reached word %d and was killed running; its errors: %s",
                    round, killAt, Files.readString(stderr)).isTrue();

            String stored;
            try (Database db = Database.open(DataFolder.open(dir))) {
                stored = new JdbcJournalRepository(db, Clock.systemUTC()).find(day).map(Entry::text).orElse("");
            }
            int kept = AutosaveKillMain.lastWord(stored);
            assertThat(stored).as("round %d: a whole prefix of what was typed", round).isEqualTo(words(kept));
            assertThat(kept).as("round %d: every save reported before the kill is in the file", round)
                    .isGreaterThanOrEqualTo(saved);
            assertThat(typed - snapshot).as("round %d: words typed since the autosave last took the text "
                    + "(killed at word %d, %d kept)", round, typed, kept).isLessThanOrEqualTo(WORDS_IN_A_SECOND);
        }
    }

    private static String words(int upTo) {
        return IntStream.rangeClosed(1, upTo).mapToObj(i -> "k" + i + " ").collect(Collectors.joining());
    }
}
