package app.microlead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import app.microlead.storage.InstanceLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees in the terminal, from a real process (the log's console output is set up per
 * process, so only a child shows it): a command prints its result and nothing of the libraries' logs.
 */
class TerminalOutputTest {

    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void journal() {
        data = dir.resolve("journal");
        try (Database db = Database.open(DataFolder.open(data))) {
            JdbcJournalRepository j = new JdbcJournalRepository(db, Clock.systemUTC());
            for (int i = 0; i < 5; i++) {
                j.save(new Entry(LocalDate.of(2026, 3, 1 + i), "Explained the why of the new rota, day " + i
                        + ". See https://example.org/rota for the plan.", 4, 3, List.of("why"), List.of(), null, null));
            }
        }
    }

    private record Result(int code, String out) {
    }

    private Result microlead(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", "-cp", System.getProperty("java.class.path"),
                "app.microlead.Launcher"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    @Test
    void exportPdfPrintsItsResultLineOnlyAndTheLogGoesToTheDataFolder() throws Exception {
        Path pdf = dir.resolve("review.pdf");
        Result r = microlead("--data-dir", data.toString(), "export", "pdf", "--out", pdf.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("Wrote " + pdf.toAbsolutePath() + System.lineSeparator());
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        String log = Files.readString(data.resolve("logs").resolve("microlead.0.log"));
        assertThat(log).contains("Database open");
        // the PDF's links have titles, as a tagged PDF needs
        assertThat(log).doesNotContain("PDF/UA");
    }

    @Test
    void verboseAlsoShowsTheLog() throws Exception {
        Result r = microlead("--data-dir", data.toString(), "stats", "--verbose");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Days written: 5").contains("INFO").contains("Database open");
    }

    @Test
    void aCommandSaysWhatHoldsTheJournal() throws Exception {
        try (InstanceLock other = InstanceLock.tryAcquire(DataFolder.open(data).lockFile(), "import").orElseThrow()) {
            Result r = microlead("--data-dir", data.toString(), "stats");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out().strip()).isEqualTo("microlead: Another Microlead command (import) is working on this"
                    + " journal; it will be free when that command ends. Run this one again then.");
        }
        try (InstanceLock app = InstanceLock.tryAcquire(DataFolder.open(data).lockFile()).orElseThrow()) {
            Result r = microlead("--data-dir", data.toString(), "stats");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).contains("Microlead is open with this journal; close the app first");
        }
    }
}
