package app.microlead.shell;

import static app.microlead.common.I18n.t;

import app.microlead.common.FontSize;
import app.microlead.common.TaskRunner;
import app.microlead.common.Theme;
import app.microlead.storage.Preferences;
import app.microlead.storage.PreferencesStore;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the main window: which view is shown, the theme, whether the journal is open yet.
 * Changes of view and theme are remembered in the preferences file.
 */
public final class ShellViewModel {

    private final ObjectProperty<ViewId> currentView = new SimpleObjectProperty<>(ViewId.TODAY);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<FontSize> fontSize = new SimpleObjectProperty<>(FontSize.NORMAL);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final StringProperty status = new SimpleStringProperty(t("shell.loading"));
    private final Preferences preferences;
    private final PreferencesStore store;
    private final TaskRunner tasks;

    public ShellViewModel(Preferences preferences, PreferencesStore store, TaskRunner tasks) {
        this.preferences = preferences;
        this.store = store;
        this.tasks = tasks;
        currentView.set(ViewId.byKey(preferences.getLastView()).orElse(ViewId.TODAY));
        theme.set(Theme.byKey(preferences.getTheme()));
        currentView.addListener((obs, old, now) -> {
            preferences.setLastView(now.key());
            savePreferences();
        });
        theme.addListener((obs, old, now) -> {
            preferences.setTheme(now.key());
            savePreferences();
        });
        fontSize.set(FontSize.byKey(preferences.getFontSize()));
        fontSize.addListener((obs, old, now) -> {
            preferences.setFontSize(now.key());
            savePreferences();
        });
    }

    public ObjectProperty<ViewId> currentViewProperty() {
        return currentView;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The text size of the app (Settings: Normal / Large), remembered in the preferences. */
    public ObjectProperty<FontSize> fontSizeProperty() {
        return fontSize;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    public void navigate(ViewId view) {
        currentView.set(view);
        if (view == ViewId.TODAY) {
            onTodayAsked.run();
        }
    }

    private Runnable onTodayAsked = () -> { };

    /**
     * What asking for Today (its sidebar entry, Ctrl+1) also does: show today's date, not a past day
     * opened earlier. Whoever opens a past day navigates first, then opens the day.
     */
    public void setOnTodayAsked(Runnable action) {
        onTodayAsked = action;
    }

    /** Ctrl+digit: 1 is the first view of the sidebar. Digits without a view are ignored. */
    public void navigateByDigit(int digit) {
        ViewId[] all = ViewId.values();
        if (digit >= 1 && digit <= all.length) {
            navigate(all[digit - 1]);
        }
    }

    public void markReady() {
        ready.set(true);
        status.set("");
    }

    public Preferences preferences() {
        return preferences;
    }

    /** Writes the preferences in the background (in order with other writes). */
    public void savePreferences() {
        tasks.write(() -> {
            store.save(preferences);
            return null;
        }, ok -> { }, error -> status.set(error.getMessage()));
    }

    /** Writes the preferences now, on the calling thread (used at shutdown). */
    public void savePreferencesNow() {
        store.save(preferences);
    }
}
