package app.microlead.review;

import static app.microlead.common.I18n.t;

import app.microlead.common.I18n;
import app.microlead.ui.SettingsSection;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/** Settings: the day each week ends for the weekly review. */
public final class WeeklyReviewSettingsView {

    private WeeklyReviewSettingsView() {
    }

    /** The Weekly review section of Settings. */
    public static Node section(DayOfWeek current, Consumer<DayOfWeek> onChange) {
        return SettingsSection.of(t("shell.settings.review.title"), t("shell.settings.review.intro"),
                build(current, onChange));
    }

    public static Node build(DayOfWeek current, Consumer<DayOfWeek> onChange) {
        ComboBox<DayOfWeek> day = new ComboBox<>();
        day.getItems().setAll(DayOfWeek.values());
        day.setId("settings-review-day");
        day.setButtonCell(new DayCell());
        day.setCellFactory(l -> new DayCell());
        day.setValue(current);
        day.valueProperty().addListener((o, a, d) -> {
            if (d != null) {
                onChange.accept(d);
            }
        });
        Label label = new Label(t("review.settings.week.ends"));
        label.setLabelFor(day);
        HBox row = new HBox(10, label, day);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static final class DayCell extends ListCell<DayOfWeek> {
        @Override
        protected void updateItem(DayOfWeek d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty || d == null ? null : d.getDisplayName(TextStyle.FULL, I18n.locale()));
        }
    }
}
