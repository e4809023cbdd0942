package app.microlead.ui;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date fields that show a day the way the rest of the app writes it ("3 Dec 2026") and read what a
 * person types: that form, the language's numeric form, or an ISO date.
 */
public final class FxDates {

    private FxDates() {
    }

    /**
     * A date picker's converter: {@code shown} formats; parsing tries {@code shown}, then each of
     * {@code accepted}, then ISO ({@code 2026-12-03}). Text none of them reads is refused
     * ({@link DateTimeParseException}), so the picker keeps its day.
     */
    public static StringConverter<LocalDate> converter(DateTimeFormatter shown, List<DateTimeFormatter> accepted) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : shown.format(day);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                String typed = text.strip();
                DateTimeParseException first = null;
                for (DateTimeFormatter f : concat(shown, accepted)) {
                    try {
                        return LocalDate.parse(typed, f);
                    } catch (DateTimeParseException e) {
                        first = first == null ? e : first;
                    }
                }
                throw first;
            }
        };
    }

    /**
     * Reads what is typed in {@code picker} into its day, as leaving the field does: true when it is a date (or
     * nothing: no day); false, leaving the day as it was, when the text is no date. An action that takes the
     * day (adding a promise with its due date) asks this first, so a mistyped date is not quietly left out.
     */
    public static boolean readable(DatePicker picker) {
        String text = picker.getEditor().getText();
        try {
            picker.setValue(text == null || text.isBlank() ? null : picker.getConverter().fromString(text));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Draws the days after {@code last} (asked as each day is drawn) disabled in {@code picker}'s calendar. */
    public static void noDayAfter(DatePicker picker, Supplier<LocalDate> last) {
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isAfter(last.get()));
            }
        });
    }

    /** Marks {@code picker} (a red border, as other fields with a problem) while its text is no date. */
    public static void flagUnreadable(DatePicker picker) {
        picker.getEditor().textProperty().addListener((o, was, now) ->
                picker.pseudoClassStateChanged(Styles.STATE_DANGER, unreadable(picker, now)));
    }

    /** Whether {@code text}, typed in {@code picker}, is no date its converter reads (nothing typed is: no day). */
    public static boolean unreadable(DatePicker picker, String text) {
        try {
            return text != null && !text.isBlank() && picker.getConverter().fromString(text) == null;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static List<DateTimeFormatter> concat(DateTimeFormatter shown, List<DateTimeFormatter> accepted) {
        ArrayList<DateTimeFormatter> all = new ArrayList<>();
        all.add(shown);
        all.addAll(accepted);
        all.add(DateTimeFormatter.ISO_LOCAL_DATE);
        return all;
    }
}
