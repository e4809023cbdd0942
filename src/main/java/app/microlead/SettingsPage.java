package app.microlead;

import app.microlead.backend.Backend;
import app.microlead.backup.BackupSettingsView;
import app.microlead.backup.BackupSettingsViewModel;
import app.microlead.backup.Backups;
import app.microlead.common.DialogService;
import app.microlead.common.I18n;
import app.microlead.common.TaskRunner;
import app.microlead.export.EntryImporter;
import app.microlead.export.ImportBackup;
import app.microlead.export.ImportView;
import app.microlead.export.ImportViewModel;
import app.microlead.journal.PromptLibrary;
import app.microlead.journal.PromptSettingsView;
import app.microlead.journal.PromptSettingsViewModel;
import app.microlead.people.NudgeSettingsView;
import app.microlead.review.WeeklyReviewSettingsView;
import app.microlead.security.EncryptionSettingsView;
import app.microlead.security.EncryptionSettingsViewModel;
import app.microlead.security.Locker;
import app.microlead.shell.LanguageSettingsView;
import app.microlead.shell.SettingsView;
import app.microlead.shell.SettingsViewModel;
import app.microlead.shell.ShellViewModel;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Preferences;
import app.microlead.sync.SyncSettingsView;
import app.microlead.sync.SyncViewModel;
import app.microlead.today.EndOfDayReminder;
import app.microlead.today.ReminderSettingsView;
import app.microlead.ui.FolderOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The Settings page, put together: appearance and the data folder, then each feature's own section in
 * this order. A choice goes to the preferences (which save themselves) and to what follows from it.
 */
final class SettingsPage {

    /**
     * What the running app does after a choice or an import; {@code beforeEncrypting} runs on the writing
     * thread before the journal is encrypted; {@code restart} closes the app and starts it again (null: it
     * cannot start itself here).
     */
    record Reactions(Consumer<Boolean> adaptivePrompts, Runnable peopleNudges, Runnable reviewDay, Runnable imported,
                     Consumer<LocalDate> openDay, Runnable beforeEncrypting, BooleanSupplier mayQuit, Runnable restart) {
    }

    private SettingsPage() {
    }

    static SettingsView build(Backend backend, DataFolder folder, AtomicReference<String> fileKey, TaskRunner tasks,
                              DialogService dialogs, ShellViewModel shell, Scene scene, PromptLibrary promptLibrary,
                              Locker locker, SyncViewModel syncVm, Reactions then) {
        Preferences prefs = shell.preferences();
        Clock clock = backend.clock();
        Supplier<Path> backupDir = () -> ImportBackup.folder(folder, prefs.getBackupDir());
        // the Backups section (built after Encryption's) lists the backups again once a conversion rewrote them
        AtomicReference<BackupSettingsViewModel> backupsShown = new AtomicReference<>();
        return new SettingsView(new SettingsViewModel(shell.themeProperty(), shell.fontSizeProperty(), folder.root(),
                FolderOpener.system()), List.<Supplier<Node>>of(
                () -> new PromptSettingsView(new PromptSettingsViewModel(promptLibrary, backend.prompts(), tasks)).section(
                        prefs.isAdaptivePrompts(), on -> {
                            prefs.setAdaptivePrompts(on);
                            then.adaptivePrompts().accept(on);
                        }, NudgeSettingsView.build(prefs.isPeopleNudges(), on -> {
                            prefs.setPeopleNudges(on);
                            then.peopleNudges().run();
                        })),
                () -> LanguageSettingsView.section(I18n.locale(), l -> prefs.setLanguage(l.getLanguage()), then.restart()),
                () -> ReminderSettingsView.section(new EndOfDayReminder.Settings(prefs.isReminder(), prefs.reminderTime()),
                        chosen -> {
                            prefs.setReminder(chosen.enabled());
                            prefs.chooseReminderTime(chosen.at());
                        }),
                () -> WeeklyReviewSettingsView.section(prefs.reviewDay(), day -> {
                    prefs.chooseReviewDay(day);
                    then.reviewDay().run();
                }),
                () -> ImportView.section(new ImportViewModel(tasks, backend.archive(), new EntryImporter(backend.database(),
                        backend.journal(), clock), summary -> ImportView.askMerge(scene.getWindow(), summary),
                        then.imported(), () -> ImportBackup.make(folder, prefs.getBackupDir(), backend.database(),
                        clock))),
                () -> {
                    EncryptionSettingsViewModel encryption = new EncryptionSettingsViewModel(folder, backend.database(),
                            fileKey, tasks, backupDir, then.beforeEncrypting());
                    encryption.setAfterConverting(() -> {
                        if (backupsShown.get() != null) {
                            backupsShown.get().load();
                        }
                    });
                    return EncryptionSettingsView.section(encryption, prefs.getLockAfterMinutes(), minutes -> {
                        prefs.setLockAfterMinutes(minutes);
                        locker.setIdleTime(Duration.ofMinutes(minutes));
                    }, locker::lock);
                },
                () -> SyncSettingsView.section(syncVm, then.openDay()),
                () -> {
                    BackupSettingsViewModel backups = new BackupSettingsViewModel(backend.database(), backupDir.get(),
                            dir -> new Backups(folder, dir, clock), clock.getZone(), tasks, dialogs,
                            prefs::chooseBackupFolder, then.mayQuit(), Platform::exit);
                    backupsShown.set(backups);
                    return BackupSettingsView.section(backups, FolderOpener.system());
                }));
    }
}
