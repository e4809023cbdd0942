package app.microlead.export.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.microlead.export.ArchiveReaderAccess;
import app.microlead.export.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipe (FIFO) named like a journal file is never opened for reading: opening one blocks until a
 * writer comes, which would hold the journal's lock for good. The time limit only stops a hang.
 */
class SpecialFilesTest {

    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available here");
            return p;
        }
        Assumptions.assumeTrue(mk.waitFor(30, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
        Assumptions.assumeTrue(Files.exists(p) && !Files.isRegularFile(p), "no FIFO made");
        return p;
    }

    private static void refusedQuickly(Executable read, String name) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ImportException e = catchThrowableOfType(ImportException.class, read::execute);
            assertThat(e).isNotNull();
            assertThat(e.kind()).isEqualTo(ImportException.Kind.FILE);
            assertThat(e.getMessage()).contains(name).contains("not an ordinary file");
        });
    }

    @Test
    void aPipeNamedLikeARedNotebookMonthIsRefusedWithoutOpeningIt() throws Exception {
        Files.writeString(dir.resolve("2020-02.txt"), "3: {text: fine}\n");
        fifo("2020-01.txt");
        refusedQuickly(() -> RedNotebookImporter.read(dir), "2020-01.txt");
    }

    @Test
    void aPipeGivenAsAJrnlExportIsRefusedWithoutOpeningIt() throws Exception {
        Path p = fifo("journal.json");
        refusedQuickly(() -> JrnlImporter.read(p), "journal.json");
    }

    @Test
    void aPipeGivenAsAnArchiveIsRefusedWithoutOpeningIt() throws Exception {
        Path p = fifo("archive.json");
        refusedQuickly(() -> ArchiveReaderAccess.read(p), "archive.json");
    }
}
