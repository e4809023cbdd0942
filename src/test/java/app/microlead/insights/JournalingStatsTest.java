package app.microlead.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.microlead.insights.JournalingStats.Month;
import app.microlead.insights.JournalingStats.TagCount;
import app.microlead.journal.Entry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalingStatsTest {

    private static Entry entry(String date, String text, String... tags) {
        List<Entry.PromptAnswer> answers = List.of(new Entry.PromptAnswer("p", "Prompt?", "answers are not counted"));
        return new Entry(LocalDate.parse(date), text, null, null, List.of(tags), answers, null, null);
    }

    @Test
    void daysAndWordsPerMonthWithEmptyMonthsUpToToday() {
        List<Entry> entries = List.of(
                entry("2026-01-10", "one two three"),                 // 3 words
                entry("2026-01-11", "Hello, world! — 42"),            // 3: the dash has no letter or digit
                entry("2026-03-31", "a b c d e"));                    // 5
        JournalingStats s = JournalingStats.compute(entries, List.of(), LocalDate.parse("2026-04-02"));
        assertThat(s.months()).containsExactly(
                new Month(YearMonth.of(2026, 1), 2, 6),
                new Month(YearMonth.of(2026, 2), 0, 0),
                new Month(YearMonth.of(2026, 3), 1, 5),
                new Month(YearMonth.of(2026, 4), 0, 0));
    }

    @Test
    void topTenTagsByDaysThenByName() {
        List<Entry> entries = new ArrayList<>();
        // tag t00 on 12 days, t01 on 11 … t11 on 1 day; "zeta" and "alpha" on 5 days each
        for (int day = 0; day < 12; day++) {
            List<String> tags = new ArrayList<>();
            for (int t = 0; t < 12 - day; t++) {
                tags.add(String.format("t%02d", t));
            }
            if (day < 5) {
                tags.add("zeta");
                tags.add("alpha");
            }
            entries.add(entry(LocalDate.parse("2026-01-01").plusDays(day).toString(), "", tags.toArray(String[]::new)));
        }
        JournalingStats s = JournalingStats.compute(entries, List.of(), LocalDate.parse("2026-01-31"));
        assertThat(s.topTags()).hasSize(10).startsWith(new TagCount("t00", 12), new TagCount("t01", 11));
        assertThat(s.topTags().subList(7, 10))
                .containsExactly(new TagCount("alpha", 5), new TagCount("t07", 5), new TagCount("zeta", 5));
    }

    @Test
    void streaksComeFromEveryDateWritten() {
        List<LocalDate> dates = List.of(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-03"), LocalDate.parse("2026-03-04"),
                LocalDate.parse("2026-03-30"), LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-30"));
        JournalingStats s = JournalingStats.compute(List.of(), dates, LocalDate.parse("2026-04-01"));
        assertThat(s.streaks().current()).isEqualTo(2);
        assertThat(s.streaks().best()).isEqualTo(4);
        assertThat(s.isEmpty()).isFalse();
        assertThat(JournalingStats.compute(List.of(), List.of(), LocalDate.parse("2026-04-01")).isEmpty()).isTrue();
    }
}
