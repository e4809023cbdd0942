package app.microlead;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.storage.Conversion;
import app.microlead.storage.DataFolder;
import app.microlead.storage.InstanceLock;
import app.microlead.storage.Logs;
import app.microlead.storage.Preferences;
import app.microlead.storage.PreferencesStore;
import app.microlead.storage.StorageException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The start-up work that needs no window: the data folder, the log, the single-instance lock, the
 * preferences and the language. {@link #begin} runs it on its own thread while JavaFX starts its
 * toolkit (a few hundred milliseconds), so the window can be shown sooner.
 */
public final class StartupPrep {

    private static final Logger LOG = Logger.getLogger(StartupPrep.class.getName());

    /** What start-up found. {@code computerLocale} is the computer's language when the app's differs. */
    public record Prepared(DataFolder folder, InstanceLock lock, PreferencesStore store, Preferences prefs,
            Locale computerLocale) {
    }

    /** Start-up cannot go on: a title for the user and the reason. */
    static final class Failure extends RuntimeException {
        private final String title;

        Failure(String title, Throwable cause) {
            super(cause.getMessage(), cause);
            this.title = title;
        }

        String title() {
            return title;
        }
    }

    private StartupPrep() {
    }

    /** Starts {@link #prepare} on a thread of its own. */
    public static CompletableFuture<Prepared> begin(AppConfig config) {
        return onOwnThread("microlead-prepare", () -> prepare(config.dataDir(), config.locale()));
    }

    /** Runs start-up work on a daemon thread of its own; its result or error completes the future. */
    static <T> CompletableFuture<T> onOwnThread(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    /**
     * Does the work; throws {@link Failure} when the app cannot start. {@code computerLanguage}: the
     * language the app speaks until the user has chosen one.
     */
    static Prepared prepare(Path dataDir, Locale computerLanguage) {
        // Until the preferences can be read, problems are told in the computer's language.
        I18n.setLocale(computerLanguage);
        DataFolder folder;
        try {
            folder = DataFolder.open(dataDir);
        } catch (StorageException e) {
            throw new Failure(t("shell.start.folder.title"), e);
        }
        Logs.init(folder.logsDir());
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(folder.lockFile());
        if (lock.isEmpty()) {
            Optional<InstanceLock.Holder> holder = InstanceLock.holder(folder.lockFile());
            LOG.warning("Another Microlead (" + holder.map(h -> h.isApp() ? "the app" : "a command").orElse("unknown")
                    + ") holds the data folder; exiting");
            if (holder.isPresent() && !holder.get().isApp()) {
                throw new Failure(t("shell.start.command.title"),
                        new StorageException(t("shell.start.command.text", holder.get().command())));
            }
            throw new Failure(t("shell.start.twice.title"), new StorageException(t("shell.start.twice.text")));
        }
        PreferencesStore store = new PreferencesStore(folder.preferencesFile());
        Preferences prefs = store.load();
        try {
            // an interrupted encryption change is finished or undone, and its work files go, before anything opens
            Conversion.recover(folder);
            Conversion.deleteWorkFiles(prefs.backupFolder().orElse(folder.root().resolve("backups")));
        } catch (StorageException e) {
            lock.get().close();
            throw new Failure(t("shell.start.open.title"), e);
        }
        // The language before any view is built: every view reads its texts then.
        I18n.setLocale(prefs.getLanguage() == null ? computerLanguage : I18n.forTag(prefs.getLanguage()));
        Locale computer = null;
        if (!Locale.getDefault().getLanguage().equals(I18n.locale().getLanguage())) {
            // a language other than the computer's: JavaFX's own words (OK, Cancel, the date pickers'
            // months and weekdays, Copy / Paste) follow it too, with a country, so that calendars
            // start the week on the usual day
            computer = Locale.getDefault();
            Locale.setDefault(Map.of("de", Locale.GERMANY, "en", Locale.US)
                    .getOrDefault(I18n.locale().getLanguage(), I18n.locale()));
        }
        // the shell's texts, read now rather than on the window's thread
        t("shell.loading");
        return new Prepared(folder, lock.get(), store, prefs, computer);
    }
}
