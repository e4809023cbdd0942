package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 keeps no copy of a saved text: its object cache is off, unless someone set it. */
class H2SettingsTest {

    @TempDir
    Path dir;

    @Test
    void aSavedTextIsNotKeptByTheDatabaseOnceSaved() throws Exception {
        WeakReference<String> saved;
        try (Database db = Database.open(DataFolder.open(dir))) {
            JdbcJournalRepository repo = new JdbcJournalRepository(db,
                    Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneOffset.UTC));
            saved = saveALongDay(repo);
            // the collector is asked a few times: a text only the database still held would stay
            for (int i = 0; i < 10 && saved.get() != null; i++) {
                System.gc();
                Thread.sleep(50);
            }
            assertThat(saved.get()).as("the saved text, still reachable after the save").isNull();
        }
    }

    /** Saves a text made here (its only strong reference goes when this returns) and keeps a weak one to it. */
    private static WeakReference<String> saveALongDay(JdbcJournalRepository repo) {
        String text = "Asked Ana what she needs. ".repeat(4_000) + System.nanoTime();
        repo.save(new Entry(LocalDate.parse("2026-03-09"), text, 3, null, List.of(), List.of(), null, null));
        return new WeakReference<>(text);
    }

    @Test
    void theCacheIsTurnedOffUnlessTheSettingWasGiven() {
        String before = System.getProperty(H2Settings.OBJECT_CACHE);
        try {
            System.clearProperty(H2Settings.OBJECT_CACHE);
            H2Settings.apply();
            assertThat(System.getProperty(H2Settings.OBJECT_CACHE)).isEqualTo("false");
            System.setProperty(H2Settings.OBJECT_CACHE, "true");
            H2Settings.apply();
            assertThat(System.getProperty(H2Settings.OBJECT_CACHE)).isEqualTo("true");
        } finally {
            if (before == null) {
                System.clearProperty(H2Settings.OBJECT_CACHE);
            } else {
                System.setProperty(H2Settings.OBJECT_CACHE, before);
            }
        }
    }
}
