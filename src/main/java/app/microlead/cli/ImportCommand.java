package app.microlead.cli;

import app.microlead.backup.Backups;
import app.microlead.common.I18n;
import app.microlead.export.Archive;
import app.microlead.export.ArchiveReader;
import app.microlead.export.ArchiveService;
import app.microlead.export.EntryImporter;
import app.microlead.export.ImportBackup;
import app.microlead.export.ImportException;
import app.microlead.export.OtherJournals;
import app.microlead.journal.Entry;
import app.microlead.storage.PreferencesStore;
import app.microlead.storage.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code microlead import FILE|DIR [--format archive|rednotebook|jrnl] [--merge skip|both]}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a Microlead archive, a RedNotebook data folder or a jrnl JSON export."
                + " The file is checked first; if anything is wrong nothing is changed. Before anything is imported,"
                + " the journal is backed up (as the app does), into the backup folder chosen in Settings.")
final class ImportCommand implements Callable<Integer> {

    enum Format { archive, rednotebook, jrnl }

    enum MergeChoice { skip, both }

    @ParentCommand
    MicroleadCommand parent;

    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "The archive or jrnl file, or RedNotebook's data"
            + " folder (usually ~/.rednotebook/data).")
    Path source;

    @Option(names = "--format", paramLabel = "FORMAT", description = "archive (default for a file), rednotebook (default for a folder) or jrnl.")
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
            // checked completely first; then the backup the docs promise, as the app makes it
            Archive archive = f == Format.archive ? ArchiveReader.read(source) : null;
            List<Entry> entries = f == Format.archive ? null : OtherJournals.read(f.name(), source);
            boolean empty = archive != null ? j.archive().journalIsEmpty() : j.journal.count() == 0;
            if (m == ArchiveService.Merge.ONLY_IF_EMPTY && !empty) {
                // refused before the backup: a refusal changes nothing, not even the backup folder
                System.err.println("microlead: " + (archive != null ? "This journal already holds data." : "This journal already has"
                        + " reflections.") + " Add --merge skip to import only the days it does"
                        + " not have yet, or --merge both to keep both texts of a day written in both; or import into"
                        + " an empty data folder (--data-dir). Nothing was imported.");
                return 1;
            }
            Backups.Backup backup = ImportBackup.make(j.folder,
                    new PreferencesStore(j.folder.preferencesFile()).load().getBackupDir(), j.db, j.clock);
            ArchiveService.Report report = archive != null ? j.archive().importArchive(archive, m)
                    : new EntryImporter(j.db, j.journal, j.clock).importEntries(entries, m);
            System.out.println("Backed up to " + backup.file());
            System.out.println("Imported: " + report.describe());
            return 0;
        } catch (ImportException e) {
            System.err.println("microlead: " + e.getMessage());
            return 1;
        } catch (StorageException e) {
            throw e; // written for people; printed by the command line's handler
        } catch (RuntimeException e) {
            // a defect: its message and stack are for developers (FINE: a log file or --verbose), not the terminal
            Logger.getLogger(ImportCommand.class.getName()).log(Level.FINE, "Import failed", e);
            System.err.println("microlead: " + I18n.t("export.import.failed.unexpected"));
            return 1;
        }
    }
}
