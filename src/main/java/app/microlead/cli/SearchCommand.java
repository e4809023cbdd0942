package app.microlead.cli;

import app.microlead.common.Futures;
import app.microlead.journal.JournalSearch;
import app.microlead.journal.LuceneJournalSearch;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code microlead search QUERY [--limit N]}: ranked full-text search, a date and a snippet per hit. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the journal: words (all must match), \"a phrase\", or the start of a word.")
final class SearchCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(SearchCommand.class.getName());

    @ParentCommand
    MicroleadCommand parent;

    @Parameters(index = "0..*", paramLabel = "QUERY", arity = "1..*", description = "What to look for: words (a day"
            + " must have them all), \"a phrase\" in quotes (in the shell: '\"stood by\"'), or the start of a word. Of a"
            + " longer text, the first " + JournalSearch.MAX_WORDS + " different words are searched for.")
    List<String> query;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
            description = "The most days to show (default ${DEFAULT-VALUE}).")
    int limit;

    /** A line's worth of text around the first match, with "…" where it was cut. */
    static String around(String text, int match) {
        int width = 160;
        if (text.length() <= width) {
            return text;
        }
        int from = Math.max(0, (match < 0 ? 0 : match) - 60);
        int to = Math.min(text.length(), from + width);
        from = Math.max(0, to - width);
        int space = text.lastIndexOf(' ', from + 10);
        if (from > 0 && space > from - 1) {
            from = space + 1; // whole words
        }
        int end = text.indexOf(' ', to - 10);
        if (to < text.length() && end > 0 && end < to) {
            to = end;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }

    /**
     * The index to search: for an unencrypted journal the one kept in the data folder (shared with the app;
     * the days changed since are read again), for an encrypted one built in memory, as the app does. The kept
     * one is opened while the journal's database opens ({@code kept}, started by {@link #call}): the two take
     * about as long, each mostly loading its classes.
     */
    private static LuceneJournalSearch index(OpenJournal j, CompletableFuture<Optional<LuceneJournalSearch>> kept) {
        if (kept != null) {
            try {
                Optional<LuceneJournalSearch> opened = Futures.joined(kept);
                // empty: an index left as it was because it was not usable, removed and built again now that the
                // journal has opened
                return opened.isPresent() ? LuceneJournalSearch.upToDate(opened.get(), j.journal)
                        : LuceneJournalSearch.onDisk(j.folder.searchIndexDir(), j.journal);
            } catch (UncheckedIOException e) {
                LOG.log(Level.INFO, "Search index not kept on disk; searching in memory", e);
            }
        }
        LuceneJournalSearch index = new LuceneJournalSearch();
        index.build(j.journal);
        return index;
    }

    /** Waits for the index opened beside a journal that then did not open, and closes it. */
    private static void letGo(CompletableFuture<Optional<LuceneJournalSearch>> kept) {
        try {
            kept.join().ifPresent(LuceneJournalSearch::close);
        } catch (CompletionException | CancellationException e) {
            LOG.log(Level.FINE, "The search index opened beside the journal had failed too", e);
        }
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            System.err.println("microlead: --limit must be at least 1.");
            return 2;
        }
        String text = String.join(" ", query);
        if (!LuceneJournalSearch.hasWords(text)) {
            // an empty query lists every day, one of common words ("the") finds none: neither is a search
            System.err.println("microlead: " + (text.codePoints().anyMatch(Character::isLetterOrDigit)
                    ? "'" + text.strip() + "' is too common to search for: add a word that says more about the day."
                    : "Nothing to search for: give a word, \"a phrase\" or the start of a word."));
            return 2;
        }
        AtomicReference<CompletableFuture<Optional<LuceneJournalSearch>>> kept = new AtomicReference<>();
        OpenJournal j = parent.openExisting("search", folder -> {
            CompletableFuture<Optional<LuceneJournalSearch>> opening =
                    CompletableFuture.supplyAsync(() -> LuceneJournalSearch.keptAsItIs(folder.searchIndexDir()));
            kept.set(opening);
            return () -> letGo(opening);
        });
        try (j; LuceneJournalSearch index = index(j, kept.get())) {
            JournalSearch.Request request = new JournalSearch.Request(text, null, null, null, null, limit);
            JournalSearch.Results r = index.search(request);
            for (JournalSearch.Hit h : r.hits()) {
                String snippet = h.snippet().stream().map(s -> s.match() ? "*" + s.text() + "*" : s.text())
                        .collect(Collectors.joining()).replaceAll("\\s+", " ").strip();
                System.out.println(h.date() + "  " + around(snippet, snippet.indexOf('*')));
            }
            int total = r.exact() ? r.total() : index.count(request); // the app stops counting; a command tells
            System.out.println(total + (total == 1 ? " day" : " days") + " found"
                    + (total > r.hits().size() ? " (the best " + r.hits().size() + " shown; --limit shows more)" : ""));
            if (r.shortened()) {
                System.err.println("microlead: note: only the first " + JournalSearch.MAX_WORDS
                        + " different words of your search were used.");
            }
            return 0;
        }
    }
}
