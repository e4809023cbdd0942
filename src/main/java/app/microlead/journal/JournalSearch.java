package app.microlead.journal;

import java.time.LocalDate;
import java.util.List;

/** Ranked full-text search over the journal, as the Journal view needs it. */
public interface JournalSearch {

    /**
     * A search looks for at most this many different words, the first ones (a pasted page is found by its first
     * words): Lucene refuses a query of more than 1024 parts (a search of 1,025 words found no day, or every day)
     * and one of some 500 different words failed.
     */
    int MAX_WORDS = 100;

    /** False while the index is still being built at start-up. */
    boolean ready();

    /** Runs a query (call it off the UI thread). */
    Results search(Request request);

    /**
     * What to look for: words (quotes for phrases; the last word also matches as a prefix), and
     * optional filters. A blank text with filters lists every matching day, newest first.
     */
    record Request(String text, String tag, LocalDate from, LocalDate to, Integer minMood, Integer maxMood, int limit) {

        /** Without an upper bound on the mood. */
        public Request(String text, String tag, LocalDate from, LocalDate to, Integer minMood, int limit) {
            this(text, tag, from, to, minMood, null, limit);
        }

        public boolean isEmpty() {
            return (text == null || text.isBlank()) && tag == null && from == null && to == null && minMood == null
                    && maxMood == null;
        }
    }

    /** The mood filter: days rated {@code mood} or higher, or (the rough days) {@code mood} or lower. */
    record MoodFilter(int mood, boolean orLower) {

        /** The choices offered: 5+ … 2+, then 2 or lower and 1. */
        public static List<MoodFilter> choices() {
            return List.of(new MoodFilter(5, false), new MoodFilter(4, false), new MoodFilter(3, false),
                    new MoodFilter(2, false), new MoodFilter(2, true), new MoodFilter(1, true));
        }

        Integer min() {
            return orLower ? null : mood;
        }

        Integer max() {
            return orLower ? mood : null;
        }
    }

    /** A found day with a snippet whose matched words are marked. */
    record Hit(LocalDate date, Integer mood, List<Span> snippet) {
    }

    record Span(String text, boolean match) {
    }

    /**
     * The best hits; {@code total} counts all matches, or is a lower bound when {@code exact} is false;
     * {@code shortened} when the text had more than {@link #MAX_WORDS} different words and only the first were
     * looked for.
     */
    record Results(List<Hit> hits, int total, boolean exact, boolean shortened) {

        /** With every word of the text looked for. */
        public Results(List<Hit> hits, int total, boolean exact) {
            this(hits, total, exact, false);
        }
    }
}
