package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.AppDriver;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The log file never holds journal text: a day with a word no log message has is written, and fails to
 * be written, through the app's own paths, then the log file (as the app writes it: the same handler and
 * format) is searched for that word.
 */
class LogsHoldNoJournalTextTest {

    private static final String WORD = "Quokkamorgen";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T19:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private FileHandler logFile;

    @BeforeEach
    void logToAFileOfOurOwn() throws Exception {
        // the app's log goes wherever the first start in this JVM put it: this test reads a file of its own
        logFile = Logs.fileHandler(dir.resolve("logs"));
        Logger.getLogger("").addHandler(logFile);
    }

    @AfterEach
    void stopLogging() {
        Logger.getLogger("").removeHandler(logFile);
        logFile.close();
    }

    private String log() throws Exception {
        logFile.flush();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }

    @Test
    void aSaveAndAFailedSaveInTheBackgroundLogNoJournalText() throws Exception {
        FxToolkit.registerPrimaryStage(); // the task runner hands results to the FX thread
        FxTaskRunner tasks = new FxTaskRunner();
        try (Database db = Database.open(DataFolder.open(dir.resolve("data")))) {
            JdbcJournalRepository journal = new JdbcJournalRepository(db, CLOCK);
            LocalDate day = LocalDate.parse("2026-03-10");
            AtomicReference<Object> saved = new AtomicReference<>();
            tasks.write(() -> {
                journal.save(new Entry(day, "Met " + WORD + " for coffee", 4, 3, List.of("team"), List.of(), null, null));
                return true;
            }, saved::set, saved::set);
            // a tag longer than the database keeps: the database's error message quotes the value
            AtomicReference<Throwable> failed = new AtomicReference<>();
            tasks.write(() -> {
                journal.save(new Entry(day.minusDays(1), "Second day", null, null,
                        List.of(WORD.toLowerCase(Locale.ROOT) + "-".repeat(150)), List.of(), null, null));
                return true;
            }, ok -> { }, failed::set);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> saved.get() != null && failed.get() != null);
            assertThat(saved.get()).isEqualTo(true);
            assertThat(journal.find(day)).hasValueSatisfying(e -> assertThat(e.text()).contains(WORD));
            // the error did carry the text; only the log must not
            assertThat(failed.get()).isInstanceOf(StorageException.class);
            assertThat(String.valueOf(failed.get().getCause().getMessage())).containsIgnoringCase(WORD);
        } finally {
            tasks.shutdown();
        }
        String log = log();
        assertThat(log).as("the failure is in the log").contains("Background task failed");
        assertThat(log).doesNotContainIgnoringCase(WORD);
    }

    @Test
    void writingADayInTheAppLogsNoJournalText() throws Exception {
        try (AppDriver app = AppDriver.start(dir.resolve("app"), CLOCK)) {
            app.waitUntil(() -> app.exists("today-text"), 10);
            app.clickOn("today-text");
            app.robot().write("Lunch with " + WORD + " went well.");
            app.clickOn("today-tag-input");
            app.robot().write(WORD.toLowerCase(Locale.ROOT)).type(KeyCode.ENTER);
            app.waitUntil(() -> app.<Label>byId("today-status").getText().startsWith("Saved"), 10);
            app.clickOn("nav-journal");
            app.waitUntilSettled();
        }
        String log = log();
        assertThat(log).as("the app's start is in the log").contains("Database closed");
        assertThat(log).doesNotContainIgnoringCase(WORD);
    }
}
