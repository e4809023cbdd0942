package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.microlead.assessment.JdbcAssessmentRepository;
import app.microlead.assessment.QuestionBank;
import app.microlead.habits.HabitService;
import app.microlead.habits.JdbcHabitRepository;
import app.microlead.journal.Entry;
import app.microlead.journal.JdbcJournalRepository;
import app.microlead.review.JdbcWeeklyReviewRepository;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during an export (a stream that fails after some bytes): neither the target
 * nor a temporary ".part" file is left behind, and a file that was already there stays as it was.
 */
class FailedExportLeavesNoFileTest {

    @TempDir
    Path dir;
    private Path out;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
    private Database db;

    /** Accepts {@code limit} bytes, then fails as a full disk does. */
    static final class DiskFull extends FilterOutputStream {
        private long left;

        DiskFull(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                out.write(b, off, (int) left);
                left = 0;
                throw new IOException("No space left on device");
            }
            out.write(b, off, len);
            left -= len;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(DataFolder.open(dir.resolve("journal")));
        ArchiveRoundTripTest.fill(db, clock);
        out = Files.createDirectory(dir.resolve("out"));
        AtomicFile.through = os -> new DiskFull(os, 3000);
    }

    @AfterEach
    void tearDown() {
        AtomicFile.through = UnaryOperator.identity();
        db.close();
    }

    private List<String> filesInOut() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private ReviewData review() {
        ReviewRequest r = new ReviewRequest(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 10), null, null, "Review", null);
        return ReviewData.load(r, clock, new JdbcJournalRepository(db, clock), new HabitService(new JdbcHabitRepository(db),
                clock), new JdbcAssessmentRepository(db, clock), new JdbcWeeklyReviewRepository(db, clock),
                QuestionBank.load(), Progress.NONE);
    }

    @Test
    void aFailingWriterLeavesNeitherTargetNorTemporaryFile() throws Exception {
        assertThatThrownBy(() -> AtomicFile.write(out.resolve("a.txt"), os -> os.write(new byte[10_000])))
                .isInstanceOf(IOException.class).hasMessageContaining("No space left");
        assertThat(filesInOut()).isEmpty();
    }

    @Test
    void aFileThatWasThereStaysAsItWas() throws Exception {
        Path target = Files.writeString(out.resolve("archive.json"), "the previous export", StandardCharsets.UTF_8);
        ArchiveService s = ArchiveRoundTripTest.service(db, clock);
        assertThatThrownBy(() -> s.write(s.snapshot(Map.of()), target)).isInstanceOf(IOException.class);
        assertThat(filesInOut()).containsExactly("archive.json");
        assertThat(Files.readString(target)).isEqualTo("the previous export");
    }

    @Test
    void aJsonArchive() throws Exception {
        ArchiveService s = ArchiveRoundTripTest.service(db, clock);
        assertThatThrownBy(() -> s.write(s.snapshot(Map.of()), out.resolve("out.json"))).isInstanceOf(IOException.class);
        assertThat(filesInOut()).isEmpty();
    }

    @Test
    void aPdfReview() throws Exception {
        assertThatThrownBy(() -> new PdfExporter().export(review(), out.resolve("review.pdf"), Progress.NONE))
                .isInstanceOf(IOException.class);
        assertThat(filesInOut()).isEmpty();
    }

    @Test
    void markdownAndCsv() throws Exception {
        List<Entry> entries = review().entries();
        assertThat(entries).isNotEmpty();
        assertThatThrownBy(() -> new MarkdownExporter().toFile(entries, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 10), "Review", out.resolve("review.md"))).isInstanceOf(IOException.class);
        AtomicFile.through = os -> new DiskFull(os, 40); // the check-ins are short
        assertThatThrownBy(() -> new HabitCsvExporter().export(new HabitService(new JdbcHabitRepository(db), clock)
                .rows(true), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 10), out.resolve("habits.csv")))
                .isInstanceOf(IOException.class);
        assertThat(filesInOut()).isEmpty();
    }

    @Test
    void withRoomOnTheDiskTheExportIsWhole() throws Exception {
        AtomicFile.through = UnaryOperator.identity();
        ArchiveService s = ArchiveRoundTripTest.service(db, clock);
        s.write(s.snapshot(Map.of()), out.resolve("out.json"));
        assertThat(filesInOut()).containsExactly("out.json");
        assertThat(ArchiveReader.read(out.resolve("out.json")).entries()).hasSize(40);
    }
}
