package app.microlead;

import app.microlead.shell.DialogService;
import app.microlead.shell.FolderOpener;
import app.microlead.shell.Page;
import app.microlead.shell.PlaceholderPage;
import app.microlead.shell.SettingsView;
import app.microlead.shell.SettingsViewModel;
import app.microlead.shell.ShellViewModel;
import app.microlead.shell.TaskRunner;
import app.microlead.shell.ViewId;
import app.microlead.storage.DataFolder;
import app.microlead.storage.Database;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Scene;

/**
 * The one place where the app is put together: repositories, services, view models and views are
 * created here and handed to each other through constructors.
 */
final class Wiring implements AutoCloseable {

    private final AppConfig config;
    private final DataFolder folder;
    private final Database database;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ShellViewModel shell;
    private final Scene scene;

    Wiring(AppConfig config, DataFolder folder, Database database, TaskRunner tasks, DialogService dialogs,
           ShellViewModel shell, Scene scene) {
        this.config = config;
        this.folder = folder;
        this.database = database;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.shell = shell;
        this.scene = scene;
    }

    Map<ViewId, Supplier<Page>> pages() {
        Map<ViewId, Supplier<Page>> pages = new EnumMap<>(ViewId.class);
        pages.put(ViewId.TODAY, () -> new PlaceholderPage(ViewId.TODAY,
                "Your end-of-day check-in: micro-actions, mood and energy, prompts and free writing."));
        pages.put(ViewId.JOURNAL, () -> new PlaceholderPage(ViewId.JOURNAL,
                "Every day you wrote, with a calendar, \"on this day\" and ranked search."));
        pages.put(ViewId.HABITS, () -> new PlaceholderPage(ViewId.HABITS,
                "Your micro-actions by pillar, with streaks, strength and a year heatmap."));
        pages.put(ViewId.ASSESSMENT, () -> new PlaceholderPage(ViewId.ASSESSMENT,
                "The micro-leadership vs. micromanagement self-assessment, its history and next actions."));
        pages.put(ViewId.INSIGHTS, () -> new PlaceholderPage(ViewId.INSIGHTS,
                "How what you say, what you do and how your days feel fit together."));
        pages.put(ViewId.SETTINGS, () -> new SettingsView(
                new SettingsViewModel(shell.themeProperty(), folder.root(), FolderOpener.system()),
                List.of()));
        return pages;
    }

    @Override
    public void close() {
        // nothing yet: features with background resources release them here
    }
}
