package app.microlead.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Percentages as each language writes them. */
class PercentTest {

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void englishWritesNoSpaceGermanANonBreakingOne() {
        I18n.setLocale(Locale.ENGLISH);
        assertThat(I18n.percent(0.754)).isEqualTo("75%");
        assertThat(I18n.percent(1)).isEqualTo("100%");
        I18n.setLocale(Locale.GERMAN);
        assertThat(I18n.percent(0.754)).isEqualTo("75\u00a0%");
    }
}
