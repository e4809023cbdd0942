package app.microlead.backup;

import static app.microlead.common.I18n.t;

import app.microlead.common.DialogService;
import app.microlead.common.I18n;
import app.microlead.common.TaskRunner;
import app.microlead.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Settings → Backups: the list, "back up now", restore (at the next start) and the backup folder. */
public final class BackupSettingsViewModel {

    private final Database db;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Function<Path, Backups> backupsFor;
    private final ZoneId zone;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObservableList<Backups.Backup> backups = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanSupplier mayQuit;
    private final Runnable quit;
    private final Consumer<Path> rememberFolder;

    /**
     * @param backupsFor     the backups kept in a folder
     * @param zone           the user's time zone, in which backup times are shown
     * @param rememberFolder stores a newly chosen folder in the preferences
     * @param mayQuit        whether the app may close now (asks when something typed is not saved)
     * @param quit           closes the app (a restore happens at the next start)
     */
    public BackupSettingsViewModel(Database db, Path initialFolder, Function<Path, Backups> backupsFor, ZoneId zone,
                                   TaskRunner tasks, DialogService dialogs, Consumer<Path> rememberFolder, BooleanSupplier mayQuit,
                                   Runnable quit) {
        this.db = db;
        this.zone = zone;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.backupsFor = backupsFor;
        this.rememberFolder = rememberFolder;
        this.mayQuit = mayQuit;
        this.quit = quit;
        folder.set(initialFolder);
    }

    /** When a backup was made, in the user's language and time zone. */
    public String when(Instant at) {
        return when(at, zone);
    }

    /** When a backup was made, in the user's language and in {@code zone}. */
    public static String when(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern(t("shell.backup.when"), I18n.locale()).format(at.atZone(zone));
    }

    public ObservableList<Backups.Backup> backups() {
        return backups;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void load() {
        Path f = folder.get();
        tasks.read(() -> backupsFor.apply(f).list(), backups::setAll, e -> message.set(e.getMessage()));
    }

    public void backUpNow() {
        busy.set(true);
        message.set(t("shell.backup.running"));
        Path f = folder.get();
        tasks.write(() -> {
            Backups b = backupsFor.apply(f);
            Backups.Backup made = b.backup(db, "manual");
            b.rotate();
            return made;
        }, made -> {
            busy.set(false);
            message.set(t("shell.backup.done", made.describeContents()));
            load();
        }, e -> {
            busy.set(false);
            message.set(t("shell.backup.failed", e.getMessage()));
        });
    }

    /** Asks, then restores the backup at the next start (the current state is kept as a backup too). */
    public void restore(Backups.Backup backup) {
        if (backup == null || !dialogs.confirm(t("shell.backup.restore.title"), t("shell.backup.restore.text",
                when(backup.createdAt()), backup.describeContents()), t("shell.backup.restore.confirm"))
                || !mayQuit.getAsBoolean()) {
            return; // nothing asked for: the app stays open, no restore waits for the next start
        }
        try {
            backupsFor.apply(folder.get()).requestRestore(backup);
            quit.run();
        } catch (RuntimeException e) {
            message.set(e.getMessage());
        }
    }

    public void useFolder(Path chosen) {
        folder.set(chosen);
        rememberFolder.accept(chosen);
        message.set(t("shell.backup.folder.new", chosen.toString()));
        load();
    }
}
