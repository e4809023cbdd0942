package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

class FxDatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void englishShowsTheAppsFormAndReadsItTheNumericFormAndIso() {
        StringConverter<LocalDate> c = FxDates.converter(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
                List.of(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ENGLISH)));
        assertThat(c.toString(DAY)).isEqualTo("3 Dec 2026");
        assertThat(c.fromString("3 Dec 2026")).isEqualTo(DAY);
        assertThat(c.fromString(" 12/3/2026 ")).isEqualTo(DAY);
        assertThat(c.fromString("2026-12-03")).isEqualTo(DAY);
        assertThat(c.fromString("")).isNull();
        assertThat(c.toString(null)).isEmpty();
    }

    @Test
    void germanReadsGermanForms() {
        StringConverter<LocalDate> c = FxDates.converter(DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.GERMAN),
                List.of(DateTimeFormatter.ofPattern("d.M.yyyy", Locale.GERMAN)));
        assertThat(c.fromString(c.toString(DAY))).isEqualTo(DAY);
        assertThat(c.fromString("3.12.2026")).isEqualTo(DAY);
    }

    @Test
    void textNoFormReadsIsRefusedSoThePickerKeepsItsDay() {
        StringConverter<LocalDate> c = FxDates.converter(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
                List.of());
        assertThatThrownBy(() -> c.fromString("tomorrow")).isInstanceOf(DateTimeParseException.class);
    }
}
