package app.microlead.journal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The app's search index ({@link LuceneJournalSearch}), made the first time something uses it: its build
 * after start-up, a save, a search. Making it loads some 550 of Lucene's classes (about 0.15 s on a small
 * machine), which would otherwise happen while the journal opens, before the first view shows its data.
 */
public final class LazyJournalSearch implements JournalSearch, AutoCloseable {

    private LuceneJournalSearch index; // guarded by this
    private boolean closed; // guarded by this

    private synchronized LuceneJournalSearch index() {
        if (index == null) {
            index = new LuceneJournalSearch();
        }
        return index;
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
