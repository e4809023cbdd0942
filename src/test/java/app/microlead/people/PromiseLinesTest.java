package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromiseLinesTest {

    /** A Thursday. */
    private static final LocalDate DAY = LocalDate.parse("2026-12-10");

    private static final Person ANA = new Person(1, "Ana Lima", "", "", null, "", Person.Cadence.NONE, false, DAY, false, null);
    private static final Person JOSE = new Person(2, "José", "", "", null, "", Person.Cadence.NONE, false, DAY, false, null);
    private static final Mentions ROSTER = new Mentions(List.of(ANA, JOSE), Map.of());

    private static List<PromiseLines.Offer> find(String text) {
        return PromiseLines.find(text, ROSTER, DAY);
    }

    @Test
    void aLineWithTheKeywordOffersAPromiseToThePersonWithItsDueDay() {
        assertThat(find("Good day.\n!promise @Ana review the draft by Friday\nMore text."))
                .containsExactly(new PromiseLines.Offer(1, "", "review the draft", LocalDate.parse("2026-12-11"), true));
    }

    @Test
    void caseAccentsAndTheGermanKeywordAreUnderstood() {
        assertThat(find("!PROMISE @jose: send the slides by tomorrow.")).containsExactly(
                new PromiseLines.Offer(2, "", "send the slides", DAY.plusDays(1), true));
        assertThat(find("- !Versprechen @Ana Lima Entwurf lesen bis spätestens Montag")).containsExactly(
                new PromiseLines.Offer(1, "", "Entwurf lesen", LocalDate.parse("2026-12-14"), true));
        assertThat(find("!versprochen @José Budget klären bis zum 2026-12-24")).containsExactly(
                new PromiseLines.Offer(2, "", "Budget klären", LocalDate.parse("2026-12-24"), true));
    }

    @Test
    void dueDays() {
        assertThat(find("!promise @Ana x by today")).extracting(PromiseLines.Offer::due).containsExactly(DAY);
        assertThat(find("!promise @Ana x bis übermorgen")).extracting(PromiseLines.Offer::due).containsExactly(DAY.plusDays(2));
        // the same weekday is next week's, never today
        assertThat(find("!promise @Ana x by Thu")).extracting(PromiseLines.Offer::due).containsExactly(DAY.plusDays(7));
        assertThat(find("!promise @Ana x until next Wednesday")).extracting(PromiseLines.Offer::due)
                .containsExactly(DAY.plusDays(6));
        assertThat(find("!versprechen @Ana x bis Fr.")).extracting(PromiseLines.Offer::due).containsExactly(DAY.plusDays(1));
        // an impossible date or a word that is no day: no due day read, the text stays whole
        assertThat(find("!promise @Ana x by 2026-02-30")).containsExactly(
                new PromiseLines.Offer(1, "", "x by 2026-02-30", DAY.plusDays(PromiseLines.DEFAULT_DAYS), false));
        assertThat(find("!promise @Ana go by train")).containsExactly(
                new PromiseLines.Offer(1, "", "go by train", DAY.plusDays(PromiseLines.DEFAULT_DAYS), false));
        // "Friday" without "by" is part of what was promised
        assertThat(find("!promise @Ana prepare the Friday demo")).extracting(PromiseLines.Offer::dueWritten)
                .containsExactly(false);
    }

    @Test
    void theNameMayStandInsideTheLine() {
        assertThat(find("Told her: !promise review @Ana's draft by Friday")).containsExactly(
                new PromiseLines.Offer(1, "", "review Ana's draft", DAY.plusDays(1), true));
        assertThat(find("!promise book a room for Ana Lima by Monday")).extracting(PromiseLines.Offer::personId,
                PromiseLines.Offer::text).containsExactly(tuple(1L, "book a room for Ana Lima"));
    }

    @Test
    void someoneNotOnTheRosterIsOfferedToBeAddedFirst() {
        PromiseLines.Offer o = find("!promise @Zoë find a mentor by Friday").get(0);
        assertThat(o.ready()).isFalse();
        assertThat(o.unknown()).isEqualTo("Zoë");
        assertThat(o.text()).isEqualTo("find a mentor");
        // an unknown @Name before a known name is the promise's person
        assertThat(find("!promise @Zed ask Ana about it").get(0).unknown()).isEqualTo("Zed");
    }

    @Test
    void severalPromisesInADayAndLinesThatAreNone() {
        String day = """
                !promise @Ana one by Friday
                not a promise! @Ana
                !promises are words, and so is !promised @Ana
                ana@example.com !promise nothing here
                !promise @Ana
                !promise @José two
                """;
        assertThat(find(day)).extracting(PromiseLines.Offer::text).containsExactly("one", "two");
        assertThat(find("")).isEmpty();
        assertThat(find(null)).isEmpty();
    }

    @Test
    void aTwoMegabyteDayIsReadInOnePass() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 2_000_000) {
            b.append("!!!! @Ana !prom !promisee ").append("word ".repeat(20)).append('\n');
        }
        b.append("!promise @Ana the last line by Friday\n");
        String oneLine = "!".repeat(2_000_000) + " !promise @Ana at the end";
        // what would take quadratic time runs out of the test's patience long before it finishes
        assertThat(find(b.toString())).extracting(PromiseLines.Offer::text).containsExactly("the last line");
        assertThat(find(oneLine)).extracting(PromiseLines.Offer::text).containsExactly("at the end");
        assertThat(find("!promise @Ana " + "x".repeat(2_000_000))).isEmpty();
    }
}
