package app.microlead.bench;

import app.microlead.journal.Entry;
import app.microlead.journal.JournalSearch;
import app.microlead.journal.LuceneJournalSearch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Not a test: index build time and query latency of the in-memory search on a generated journal.
 * Run: see docs/performance.md. Argument: number of days (default 100000).
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        TextGenerator gen = new TextGenerator(7, 6000);
        Random r = gen.random();
        String[] tags = {"team", "1on1", "meetings", "delegation", "feedback", "release", "wins", "hiring"};
        LocalDate start = LocalDate.of(2026, 1, 1).minusDays(days);

        long t0 = System.nanoTime();
        List<Entry> entries = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            entries.add(new Entry(start.plusDays(i), gen.text(280 + r.nextInt(40)), 1 + r.nextInt(5), 1 + r.nextInt(5),
                    List.of(tags[r.nextInt(tags.length)]), List.of(), null, null));
        }
        long genMs = (System.nanoTime() - t0) / 1_000_000;

        LuceneJournalSearch index = new LuceneJournalSearch();
        long b0 = System.nanoTime();
        for (Entry e : entries) {
            index.onSaved(e.date(), Optional.of(e), false);
        }
        index.markReady();
        long buildMs = (System.nanoTime() - b0) / 1_000_000;
        entries = null;
        System.gc();

        List<JournalSearch.Request> queries = queries(start, days, tags);
        for (int w = 0; w < 3; w++) {
            for (JournalSearch.Request q : queries) {
                index.search(q);
            }
        }
        List<Long> micros = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (JournalSearch.Request q : queries) {
                long s = System.nanoTime();
                index.search(q);
                micros.add((System.nanoTime() - s) / 1_000);
            }
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.printf("days=%d  generate=%d ms  index build=%d ms (%.0f days/s)%n", days, genMs, buildMs,
                days * 1000.0 / Math.max(1, buildMs));
        System.out.printf("queries=%d x5  p50=%.2f ms  p95=%.2f ms  max=%.2f ms  heap after GC-ish=%d MB%n",
                queries.size(), pct(sorted, 50), pct(sorted, 95), sorted[sorted.length - 1] / 1000.0, heapMb);
        index.close();
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1000.0;
    }

    static List<JournalSearch.Request> queries(LocalDate start, int days, String[] tags) {
        return queries(Arrays.asList("feedback", "delegating", "trust decision", "\"quiet voice\"",
                "deleg", "celebr", "Priya", "incident retro", "\"explained why\"", "calm", "budget deadline", "coach",
                "Ana Marco", "interview", "energy tone", "apology", "praised team", "sprint review", "onboard",
                "mentor", "conflict", "late reply", "early", "thanks", "customer bug", "hire", "win", "plan goal",
                "\"team meeting\"", "listen", "ka", "lomi", "terra", "sen", "vo ri", "anka", "stadapu", "priority",
                "mei olu", "sara", "release", "message email", "paused", "reacted", "responded", "tired",
                "goal priority conflict", "fix", "jonas", "tom sam"), start, days, tags);
    }

    /**
     * The query set over the given texts: every fifth with a tag filter, every seventh from the middle of
     * the journal on, every sixth with a minimum mood; then two filter-only listings.
     */
    static List<JournalSearch.Request> queries(List<String> texts, LocalDate start, int days, String[] tags) {
        List<JournalSearch.Request> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String tag = i % 5 == 0 ? tags[i % tags.length] : null;
            LocalDate from = i % 7 == 0 ? start.plusDays(days / 2) : null;
            Integer mood = i % 6 == 0 ? 3 : null;
            out.add(new JournalSearch.Request(texts.get(i), tag, from, null, mood, 20));
        }
        out.add(new JournalSearch.Request("", "team", null, null, null, 20));
        out.add(new JournalSearch.Request("", null, start.plusDays(100), start.plusDays(400), 4, 20));
        return out;
    }
}
