package app.microlead.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateSpansTest {

    private static final LocalDate LAST = LocalDate.parse("2026-03-12");

    @Test
    void spansDoubleNewestFirstAndCoverEveryDayUpToTheFirst() {
        List<String> spans = new ArrayList<>();
        DateSpans.newestFirst(LAST.minusDays(200), LAST, (from, to) -> spans.add(from + ".." + to));
        assertThat(spans).containsExactly(
                LAST.minusDays(31) + ".." + LAST,
                LAST.minusDays(95) + ".." + LAST.minusDays(32),
                LAST.minusDays(223) + ".." + LAST.minusDays(96));
    }

    @Test
    void stopsWhenTheReaderHasWhatItNeedsAndGivesNothingForAnEmptyRange() {
        List<LocalDate> ends = new ArrayList<>();
        DateSpans.newestFirst(LAST.minusDays(1000), LAST, (from, to) -> ends.add(to) && false);
        assertThat(ends).containsExactly(LAST);

        DateSpans.newestFirst(LAST.plusDays(1), LAST, (from, to) -> ends.add(to));
        assertThat(ends).hasSize(1);
    }
}
