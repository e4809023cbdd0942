package app.microlead.habits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CheckInLogTest {

    private static final LocalDate D = LocalDate.parse("2026-03-10");

    private static CheckIn done(LocalDate d, String note) {
        return new CheckIn(7, d, CheckIn.State.DONE, note);
    }

    private static CheckIn skipped(LocalDate d) {
        return new CheckIn(7, d, CheckIn.State.SKIPPED, "");
    }

    @Test
    void emptyLogHasNothing() {
        CheckInLog log = CheckInLog.of(List.of());
        assertThat(log).isSameAs(CheckInLog.EMPTY);
        assertThat(log.isEmpty()).isTrue();
        assertThat(log.size()).isZero();
        assertThat(log.stateOn(D)).isNull();
        assertThat(log.noteOn(D)).isEmpty();
        assertThat(log.between(7, LocalDate.MIN, LocalDate.MAX)).isEmpty();
        assertThat(log.dayStates(D.minusDays(2), D).raw()).containsExactly(0, 0, 0);
    }

    @Test
    void findsTheFirstTheLastAndNothingBetweenOrBeyond() {
        CheckInLog log = CheckInLog.of(List.of(done(D, ""), skipped(D.plusDays(2)), done(D.plusDays(5), "last")));
        assertThat(log.size()).isEqualTo(3);
        assertThat(log.stateOn(D)).isEqualTo(CheckIn.State.DONE);
        assertThat(log.stateOn(D.plusDays(2))).isEqualTo(CheckIn.State.SKIPPED);
        assertThat(log.stateOn(D.plusDays(5))).isEqualTo(CheckIn.State.DONE);
        assertThat(log.noteOn(D.plusDays(5))).isEqualTo("last");
        for (LocalDate empty : List.of(D.minusDays(1), D.plusDays(1), D.plusDays(4), D.plusDays(6), LocalDate.MIN,
                LocalDate.MAX)) {
            assertThat(log.stateOn(empty)).as("%s", empty).isNull();
            assertThat(log.noteOn(empty)).as("%s", empty).isEmpty();
        }
    }

    @Test
    void keepsOnlyRealNotesStripped() {
        CheckInLog log = CheckInLog.of(List.of(done(D, "  Ana, Sam 👋 "), done(D.plusDays(1), "   "),
                done(D.plusDays(2), null)));
        assertThat(log.noteOn(D)).isEqualTo("Ana, Sam 👋");
        assertThat(log.noteOn(D.plusDays(1))).isEmpty();
        assertThat(log.noteOn(D.plusDays(2))).isEmpty();
        assertThat(log.toString()).contains("3 days, 1 notes");
    }

    @Test
    void unsortedInputIsSortedAndTheLastMarkOfADayWins() {
        CheckInLog log = new CheckInLog.Builder()
                .add(D.plusDays(3).toEpochDay(), CheckIn.State.DONE, "")
                .add(D.toEpochDay(), CheckIn.State.DONE, "first")
                .add(D.plusDays(3).toEpochDay(), CheckIn.State.SKIPPED, "again")
                .build();
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.stateOn(D)).isEqualTo(CheckIn.State.DONE);
        assertThat(log.noteOn(D)).isEqualTo("first");
        assertThat(log.stateOn(D.plusDays(3))).isEqualTo(CheckIn.State.SKIPPED);
        assertThat(log.noteOn(D.plusDays(3))).isEqualTo("again");
        assertThat(log).isEqualTo(CheckInLog.of(List.of(done(D, "first"),
                new CheckIn(7, D.plusDays(3), CheckIn.State.SKIPPED, "again"))));
    }

    @Test
    void refusesDaysOutsideTheIntRange() {
        assertThatThrownBy(() -> new CheckInLog.Builder().add(Long.MAX_VALUE, CheckIn.State.DONE, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void betweenIsInclusiveAndGivesCheckInsOfTheHabit() {
        CheckInLog log = CheckInLog.of(List.of(done(D, "a"), skipped(D.plusDays(1)), done(D.plusDays(9), "")));
        assertThat(log.between(7, D.plusDays(1), D.plusDays(9)))
                .containsExactly(skipped(D.plusDays(1)), done(D.plusDays(9), ""));
        assertThat(log.between(7, D.minusDays(5), D)).containsExactly(done(D, "a"));
        assertThat(log.between(7, D.plusDays(2), D.plusDays(8))).isEmpty();
    }

    @Test
    void dayStatesCoverStartToTodayAndIgnoreTheRest() {
        CheckInLog log = CheckInLog.of(List.of(done(D.minusDays(1), ""), done(D, ""), skipped(D.plusDays(2)),
                done(D.plusDays(4), "")));
        DayStates s = log.dayStates(D, D.plusDays(3));
        assertThat(s.start()).isEqualTo(D);
        assertThat(s.raw()).containsExactly(DayStates.DONE, DayStates.EMPTY, DayStates.SKIPPED, DayStates.EMPTY);
        assertThat(log.dayStates(D, D.minusDays(1)).length()).isZero();
    }

    /** The log answers like the map it replaces, and its day states match DayStates.of on that map. */
    @Test
    void answersLikeTheMapOfCheckIns() {
        Random random = new Random(42);
        Map<LocalDate, CheckIn> map = new TreeMap<>();
        List<CheckIn> shuffled = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            if (random.nextInt(3) > 0) {
                LocalDate d = D.minusDays(3000).plusDays(i);
                CheckIn c = new CheckIn(7, d, random.nextBoolean() ? CheckIn.State.DONE : CheckIn.State.SKIPPED,
                        random.nextInt(10) == 0 ? "note " + i : "");
                map.put(d, c);
                shuffled.add(c);
            }
        }
        Collections.shuffle(shuffled, random);
        CheckInLog fromMap = CheckInLog.of(map.values());
        CheckInLog fromShuffled = CheckInLog.of(shuffled);
        assertThat(fromShuffled).isEqualTo(fromMap).hasSameHashCodeAs(fromMap);
        assertThat(fromMap.size()).isEqualTo(map.size());
        for (int i = -5; i < 2005; i++) {
            LocalDate d = D.minusDays(3000).plusDays(i);
            CheckIn c = map.get(d);
            assertThat(fromMap.stateOn(d)).isEqualTo(c == null ? null : c.state());
            assertThat(fromMap.noteOn(d)).isEqualTo(c == null ? "" : c.note());
        }
        assertThat(fromMap.between(7, LocalDate.MIN, LocalDate.MAX)).containsExactlyElementsOf(map.values());
        Map<LocalDate, CheckIn.State> states = new TreeMap<>();
        map.forEach((d, c) -> states.put(d, c.state()));
        LocalDate start = D.minusDays(2500);
        assertThat(fromMap.dayStates(start, D).raw()).isEqualTo(DayStates.of(start, D, states).raw());
    }
}
