package app.microlead.cli;

import app.microlead.export.ArchiveReader;
import app.microlead.export.ArchiveService;
import app.microlead.export.EntryImporter;
import app.microlead.export.ImportException;
import app.microlead.export.OtherJournals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code microlead import FILE|DIR [--format archive|rednotebook|jrnl] [--merge skip|both]}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a Microlead archive, a RedNotebook data folder or a jrnl JSON export."
                + " The file is checked first; if anything is wrong nothing is changed.")
final class ImportCommand implements Callable<Integer> {

    enum Format { archive, rednotebook, jrnl }

    enum MergeChoice { skip, both }

    @ParentCommand
    MicroleadCommand parent;

    @Parameters(index = "0", paramLabel = "FILE|DIR")
    Path source;

    @Option(names = "--format", description = "archive (default for a file), rednotebook (default for a folder) or jrnl.")
    Format format;

    @Option(names = "--merge", paramLabel = "skip|both",
            description = "When the journal already has data: skip days already written, or keep both texts."
                    + " Without it, importing into a journal with data is refused.")
    MergeChoice merge;

    @Override
    public Integer call() throws Exception {
        Format f = format != null ? format : Files.isDirectory(source) ? Format.rednotebook : Format.archive;
        ArchiveService.Merge m = merge == null ? ArchiveService.Merge.ONLY_IF_EMPTY
                : merge == MergeChoice.skip ? ArchiveService.Merge.SKIP_EXISTING_DAYS : ArchiveService.Merge.KEEP_BOTH;
        try (OpenJournal j = parent.open("import")) {
            ArchiveService.Report report = switch (f) {
                case archive -> j.archive().importArchive(ArchiveReader.read(source), m);
                case rednotebook, jrnl -> new EntryImporter(j.db, j.journal, j.clock)
                        .importEntries(OtherJournals.read(f.name(), source), m);
            };
            System.out.println("Imported: " + report.describe());
            return 0;
        } catch (ImportException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
