package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.ui.SettingsSection;
import java.util.function.Consumer;
import javafx.scene.Node;

/** Settings: whether Today shows the attention nudge of the day about someone the user leads. */
public final class NudgeSettingsView {

    private NudgeSettingsView() {
    }

    public static Node build(boolean on, Consumer<Boolean> onChange) {
        return SettingsSection.toggle("settings-people-nudges", t("shell.settings.people.nudges"), on, onChange);
    }
}
