package app.microlead.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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

    private static List<DateTimeFormatter> concat(DateTimeFormatter shown, List<DateTimeFormatter> accepted) {
        ArrayList<DateTimeFormatter> all = new ArrayList<>();
        all.add(shown);
        all.addAll(accepted);
        all.add(DateTimeFormatter.ISO_LOCAL_DATE);
        return all;
    }
}
