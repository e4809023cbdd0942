package app.microlead.export.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.microlead.export.ArchiveReader;
import app.microlead.export.ImportException;
import app.microlead.journal.Entry;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size limits of every importer, just over and just at each limit: a file too large is refused by
 * its size before it is read, too many entries or a day too long is refused with the figures, and what
 * is exactly at a limit is not refused for its size.
 */
class ImportLimitsTest {

    @TempDir
    Path dir;

    /** A file of that length whose bytes are never written (sparse: costs no disk). */
    private static Path sized(Path file, long length) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
        return file;
    }

    private static ImportException refused(ThrowingRead read) {
        ImportException e = catchThrowableOfType(ImportException.class, read::run);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void run() throws Exception;
    }

    @Test
    void aJrnlFileOverFiftyMegabytesIsRefusedByItsSize() throws Exception {
        Path big = sized(dir.resolve("big.json"), JrnlImporter.MAX_FILE_BYTES + 1);
        ImportException e = refused(() -> JrnlImporter.read(big));
        assertThat(e.kind()).isEqualTo(ImportException.Kind.FILE);
        assertThat(e.getMessage()).contains("big.json is larger than 50 MB");

        // at the limit the file is read (and these zero bytes are no JSON)
        Path atLimit = sized(dir.resolve("fifty.json"), JrnlImporter.MAX_FILE_BYTES);
        ImportException read = refused(() -> JrnlImporter.read(atLimit));
        assertThat(read.kind()).isNotEqualTo(ImportException.Kind.FILE);
    }

    @Test
    void aRedNotebookMonthOverFiftyMegabytesIsRefusedByItsSize() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("rednotebook"));
        sized(folder.resolve("2026-04.txt"), RedNotebookImporter.MAX_FILE_BYTES + 1);
        ImportException e = refused(() -> RedNotebookImporter.read(folder));
        assertThat(e.kind()).isEqualTo(ImportException.Kind.FILE);
        assertThat(e.getMessage()).contains("2026-04.txt is larger than 50 MB");

        sized(folder.resolve("2026-04.txt"), RedNotebookImporter.MAX_FILE_BYTES);
        ImportException read = refused(() -> RedNotebookImporter.read(folder));
        assertThat(read.getMessage()).doesNotContain("larger than");
    }

    @Test
    void anArchiveOverFiveHundredAndTwelveMegabytesIsRefusedByItsSize() throws Exception {
        Path big = sized(dir.resolve("archive.json"), ArchiveReader.MAX_BYTES + 1);
        ImportException e = refused(() -> ArchiveReader.read(big));
        assertThat(e.kind()).isEqualTo(ImportException.Kind.FILE);
        assertThat(e.getMessage()).contains("archive.json is 512 MB; archives over 512 MB are refused");

        Path atLimit = sized(dir.resolve("at-limit.json"), ArchiveReader.MAX_BYTES);
        ImportException read = refused(() -> ArchiveReader.read(atLimit));
        assertThat(read.getMessage()).doesNotContain("are refused");
    }

    @Test
    void aJrnlFileWithMoreThanTwoHundredThousandEntriesIsRefusedWithTheCount() throws Exception {
        Path many = dir.resolve("many.json");
        Files.writeString(many, "{\"entries\": [" + "0,".repeat(JrnlImporter.MAX_ENTRIES) + "0]}");
        ImportException e = refused(() -> JrnlImporter.read(many));
        assertThat(e.kind()).isEqualTo(ImportException.Kind.CONTENT);
        assertThat(e.getMessage()).contains("It holds 200001 days or entries; at most 200000 are read at once");

        // as many as the limit are looked at one by one (and the first is no entry)
        Path limit = dir.resolve("limit.json");
        Files.writeString(limit, "{\"entries\": [" + "0,".repeat(JrnlImporter.MAX_ENTRIES - 1) + "0]}");
        ImportException read = refused(() -> JrnlImporter.read(limit));
        assertThat(read.getMessage()).doesNotContain("at most").contains("entry 1");
    }

    @Test
    void aDayLongerThanAJournalDayIsRefusedAndOneThatJustFitsIsRead() throws Exception {
        String heading = "## 00:00\n\n";
        Path fits = dir.resolve("fits.json");
        Files.writeString(fits, jrnlDay("x".repeat(Entry.MAX_TEXT_CHARS - heading.length())));
        List<Entry> read = JrnlImporter.read(fits);
        assertThat(read).singleElement().satisfies(e -> assertThat(e.text()).hasSize(Entry.MAX_TEXT_CHARS));

        Path tooLong = dir.resolve("too-long.json");
        Files.writeString(tooLong, jrnlDay("x".repeat(Entry.MAX_TEXT_CHARS - heading.length() + 1)));
        ImportException e = refused(() -> JrnlImporter.read(tooLong));
        assertThat(e.kind()).isEqualTo(ImportException.Kind.CONTENT);
        assertThat(e.getMessage()).contains("2000001 characters long; at most 2000000 fit");
    }

    @Test
    void aRedNotebookDayLongerThanAJournalDayIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("rednotebook"));
        Files.writeString(folder.resolve("2026-04.txt"), "3: {text: \"" + "x".repeat(Entry.MAX_TEXT_CHARS) + "\"}\n");
        assertThat(RedNotebookImporter.read(folder)).singleElement()
                .satisfies(e -> assertThat(e.text()).hasSize(Entry.MAX_TEXT_CHARS));

        Files.writeString(folder.resolve("2026-04.txt"), "3: {text: \"" + "x".repeat(Entry.MAX_TEXT_CHARS + 1) + "\"}\n");
        ImportException e = refused(() -> RedNotebookImporter.read(folder));
        assertThat(e.kind()).isEqualTo(ImportException.Kind.CONTENT);
        assertThat(e.getMessage()).contains("2000001 characters long; at most 2000000 fit");
    }

    private static String jrnlDay(String body) {
        return "{\"entries\": [{\"date\": \"2026-03-10\", \"time\": \"00:00\", \"title\": \"\", \"body\": \"" + body
                + "\", \"tags\": []}]}";
    }
}
