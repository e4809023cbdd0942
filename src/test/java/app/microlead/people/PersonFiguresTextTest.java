package app.microlead.people;

import static app.microlead.common.I18n.t;
import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.I18n;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A person's figures say how many days mention them as a count of days, not as a time ago ("(52 days)"
 * beside a date read as "52 days ago"), and a month with no promise due says so instead of "0 of 0".
 */
class PersonFiguresTextTest {

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void englishCountsMentionDaysAndSaysWhenNoPromiseWasDue() {
        I18n.setLocale(Locale.ENGLISH);
        assertThat(t("people.figures", "1 Dec", "never", "26 Nov", 52, "Trust 3", 0, 0)).isEqualTo(
                "Last recognised: 1 Dec · last 1:1: never\nLast mentioned: 26 Nov (on 52 days in all)\n"
                        + "Micro-actions done for them: Trust 3\nPromises this month: none due yet");
        assertThat(t("people.figures", "1 Dec", "never", "26 Nov", 1, "Trust 3", 2, 3))
                .contains("\nLast mentioned: 26 Nov (on one day in all)\n").endsWith("kept 2 of 3 on time");
        assertThat(t("people.figures", "never", "never", "never", 0, "Trust 0", 0, 0))
                .contains("\nLast mentioned: never\n");
    }

    @Test
    void germanToo() {
        I18n.setLocale(Locale.GERMAN);
        assertThat(t("people.figures", "1. Dez.", "nie", "26. Nov.", 52, "Vertrauen 3", 0, 0))
                .contains("\nZuletzt erwähnt: 26. Nov. (an 52 Tagen insgesamt)\n")
                .endsWith("Versprechen diesen Monat: noch keines fällig");
        assertThat(t("people.figures", "1. Dez.", "nie", "26. Nov.", 1, "Vertrauen 3", 2, 3))
                .contains("(an einem Tag insgesamt)").endsWith("2 von 3 pünktlich gehalten");
    }
}
