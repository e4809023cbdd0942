package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.KilledTypist;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
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
            KilledTypist run = KilledTypist.run(AutosaveKillMain.class, List.of(dir.toString(), day.toString()), killAt,
                    stderr);
            assertThat(run.aliveAtKill()).as("round %d: typist reached word %d and was killed running; its errors: %s",
                    round, killAt, Files.readString(stderr)).isTrue();

            String stored;
            try (Database db = Database.open(DataFolder.open(dir))) {
                stored = new JdbcJournalRepository(db, Clock.systemUTC()).find(day).map(Entry::text).orElse("");
            }
            int kept = KilledTypist.lastWord(stored);
            assertThat(stored).as("round %d: a whole prefix of what was typed", round).isEqualTo(KilledTypist.words(kept));
            assertThat(kept).as("round %d: every save reported before the kill is in the file", round)
                    .isGreaterThanOrEqualTo(run.saved());
            assertThat(run.typed() - run.snapshot()).as("round %d: words typed since the autosave last took the text "
                    + "(killed at word %d, %d kept)", round, run.typed(), kept).isLessThanOrEqualTo(WORDS_IN_A_SECOND);
        }
    }
}
