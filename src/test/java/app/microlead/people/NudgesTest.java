package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NudgesTest {

    private static final LocalDate ADDED = LocalDate.parse("2026-01-01");

    private static Person p(long id, String name, Person.Cadence cadence) {
        return new Person(id, name, "", "", null, "", cadence, false, ADDED, false, null);
    }

    private static Attention seen(long id, LocalDate mentioned, LocalDate recognised, LocalDate oneOnOne) {
        return new Attention(id, mentioned, recognised, oneOnOne, 1, Map.of());
    }

    @Test
    void notRecognisedCountsFromTheLastRecognitionOrTheDayAdded() {
        Person ana = p(1, "Ana", Person.Cadence.NONE);
        LocalDate today = ADDED.plusDays(20);
        assertThat(Nudges.check(ana, Nudges.Reason.NOT_RECOGNISED, Attention.none(1), today)).isEmpty();
        assertThat(Nudges.check(ana, Nudges.Reason.NOT_RECOGNISED, Attention.none(1), today.plusDays(1)))
                .hasValueSatisfying(n -> assertThat(n.days()).isEqualTo(21));
        Attention recognised = seen(1, today, today.minusDays(3), null);
        assertThat(Nudges.check(ana, Nudges.Reason.NOT_RECOGNISED, recognised, today.plusDays(17))).isEmpty();
        assertThat(Nudges.check(ana, Nudges.Reason.NOT_RECOGNISED, recognised, today.plusDays(18))).isPresent();
    }

    @Test
    void oneOnOneNudgesFollowTheCadenceAndNoneNeverNudges() {
        Person weekly = p(1, "Ana", Person.Cadence.WEEKLY);
        Person biweekly = p(2, "Ben", Person.Cadence.BIWEEKLY);
        Person none = p(3, "Cleo", Person.Cadence.NONE);
        LocalDate last = ADDED.plusDays(10);
        assertThat(Nudges.check(weekly, Nudges.Reason.NO_ONE_ON_ONE, seen(1, null, null, last), last.plusDays(7))).isEmpty();
        assertThat(Nudges.check(weekly, Nudges.Reason.NO_ONE_ON_ONE, seen(1, null, null, last), last.plusDays(8))).isPresent();
        assertThat(Nudges.check(biweekly, Nudges.Reason.NO_ONE_ON_ONE, seen(2, null, null, last), last.plusDays(14))).isEmpty();
        assertThat(Nudges.check(biweekly, Nudges.Reason.NO_ONE_ON_ONE, seen(2, null, null, last), last.plusDays(35)))
                .hasValueSatisfying(n -> assertThat(n.text()).contains("Ben", "5 weeks", "every 2 weeks"));
        assertThat(Nudges.check(none, Nudges.Reason.NO_ONE_ON_ONE, Attention.none(3), last.plusYears(1))).isEmpty();
    }

    @Test
    void snoozedOffAndArchivedPeopleAreNotNudged() {
        LocalDate today = ADDED.plusDays(100);
        Person snoozed = p(1, "Ana", Person.Cadence.WEEKLY).withNudges(false, today);
        Person off = p(2, "Ben", Person.Cadence.WEEKLY).withNudges(true, null);
        Person archived = p(3, "Cleo", Person.Cadence.WEEKLY).withArchived(true);
        assertThat(Nudges.choose(List.of(snoozed, off, archived), Map.of(), today)).isEmpty();
        assertThat(Nudges.choose(List.of(snoozed), Map.of(), today.plusDays(1))).isPresent();
    }

    @Test
    void theMostOverdueIsChosen() {
        LocalDate today = ADDED.plusDays(60);
        Person ana = p(1, "Ana", Person.Cadence.MONTHLY);
        Person ben = p(2, "Ben", Person.Cadence.NONE);
        Map<Long, Attention> att = Map.of(
                1L, seen(1, today.minusDays(1), today.minusDays(1), today.minusDays(40)),
                2L, seen(2, today.minusDays(2), today.minusDays(30), null));
        // Ana: 1:1 40 days ago against 31 allowed (0.29 over); Ben: not recognised 30 days against 21 (0.43 over).
        Nudges.Nudge n = Nudges.choose(List.of(ana, ben), att, today).orElseThrow();
        assertThat(n.person().name()).isEqualTo("Ben");
        assertThat(n.reason()).isEqualTo(Nudges.Reason.NOT_RECOGNISED);
        assertThat(n.text()).isEqualTo("You have not recognised Ben in 30 days.");
    }

    @Test
    void theStartDateCountsWhenItIsLaterThanTheDayAdded() {
        Person starts = new Person(1, "Dana", "", "", ADDED.plusDays(30), "", Person.Cadence.NONE, false, ADDED, false, null);
        assertThat(Nudges.check(starts, Nudges.Reason.NOT_MENTIONED, Attention.none(1), ADDED.plusDays(40))).isEmpty();
        assertThat(Nudges.check(starts, Nudges.Reason.NOT_MENTIONED, Attention.none(1), ADDED.plusDays(60))).isPresent();
    }
}
