package app.microlead.journal;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's search index ({@link LuceneJournalSearch}), made the first time something uses it: its build
 * after start-up, a save, a search. Making it loads some 550 of Lucene's classes (about 0.15 s on a small
 * machine), which would otherwise happen while the journal opens, before the first view shows its data.
 * While the journal is not encrypted the index is the one kept in the data folder between runs, so a start
 * reads only the days changed since; otherwise, or when that folder cannot hold it, it is in memory.
 */
public final class LazyJournalSearch implements JournalSearch, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LazyJournalSearch.class.getName());

    /** Where the index may be kept on disk when it is made: empty for an encrypted journal. */
    private final Supplier<Optional<Path>> keptIn;
    private LuceneJournalSearch index; // guarded by this
    private boolean inMemoryOnly; // guarded by this
    private boolean closed; // guarded by this

    /** An index in memory only. */
    public LazyJournalSearch() {
        this(Optional::empty);
    }

    /** @param keptIn the folder to keep the index in, asked when it is made; empty: in memory only */
    public LazyJournalSearch(Supplier<Optional<Path>> keptIn) {
        this.keptIn = keptIn;
    }

    private synchronized LuceneJournalSearch index() {
        if (index == null) {
            Optional<Path> folder = inMemoryOnly ? Optional.empty() : keptIn.get();
            index = folder.map(LazyJournalSearch::keptOrInMemory).orElseGet(LuceneJournalSearch::new);
        }
        return index;
    }

    private static LuceneJournalSearch keptOrInMemory(Path folder) {
        try {
            return LuceneJournalSearch.kept(folder);
        } catch (UncheckedIOException e) {
            LOG.log(Level.INFO, "Search index not kept on disk; it is built in memory", e);
            return new LuceneJournalSearch();
        }
    }

    /** Whether the index is kept on disk (tests). */
    synchronized boolean onDisk() {
        return index != null && index.onDisk();
    }

    /**
     * From now on the index is held in memory only, and built again from {@code repo} there (call on the
     * writing thread, before the journal is encrypted: the copy on disk holds the days' words, and the
     * encryption removes it). Searches wait for the new index as they do at start-up.
     */
    public void keepInMemoryOnly(JournalRepository repo) {
        LuceneJournalSearch old;
        LuceneJournalSearch fresh;
        synchronized (this) {
            inMemoryOnly = true;
            if (closed || index == null || !index.onDisk()) {
                return;
            }
            old = index;
            fresh = new LuceneJournalSearch();
            index = fresh;
        }
        old.close();
        fresh.build(repo);
    }

    /** Whether the index has been made (for tests: nothing has used it yet while this is false). */
    synchronized boolean made() {
        return index != null;
    }

    @Override
    public boolean ready() {
        LuceneJournalSearch now;
        synchronized (this) {
            now = index;
        }
        return now != null && now.ready();
    }

    @Override
    public Results search(Request request) {
        return index().search(request);
    }

    /** See {@link LuceneJournalSearch#build}. */
    public void build(JournalRepository repo) {
        index().build(repo);
    }

    /** See {@link LuceneJournalSearch#rebuild}. */
    public void rebuild(JournalRepository repo) {
        index().rebuild(repo);
    }

    /** See {@link LuceneJournalSearch#onSaved(LocalDate, Optional)}; nothing once closed. */
    public void onSaved(LocalDate date, Optional<Entry> stored) {
        LuceneJournalSearch now;
        synchronized (this) {
            if (closed) {
                return;
            }
            now = index();
        }
        now.onSaved(date, stored);
    }

    @Override
    public void close() {
        LuceneJournalSearch now;
        synchronized (this) {
            closed = true;
            now = index;
            index = null;
        }
        if (now != null) {
            now.close();
        }
    }
}
