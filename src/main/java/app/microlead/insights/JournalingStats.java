package app.microlead.insights;

import app.microlead.journal.Entry;
import app.microlead.journal.JournalStreaks;
import app.microlead.journal.Texts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Journaling at a glance: days written and words per month, the most used tags and the streak.
 *
 * <p>Words are {@link Texts#wordCount} of the free text only, the same count the journal shows for a
 * day (answers to prompts are not counted). Months run without gaps from the first entry's month to
 * the month of {@code today} (or the last entry's month, if later), so empty months show as zero. A
 * tag counts once per day; ties are broken by name. The streak is {@link JournalStreaks} over every
 * date written.
 *
 * @param months  one row per month, oldest first
 * @param topTags at most {@value #TOP_TAGS}, most used first
 */
public record JournalingStats(List<Month> months, List<TagCount> topTags, JournalStreaks streaks) {

    public static final int TOP_TAGS = 10;

    public record Month(YearMonth month, int daysWritten, int words) {
    }

    public record TagCount(String tag, int days) {
    }

    /**
     * @param entries the entries of the range to count (months, words, tags)
     * @param allDates every day ever written (for the streak), e.g. {@code JournalRepository.dates()}
     */
    public static JournalingStats compute(List<Entry> entries, List<LocalDate> allDates, LocalDate today) {
        TreeMap<YearMonth, int[]> byMonth = new TreeMap<>();
        Map<String, Integer> tags = new HashMap<>();
        for (Entry e : entries) {
            int[] m = byMonth.computeIfAbsent(YearMonth.from(e.date()), k -> new int[2]);
            m[0]++;
            m[1] += Texts.wordCount(e.text());
            new TreeSet<>(e.tags()).forEach(t -> tags.merge(t, 1, Integer::sum));
        }
        List<Month> months = new ArrayList<>();
        if (!byMonth.isEmpty()) {
            YearMonth first = byMonth.firstKey();
            YearMonth last = byMonth.lastKey();
            if (YearMonth.from(today).isAfter(last)) {
                last = YearMonth.from(today);
            }
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                int[] v = byMonth.getOrDefault(m, new int[2]);
                months.add(new Month(m, v[0], v[1]));
            }
        }
        List<TagCount> top = tags.entrySet().stream()
                .map(t -> new TagCount(t.getKey(), t.getValue()))
                .sorted(Comparator.comparingInt(TagCount::days).reversed().thenComparing(TagCount::tag))
                .limit(TOP_TAGS).toList();
        List<LocalDate> dates = new ArrayList<>(new TreeSet<>(allDates));
        return new JournalingStats(List.copyOf(months), top, JournalStreaks.of(dates, today));
    }

    public boolean isEmpty() {
        return months.isEmpty() && streaks.best() == 0;
    }
}
