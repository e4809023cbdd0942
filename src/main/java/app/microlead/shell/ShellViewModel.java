package app.microlead.shell;

import static app.microlead.common.I18n.t;

import app.microlead.common.FontSize;
import app.microlead.common.Theme;
import app.microlead.storage.Preferences;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the main window: which view is shown, the theme, whether the journal is open yet.
 * Changes of view, theme and text size go to the preferences, which save themselves.
 */
public final class ShellViewModel {

    private static final Logger LOG = Logger.getLogger(ShellViewModel.class.getName());

    private final ObjectProperty<ViewId> currentView = new SimpleObjectProperty<>(ViewId.TODAY);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<FontSize> fontSize = new SimpleObjectProperty<>(FontSize.NORMAL);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final StringProperty status = new SimpleStringProperty(t("shell.loading"));
    private final Preferences preferences;

    public ShellViewModel(Preferences preferences) {
        this.preferences = preferences;
        currentView.set(lastView(preferences.getLastView()));
        theme.set(preferences.theme());
        fontSize.set(preferences.fontSize());
        currentView.addListener((obs, old, now) -> preferences.setLastView(now.key()));
        theme.addListener((obs, old, now) -> preferences.chooseTheme(now));
        fontSize.addListener((obs, old, now) -> preferences.chooseFontSize(now));
    }

    /** The view shown when the app was closed; a view this version does not have gives Today (logged). */
    static ViewId lastView(String stored) {
        return ViewId.byKey(stored).orElseGet(() -> {
            LOG.warning(() -> "Remembered view " + stored + " is unknown; starting on Today");
            return ViewId.TODAY;
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

    /**
     * A note that stays in the status line while its cause lasts: given a sentence, shows it; given null,
     * takes away what it showed (unless something else has been shown since). Call it on the UI thread.
     */
    public Consumer<String> standingNote() {
        String[] shown = {null};
        return text -> {
            if (text != null) {
                status.set(text);
            } else if (shown[0] != null && shown[0].equals(status.get())) {
                status.set("");
            }
            shown[0] = text;
        };
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
}
