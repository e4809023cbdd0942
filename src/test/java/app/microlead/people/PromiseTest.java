package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.common.I18n;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where a promise stands, as a person's timeline says it, and the order of their promises on the page. */
class PromiseTest {

    private static final LocalDate DEC_8 = LocalDate.parse("2026-12-08");
    private Locale before;

    @BeforeEach
    void english() {
        before = I18n.locale();
        I18n.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void back() {
        I18n.setLocale(before);
    }

    @Test
    void aPromiseSaysWhenItIsDueOrHowAndWhenItWasClosed() {
        assertThat(Promise.open(1, "review the script", DEC_8, DEC_8.plusDays(3)).status()).isEqualTo("due Fri 11 Dec");
        assertThat(Promise.open(1, "review the script", DEC_8, null).status()).isEqualTo("open");
        assertThat(Promise.open(1, "review the script", DEC_8, DEC_8.plusDays(3)).close(Promise.State.KEPT, DEC_8.plusDays(1))
                .status()).isEqualTo("kept on Wed 9 Dec");
        I18n.setLocale(Locale.GERMAN);
        assertThat(Promise.open(1, "x", DEC_8, DEC_8.plusDays(3)).status()).isEqualTo("fällig am Fr. 11. Dez.");
    }

    @Test
    void theOpenOnesComeFirstSoonestDueFirstThenTheClosedLatestFirst() {
        Promise laterDue = new Promise(1, 1, "book the room", DEC_8, DEC_8.plusDays(7), Promise.State.OPEN, null);
        Promise soonDue = new Promise(2, 1, "send the notes", DEC_8, DEC_8.plusDays(3), Promise.State.OPEN, null);
        Promise noDue = new Promise(3, 1, "ask about the course", DEC_8, null, Promise.State.OPEN, null);
        Promise keptEarly = new Promise(4, 1, "call back", DEC_8.minusDays(9), null, Promise.State.KEPT, DEC_8.minusDays(5));
        Promise keptLate = new Promise(5, 1, "share the plan", DEC_8.minusDays(9), null, Promise.State.KEPT, DEC_8.minusDays(1));
        assertThat(List.of(keptEarly, noDue, laterDue, keptLate, soonDue).stream().sorted(Promise.ON_PAGE).toList())
                .containsExactly(soonDue, laterDue, noDue, keptLate, keptEarly);
    }
}
