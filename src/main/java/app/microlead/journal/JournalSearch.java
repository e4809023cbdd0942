package app.microlead.journal;

import java.time.LocalDate;
import java.util.List;

/** Ranked full-text search over the journal, as the Journal view needs it. */
public interface JournalSearch {

    /** False while the index is still being built at start-up. */
    boolean ready();

    /** Runs a query (call it off the UI thread). */
    Results search(Request request);

    /**
     * What to look for: words (quotes for phrases; the last word also matches as a prefix), and
     * optional filters. A blank text with filters lists every matching day, newest first.
     */
    record Request(String text, String tag, LocalDate from, LocalDate to, Integer minMood, int limit) {
        public boolean isEmpty() {
            return (text == null || text.isBlank()) && tag == null && from == null && to == null && minMood == null;
        }
    }

    /** A found day with a snippet whose matched words are marked. */
    record Hit(LocalDate date, Integer mood, List<Span> snippet) {
    }

    record Span(String text, boolean match) {
    }

    /** The best hits; {@code total} counts all matches, or is a lower bound when {@code exact} is false. */
    record Results(List<Hit> hits, int total, boolean exact) {
    }
}
