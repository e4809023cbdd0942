package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.DirectTaskRunner;
import app.microlead.common.KilledTypist;
import app.microlead.common.ManualScheduler;
import app.microlead.common.StubDialogs;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1:1 note half written on a person's page, never saved, survives the app being killed, less at most a second of
 * typing: a child JVM types a word every 100 ms without a pause ({@link PersonDraftKillMain}) and is SIGKILLed at a
 * random word. The journal must then hold, as the page's unsaved note, a whole prefix of what was typed with every
 * word a committed write had taken, and the next run shows it on her page as unsaved. Counting words instead of
 * wall time keeps the check independent of the machine's speed.
 */
class PersonDraftKillTest {

    /** Words typed within one wait (1 s at one word per 100 ms), and two for timer jitter. */
    private static final int WORDS_IN_A_SECOND = (int) (PersonViewModel.KEEP_ON_DISK_AFTER.toMillis()
            / PersonDraftKillMain.WORD_EVERY_MS) + 2;

    @TempDir
    Path dir;

    @TempDir
    Path errors;

    @Test
    void aKillWhileANoteIsTypedLosesAtMostASecondOfItAndTheNextRunShowsItAsUnsaved() throws Exception {
        long ana;
        try (Database db = Database.open(DataFolder.open(dir))) {
            ana = new JdbcPeopleRepository(db).add(Person.named("Ana Lima", LocalDate.parse("2026-01-05"))).id();
        }
        Random random = new Random(20261207);
        for (int round = 1; round <= 2; round++) {
            int killAt = 30 + random.nextInt(31);
            Path stderr = errors.resolve("typist-" + round + ".txt");
            KilledTypist run = KilledTypist.run(PersonDraftKillMain.class, List.of(dir.toString()), killAt, stderr);
            assertThat(run.aliveAtKill()).as("round %d: typist reached word %d and was killed running; its errors: %s",
                    round, killAt, Files.readString(stderr)).isTrue();

            try (Database db = Database.open(DataFolder.open(dir))) {
                JdbcPeopleRepository repo = new JdbcPeopleRepository(db);
                String note = repo.drafts().getOrDefault(ana, Map.of()).getOrDefault("notes", "");
                int onDisk = KilledTypist.lastWord(note);
                assertThat(note).as("round %d: a whole prefix of what was typed", round).isEqualTo(KilledTypist.words(onDisk));
                assertThat(onDisk).as("round %d: every write committed before the kill is on disk", round)
                        .isGreaterThanOrEqualTo(run.saved());
                assertThat(run.typed() - run.snapshot()).as("round %d: words typed since the page was last handed to the "
                        + "writer (killed at word %d, %d on disk)", round, run.typed(), onDisk)
                        .isLessThanOrEqualTo(WORDS_IN_A_SECOND);

                // the next run: her page shows the note as unsaved (the next round types on from an empty page); on a
                // machine so slow that no write had ended by the kill, there is nothing to show
                Clock clock = Clock.systemUTC();
                PeopleViewModel next = new PeopleViewModel(new PeopleService(repo, new JdbcJournalRepository(db, clock),
                        new JdbcHabitRepository(db), clock), new DirectTaskRunner(), new ManualScheduler(), new StubDialogs());
                next.load();
                assertThat(next.page().unsavedPages()).isEqualTo(onDisk > 0 ? List.of("Ana Lima") : List.of());
                next.selectedProperty().set(next.roster().get(0));
                assertThat(next.page().notesProperty().get()).isEqualTo(note);
                assertThat(next.page().messageProperty().get())
                        .isEqualTo(onDisk > 0 ? "Your unsaved changes are still here." : "");
                repo.saveDrafts(Map.of(ana, Map.of()));
            }
        }
    }
}
