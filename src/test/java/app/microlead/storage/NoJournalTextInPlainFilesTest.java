package app.microlead.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the database refuses puts the refused values into its error message. Neither the log file,
 * nor a trace file of the database, nor the message a person reads may carry them.
 */
class NoJournalTextInPlainFilesTest {

    private static final String SECRET = "Zebrafinch";

    @TempDir
    Path dir;

    @Test
    void aRefusedWriteLeavesItsValuesInNoLogTraceOrMessage() throws Exception {
        DataFolder folder = DataFolder.open(dir);
        // the app's log file (Logs.init installs it once per process, so the test adds its own the same way)
        FileHandler logFile = Logs.fileHandler(folder.logsDir());
        Logger.getLogger("").addHandler(logFile);
        try {
            refuseAWriteAndLogIt(folder);
        } finally {
            Logger.getLogger("").removeHandler(logFile);
            logFile.close();
        }
    }

    private void refuseAWriteAndLogIt(DataFolder folder) throws Exception {
        String tooLong = (SECRET + " ").repeat(13); // 143 characters: the tag column holds 100
        try (Database db = Database.open(folder)) {
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO entry (entry_date, body, created_at, updated_at)"
                        + " VALUES (?, 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                    ps.setDate(1, Date.valueOf(LocalDate.of(2026, 3, 1)));
                    ps.executeUpdate();
                }
                return null;
            });
            assertThatThrownBy(() -> db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO entry_tag (entry_date, tag) VALUES (?, ?)")) {
                    ps.setDate(1, Date.valueOf(LocalDate.of(2026, 3, 1)));
                    ps.setString(2, tooLong);
                    return ps.executeUpdate();
                }
            })).isInstanceOf(StorageException.class).satisfies(e -> {
                assertThat(e.getMessage()).doesNotContain(SECRET);
                // what the app does with an unexpected failure: it logs it, stack trace and causes included
                Logger.getLogger("app.microlead.test").log(Level.WARNING, "Save failed", e);
            });
            // the same statement as a literal: H2 then quotes the statement itself in its message
            assertThatThrownBy(() -> db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO entry_tag (entry_date, tag) VALUES (DATE '2026-03-01', '" + tooLong + "')")))
                    .satisfies(e -> Logger.getLogger("app.microlead.test").log(Level.WARNING, "Save failed", e));
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("no trace file").noneMatch(p -> p.getFileName().toString().endsWith(".trace.db"));
        List<Path> logs = files.stream().filter(p -> p.getFileName().toString().endsWith(".log")).toList();
        assertThat(logs).as("the log was written").isNotEmpty();
        String logText = String.join("\n", logs.stream().map(NoJournalTextInPlainFilesTest::read).toList());
        assertThat(logText).contains("Save failed").contains("StorageException").doesNotContain(SECRET);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
