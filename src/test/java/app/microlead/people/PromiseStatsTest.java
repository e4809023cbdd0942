package app.microlead.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseStatsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");

    private static Promise due(String due) {
        return Promise.open(1, "p", TODAY.minusMonths(1), due == null ? null : LocalDate.parse(due));
    }

    @Test
    void countsKeptOnTimeAmongThoseDueThisMonth() {
        List<Promise> ps = List.of(
                due("2026-03-05").close(Promise.State.KEPT, LocalDate.parse("2026-03-05")),  // on time
                due("2026-03-06").close(Promise.State.KEPT, LocalDate.parse("2026-03-09")),  // late
                due("2026-03-07").close(Promise.State.BROKEN, LocalDate.parse("2026-03-08")),
                due("2026-03-08").close(Promise.State.DROPPED, LocalDate.parse("2026-03-08")), // not counted
                due("2026-03-10"),                                                            // open, overdue
                due("2026-03-25"),                                                            // open, not yet due
                due("2026-03-28").close(Promise.State.KEPT, LocalDate.parse("2026-03-19")),  // kept early
                due("2026-02-28").close(Promise.State.KEPT, LocalDate.parse("2026-02-28")),  // last month
                due(null).close(Promise.State.KEPT, LocalDate.parse("2026-03-15")),          // no due day: on time
                due(null));                                                                   // open, no due day
        PromiseStats s = PromiseStats.thisMonth(ps, TODAY);
        assertThat(s).isEqualTo(new PromiseStats(3, 6));
        assertThat(s.rate()).isEqualTo(0.5);
    }

    @Test
    void nothingCountedHasNoRate() {
        assertThat(PromiseStats.thisMonth(List.of(due("2026-03-25")), TODAY).rate()).isEqualTo(-1);
    }
}
