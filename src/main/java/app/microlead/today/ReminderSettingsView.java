package app.microlead.today;

import static app.microlead.common.I18n.t;

import app.microlead.ui.SettingsSection;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Settings: the end-of-day reminder, on or off, and its time. */
public final class ReminderSettingsView {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private ReminderSettingsView() {
    }

    /** "18:00", "7:30", "21.15" → a time; anything else → empty. */
    public static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('.', ':');
        if (!t.matches("\\d{1,2}:\\d{2}")) {
            return Optional.empty();
        }
        String[] parts = t.split(":");
        int h = Integer.parseInt(parts[0]);
        int m = Integer.parseInt(parts[1]);
        return h > 23 || m > 59 ? Optional.empty() : Optional.of(LocalTime.of(h, m));
    }

    /** The Reminder section of Settings; {@code onChange} is told of every valid change (on, time). */
    public static Node section(EndOfDayReminder.Settings current, Consumer<EndOfDayReminder.Settings> onChange) {
        return SettingsSection.of(t("shell.settings.reminder.title"), t("shell.settings.reminder.intro"),
                build(current, onChange));
    }

    /** @param onChange told of every valid change (on, time) */
    public static Node build(EndOfDayReminder.Settings current, Consumer<EndOfDayReminder.Settings> onChange) {
        CheckBox on = new CheckBox(t("today.reminder.settings.enabled"));
        on.setId("settings-reminder-enabled");
        on.setSelected(current.enabled());
        ComboBox<String> time = new ComboBox<>();
        time.setId("settings-reminder-time");
        time.setEditable(true);
        time.setPrefWidth(110);
        time.setMinWidth(Region.USE_PREF_SIZE);
        time.setAccessibleText(t("today.reminder.settings.time"));
        for (int h = 15; h <= 22; h++) {
            time.getItems().addAll(String.format("%02d:00", h), String.format("%02d:30", h));
        }
        time.setValue(HH_MM.format(current.at()));
        time.disableProperty().bind(on.selectedProperty().not());
        Label message = new Label();
        message.setId("settings-reminder-message");
        message.getStyleClass().add("text-error");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        LocalTime[] chosen = {current.at()};
        time.valueProperty().addListener((o, a, text) -> {
            Optional<LocalTime> t = parse(text);
            if (t.isEmpty()) {
                message.setText(t("today.reminder.settings.invalid", HH_MM.format(chosen[0])));
                return;
            }
            message.setText("");
            chosen[0] = t.get();
            onChange.accept(new EndOfDayReminder.Settings(on.isSelected(), chosen[0]));
        });
        on.selectedProperty().addListener((o, a, b) -> onChange.accept(new EndOfDayReminder.Settings(b, chosen[0])));
        HBox row = new HBox(10, on, time);
        row.setAlignment(Pos.CENTER_LEFT);
        Label how = new Label(t("today.reminder.settings.how"));
        how.getStyleClass().add("text-muted");
        how.setWrapText(true);
        return new VBox(6, row, message, how);
    }
}
