package app.microlead.export;

import static app.microlead.common.I18n.t;

import app.microlead.common.TaskRunner;
import app.microlead.journal.Entry;
import app.microlead.storage.StorageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Import: reads and checks the file in the background, asks how to merge when the journal
 * already holds data, then imports all or nothing.
 */
public final class ImportViewModel {

    public enum Source { ARCHIVE, REDNOTEBOOK, JRNL }

    private final TaskRunner tasks;
    private final ArchiveService archive;
    private final EntryImporter entries;
    private final Function<String, Optional<ArchiveService.Merge>> askMerge;
    private final Runnable afterImport;
    private final Runnable backupFirst;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty failed = new SimpleBooleanProperty(false);

    /**
     * @param askMerge asks the user how to merge (given a description of the file); empty = cancel
     * @param afterImport refreshes what the views show
     * @param backupFirst backs the journal up before anything is imported (runs in the background)
     */
    public ImportViewModel(TaskRunner tasks, ArchiveService archive, EntryImporter entries,
                           Function<String, Optional<ArchiveService.Merge>> askMerge, Runnable afterImport,
                           Runnable backupFirst) {
        this.backupFirst = backupFirst;
        this.tasks = tasks;
        this.archive = archive;
        this.entries = entries;
        this.askMerge = askMerge;
        this.afterImport = afterImport;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** True while the message is an error (shown as one). */
    public BooleanProperty failedProperty() {
        return failed;
    }

    private record Checked(Archive archive, List<Entry> entries, boolean empty,
                           String summary) {
    }

    public void importFrom(Source source, Path path) {
        running.set(true);
        failed.set(false);
        message.set(t("export.import.checking", path.getFileName()));
        tasks.read(() -> {
            if (source == Source.ARCHIVE) {
                Archive a = ArchiveReader.read(path);
                String summary = t("export.import.summary.archive", a.entries().size(), a.habits().size(),
                        a.assessments().size());
                return new Checked(a, null, archive.journalIsEmpty(), a.people().isEmpty() ? summary
                        : summary + " " + t("export.import.summary.people", a.people().size()));
            }
            var list = OtherJournals.read(source == Source.REDNOTEBOOK ? "rednotebook" : "jrnl", path);
            return new Checked(null, list, archive.journalIsEmpty(), t("export.import.summary.days", list.size()));
        }, checked -> {
            ArchiveService.Merge merge = ArchiveService.Merge.ONLY_IF_EMPTY;
            if (!checked.empty()) {
                Optional<ArchiveService.Merge> choice = askMerge.apply(checked.summary());
                if (choice.isEmpty()) {
                    running.set(false);
                    message.set(t("export.import.cancelled"));
                    return;
                }
                merge = choice.get();
            }
            run(checked, merge);
        }, this::failed);
    }

    private void run(Checked checked, ArchiveService.Merge merge) {
        message.set(t("export.import.importing", checked.summary()));
        tasks.write(() -> {
            backupFirst.run();
            return checked.archive() != null ? archive.importArchive(checked.archive(), merge)
                    : entries.importEntries(checked.entries(), merge);
        }, report -> {
                    running.set(false);
                    message.set(t("export.import.done", report.describe()));
                    afterImport.run();
                }, this::failed);
    }

    /**
     * Shows why the import stopped. Import and storage errors are written for people; anything else
     * is a defect whose message is for developers (it is in the log), so the user reads a plain one.
     */
    private void failed(Throwable error) {
        running.set(false);
        failed.set(true);
        message.set(error instanceof ImportException ? error.getMessage()
                : error instanceof StorageException ? t("export.import.failed", error.getMessage())
                : t("export.import.failed.unexpected"));
    }
}
