package app.microlead.journal;

import app.microlead.storage.Conversion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The journal's full-text index: English stemming, phrases, prefix-as-you-type, filters, and highlighted
 * snippets. For an unencrypted journal it is kept in the data folder between runs ({@link #kept}) and only
 * the days changed since are read again at start-up; for an encrypted one it is held only in memory, so no
 * copy of its words is ever on disk. It is built or brought up to date in the background at start-up and
 * updated on every save.
 */
public final class LuceneJournalSearch implements JournalSearch, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LuceneJournalSearch.class.getName());
    static final String F_ID = "id";
    static final String F_DAY = "day";
    static final String F_TEXT = "text";
    static final String F_TAG = "tag";
    static final String F_MOOD = "mood";
    static final String F_TAG_WORDS = "tagwords";
    /** When the day was last written ({@link #stampOf}): how a kept index tells which days changed since. */
    static final String F_STAMP = "stamp";
    private static final int SNIPPET_CHARS = 220;
    /** A snippet keeps this much before its first match, */
    private static final int BEFORE_CHARS = 90;
    /** this much on either side of a long stretch between two matches, */
    private static final int BETWEEN_CHARS = 60;
    /** and this much after its last match: about three lines of the results list. */
    private static final int AFTER_CHARS = 140;
    private static final int HIGHLIGHT_TOP = 50;
    /** Beyond this many hits the count is "at least"; an exact count of very common words costs too much. */
    static final int COUNT_EXACTLY_UP_TO = 1000;

    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(true);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
            Map.of(F_TAG, new KeywordAnalyzer(), F_ID, new KeywordAnalyzer()));
    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicBoolean ready = new AtomicBoolean(false);
    /** Days saved while the index was being built: the build must not put back their older text. */
    private final Set<LocalDate> savedDuringBuild = ConcurrentHashMap.newKeySet();
    private final QueryBuilder queries = new QueryBuilder(analyzer, F_TEXT, F_TAG_WORDS);
    /** A day this long is indexed at the next search instead of at each save (see {@link #onSaved}). */
    static final int LONG_DAY_CHARS = 100_000;
    /** Long days saved and not indexed yet, with what was stored; guards their indexing too. */
    private final Map<LocalDate, Optional<Entry>> waiting = new HashMap<>();

    /** An index in memory, built by {@link #build} (the app, an encrypted journal). */
    public LuceneJournalSearch() {
        this(new ByteBuffersDirectory());
    }

    private LuceneJournalSearch(Directory dir) {
        this.dir = dir;
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
            cfg.setRAMBufferSizeMB(64);
            writer = new IndexWriter(dir, cfg);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            closeQuietly(dir);
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index kept in {@code folder} (an unencrypted journal only: the index holds the words of the days),
     * as it was left, not ready until {@link #build} has brought it up to date. A damaged index, or one from
     * another version of Lucene, is removed and an empty one made in its place.
     *
     * @throws UncheckedIOException when the folder cannot hold an index (read-only, full) or another process
     *     is writing it: search in memory instead
     */
    public static LuceneJournalSearch kept(Path folder) {
        return kept(folder, true).orElseThrow();
    }

    /**
     * As {@link #kept(Path)}, except that a damaged index, or one from another version of Lucene, is left as it
     * is and empty is returned (the command line opens the index while the journal's database opens, and does
     * not remove anything before the journal has opened).
     */
    public static Optional<LuceneJournalSearch> keptAsItIs(Path folder) {
        return kept(folder, false);
    }

    private static Optional<LuceneJournalSearch> kept(Path folder, boolean removeUnusable) {
        try {
            return Optional.of(new LuceneJournalSearch(FSDirectory.open(folder)));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            if ((e instanceof UncheckedIOException u ? u.getCause() : e) instanceof LockObtainFailedException locked) {
                throw new UncheckedIOException(locked); // another process is writing it: not ours to remove
            }
            if (!removeUnusable) {
                return Optional.empty();
            }
            LOG.info(() -> "Search index on disk not usable (" + e + "); building it again");
            Conversion.deleteTree(folder);
            try {
                return Optional.of(new LuceneJournalSearch(FSDirectory.open(folder)));
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    /**
     * The index kept in {@code folder}, brought up to date with {@code repo} and ready for searching (the
     * command line); see {@link #kept}.
     */
    public static LuceneJournalSearch onDisk(Path folder, JournalRepository repo) {
        return upToDate(kept(folder), repo);
    }

    /** {@code index} ({@link #kept}) brought up to date with {@code repo}; closed when that fails. */
    public static LuceneJournalSearch upToDate(LuceneJournalSearch index, JournalRepository repo) {
        try {
            index.build(repo);
            return index;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Whether this index is kept on disk between runs. */
    public boolean onDisk() {
        return dir instanceof FSDirectory;
    }

    private static void closeQuietly(Directory d) {
        try {
            d.close();
        } catch (IOException e) {
            LOG.fine("Closing an index folder: " + e);
        }
    }

    /**
     * Builds the index from a repository, or brings a kept one up to date: the days whose stamp differs
     * from the stored one are read again, those no longer stored are dropped (call in the background).
     * The search is ready afterwards; an index on disk is committed, so the next run starts from here.
     */
    public void build(JournalRepository repo) {
        build(repo, true);
    }

    private void build(JournalRepository repo, boolean catchUp) {
        long start = System.nanoTime();
        // read before anything else: a write from here on changes it, so the next run will not skip its catch-up
        String version = onDisk() ? repo.version() : null;
        boolean unchanged = catchUp && version != null && version.equals(committedVersion());
        int read = unchanged ? 0 : -1;
        if (!unchanged && catchUp && writer.getDocStats().numDocs > 0) {
            try {
                read = catchUp(repo);
            } catch (IOException | RuntimeException e) {
                LOG.info(() -> "Search index could not be brought up to date (" + e + "); building it again");
            }
        }
        String how;
        if (read < 0) {
            dropAllBut(savedDuringBuild);
            int[] n = {0};
            repo.forEachEntry(e -> {
                if (!savedDuringBuild.contains(e.date())) {
                    add(e);
                }
                n[0]++;
            });
            how = "built: " + n[0] + " days";
        } else {
            how = unchanged ? "kept as it was (the journal did not change)" : "brought up to date: " + read + " days read again";
        }
        if (onDisk() && !unchanged) {
            synchronized (recorded) {
                // a day saved meanwhile may be newer here than at that version: then none is recorded
                writer.setLiveCommitData(Map.of(JOURNAL_VERSION, savedDuringBuild.isEmpty() ? version : "").entrySet());
            }
            try {
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        refresh();
        ready.set(true);
        savedDuringBuild.clear();
        LOG.info(() -> "Search index " + how + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** Removes every day from the index except {@code kept} (saved since the build began: newer than what it reads). */
    private void dropAllBut(Set<LocalDate> kept) {
        BooleanQuery.Builder others = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        for (LocalDate date : kept) {
            others.add(new TermQuery(new Term(F_ID, date.toString())), BooleanClause.Occur.MUST_NOT);
        }
        try {
            writer.deleteDocuments(others.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The key under which a kept index records the journal's version ({@link JournalRepository#version}) it
     * was last brought up to date with: while the journal still has that version, the next run skips the
     * comparison of every day's stamp. A save indexed later clears it: the journal's version moves on with the
     * save, but a restored backup can bring the recorded one back without the day the index now holds.
     */
    private static final String JOURNAL_VERSION = "journal-version";
    /** Guards what the next commit records against a save indexed at the same moment. */
    private final Object recorded = new Object();

    private String committedVersion() {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals(JOURNAL_VERSION)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A kept index with more days changed than this share is built again rather than caught up. */
    private static final double CATCH_UP_AT_MOST = 0.5;

    /**
     * Brings a kept index up to date day by day; returns the number of days read again, or -1 when so
     * many changed that building it again is cheaper.
     */
    private int catchUp(JournalRepository repo) throws IOException {
        Map<LocalDate, JournalRepository.DayStamp> stored = repo.stamps();
        Map<Long, Long> indexed = new HashMap<>(); // epoch day -> stamp
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues days = leaf.reader().getNumericDocValues(F_DAY);
                NumericDocValues stamps = leaf.reader().getNumericDocValues(F_STAMP);
                Bits live = leaf.reader().getLiveDocs();
                if (days == null) {
                    continue;
                }
                for (int d = days.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = days.nextDoc()) {
                    if (live == null || live.get(d)) {
                        indexed.put(days.longValue(), stamps != null && stamps.advanceExact(d) ? stamps.longValue() : 0L);
                    }
                }
            }
        }
        List<LocalDate> changed = new ArrayList<>();
        stored.forEach((date, stamp) -> {
            Long had = indexed.remove(date.toEpochDay());
            if (had == null || had != stampOf(stamp.updatedAt())) {
                changed.add(date);
            }
        });
        if (changed.size() > stored.size() * CATCH_UP_AT_MOST) {
            return -1;
        }
        for (long gone : indexed.keySet()) {
            LocalDate date = LocalDate.ofEpochDay(gone);
            if (!savedDuringBuild.contains(date)) {
                writer.deleteDocuments(new Term(F_ID, date.toString()));
            }
        }
        for (LocalDate date : changed) {
            Optional<Entry> now = repo.find(date);
            if (!savedDuringBuild.contains(date)) {
                put(date, now);
            }
        }
        return changed.size();
    }

    /** A day's stamp in the index: when it was last written, to the millisecond (what the database keeps). */
    static long stampOf(Instant updatedAt) {
        return updatedAt == null ? 0 : updatedAt.toEpochMilli();
    }

    /** Drops the index and builds it again (after an import). */
    public void rebuild(JournalRepository repo) {
        ready.set(false);
        synchronized (waiting) {
            waiting.clear(); // the build reads every day as stored now
        }
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        build(repo, false);
    }

    @Override
    public boolean ready() {
        return ready.get();
    }

    /** Marks the index complete without reading anything (an empty or test journal). */
    public void markReady() {
        refresh();
        ready.set(true);
    }

    /** Adds or replaces a day, or removes it when it is no longer stored. */
    public void onSaved(LocalDate date, Optional<Entry> stored) {
        onSaved(date, stored, true);
    }

    /**
     * As {@link #onSaved(LocalDate, Optional)}; {@code visibleNow=false} defers the refresh (bulk loads).
     * A long day (from {@link #LONG_DAY_CHARS} characters) is indexed when the index is next asked, not at
     * once: it is saved every second while its writer types on, and indexing two million characters each
     * time made 15 MB of garbage a second beside the typing. Every search and count sees the latest text.
     */
    public void onSaved(LocalDate date, Optional<Entry> stored, boolean visibleNow) {
        synchronized (recorded) {
            if (!ready.get()) {
                savedDuringBuild.add(date);
            }
            if (onDisk()) {
                // the index no longer matches the version it recorded: a restored backup can bring that one back
                writer.setLiveCommitData(Map.of(JOURNAL_VERSION, "").entrySet());
            }
        }
        synchronized (waiting) {
            if (visibleNow && stored.isPresent() && stored.get().searchableText().length() >= LONG_DAY_CHARS) {
                waiting.put(date, stored);
                return;
            }
            waiting.remove(date);
            put(date, stored);
        }
        if (visibleNow) {
            refresh();
        }
    }

    /** Indexes the long days saved since the index was last asked (before every search and count). */
    private void indexWaiting() {
        synchronized (waiting) {
            if (waiting.isEmpty()) {
                return;
            }
            waiting.forEach(this::put);
            waiting.clear();
            refresh();
        }
    }

    /** How many long days wait to be indexed (tests). */
    int waitingDays() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    private void put(LocalDate date, Optional<Entry> stored) {
        if (stored.isPresent()) {
            add(stored.get());
        } else {
            try {
                writer.deleteDocuments(new Term(F_ID, date.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void add(Entry e) {
        Document d = new Document();
        d.add(new StringField(F_ID, e.date().toString(), Field.Store.YES));
        long day = e.date().toEpochDay();
        d.add(new LongPoint(F_DAY, day));
        d.add(new NumericDocValuesField(F_DAY, day));
        d.add(new NumericDocValuesField(F_STAMP, stampOf(e.updatedAt())));
        d.add(new Field(F_TEXT, e.searchableText(), TEXT_TYPE));
        if (!e.tags().isEmpty()) {
            d.add(new TextField(F_TAG_WORDS, String.join(" ", e.tags()).replace('-', ' '),
                    Field.Store.NO));
        }
        for (String t : e.tags()) {
            d.add(new StringField(F_TAG, t.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (e.mood() != null) {
            d.add(new IntPoint(F_MOOD, e.mood()));
            d.add(new NumericDocValuesField(F_MOOD, e.mood()));
        }
        try {
            writer.updateDocument(new Term(F_ID, e.date().toString()), d);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exact number of days a request finds, however common its words (slower than {@link #search}). */
    public int count(Request request) {
        indexWaiting();
        Query query = query(request, queries.parse(request.text()));
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
    }

    private Query query(Request request, Query textQuery) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(textQuery == null ? new MatchAllDocsQuery() : textQuery, BooleanClause.Occur.MUST);
        if (request.tag() != null && !request.tag().isBlank()) {
            b.add(new TermQuery(new Term(F_TAG, Texts.normalizeTag(request.tag()))), BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long lo = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(F_DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
        if (request.minMood() != null || request.maxMood() != null) {
            b.add(IntPoint.newRangeQuery(F_MOOD, request.minMood() == null ? 1 : request.minMood(),
                    request.maxMood() == null ? 5 : request.maxMood()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /**
     * Whether {@code text} holds a word a search can look for: not when it is only spaces and signs, or only
     * words too common to be indexed ("the", "and"), which would find every day or none.
     */
    public static boolean hasWords(String text) {
        try (Analyzer english = new EnglishAnalyzer()) {
            return new QueryBuilder(english, F_TEXT).hasWords(text);
        }
    }

    @Override
    public Results search(Request request) {
        indexWaiting();
        QueryBuilder.Words words = queries.words(request.text());
        Query textQuery = queries.parse(words);
        Query query = query(request, textQuery);
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            int limit = Math.max(1, request.limit());
            // one pass collects the best hits and counts them (exactly up to a limit, which lets Lucene
            // skip documents that cannot make the top hits)
            TopDocs top = textQuery == null
                    ? searcher.search(query, new TopFieldCollectorManager(
                            new Sort(new SortField(F_DAY, SortField.Type.LONG, true)), limit, null, COUNT_EXACTLY_UP_TO,
                            false))
                    : searcher.search(query, new TopScoreDocCollectorManager(
                            limit, null, COUNT_EXACTLY_UP_TO, false));
            int total = (int) top.totalHits.value;
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            return new Results(hits(searcher, query, textQuery, top.scoreDocs), total, exact, words.shortened());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
    }

    private List<Hit> hits(IndexSearcher searcher, Query query, Query textQuery, ScoreDoc[] docs) throws IOException {
        List<List<Span>> snippets = new ArrayList<>();
        if (textQuery != null && docs.length > 0) {
            int n = Math.min(HIGHLIGHT_TOP, docs.length);
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = docs[i].doc;
            }
            UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new SpanFormatter())
                    .withMaxLength(Entry.MAX_TEXT_CHARS + 100_000)
                    .withHandleMultiTermQuery(false)
                    .build();
            Map<String, String[]> found = hl.highlightFields(new String[] {F_TEXT}, query, ids, new int[] {1});
            for (String marked : found.get(F_TEXT)) {
                snippets.add(SpanFormatter.decode(marked));
            }
        }
        List<Hit> out = new ArrayList<>(docs.length);
        var stored = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            int doc = docs[i].doc;
            // date and mood come from doc values: no stored document is decompressed for them
            var leaf = searcher.getIndexReader().leaves().get(
                    ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
            int local = doc - leaf.docBase;
            LocalDate date = LocalDate.ofEpochDay(docValue(leaf, F_DAY, local));
            long moodValue = docValue(leaf, F_MOOD, local);
            Integer mood = moodValue == 0 ? null : (int) moodValue;
            List<Span> snippet = i < snippets.size() ? snippets.get(i) : null;
            if (snippet == null && i < HIGHLIGHT_TOP) {
                snippet = List.of(new Span(Texts.preview(stored.document(doc).get(F_TEXT), SNIPPET_CHARS), false));
            } else if (snippet == null) {
                snippet = List.of();
            }
            out.add(new Hit(date, mood, snippet));
        }
        return out;
    }

    private static long docValue(LeafReaderContext leaf, String field, int doc)
            throws IOException {
        NumericDocValues values = leaf.reader().getNumericDocValues(field);
        return values != null && values.advanceExact(doc) ? values.longValue() : 0;
    }

    /**
     * Turns the highlighter's passages into a short snippet whose matches are wrapped in control
     * characters (which cannot occur in indexed text: they are stripped), then decoded into spans.
     */
    private static final class SpanFormatter extends PassageFormatter {
        private static final char START = '\u0001';
        private static final char END = '\u0002';

        static List<Span> decode(String marked) {
            if (marked == null || marked.isEmpty()) {
                return null;
            }
            List<Span> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean inMatch = false;
            for (int i = 0; i < marked.length(); i++) {
                char c = marked.charAt(i);
                if (c == START || c == END) {
                    if (cur.length() > 0) {
                        out.add(new Span(cur.toString(), inMatch));
                        cur.setLength(0);
                    }
                    inMatch = c == START;
                } else {
                    cur.append(c);
                }
            }
            if (cur.length() > 0) {
                out.add(new Span(cur.toString(), inMatch));
            }
            return out;
        }

        @Override
        public Object format(Passage[] passages, String content) {
            // a few lines around the best matches, not the whole passage (an unpunctuated day is one "sentence")
            List<Span> spans = new ArrayList<>();
            for (Passage p : passages) {
                int pos = p.getStartOffset();
                int shown = 0;
                for (int i = 0; i < p.getNumMatches() && shown < SNIPPET_CHARS; i++) {
                    int s = p.getMatchStarts()[i];
                    int e = p.getMatchEnds()[i];
                    if (s < pos) {
                        continue;
                    }
                    String gap = oneLine(content.substring(pos, s));
                    if (pos == p.getStartOffset()) {
                        String kept = before(gap);
                        if (pos > 0 || kept.length() < gap.length()) {
                            spans.add(new Span("…", false));
                        }
                        gap = kept;
                    } else {
                        gap = between(gap);
                    }
                    if (!gap.isEmpty()) {
                        spans.add(new Span(gap, false));
                    }
                    spans.add(new Span(content.substring(s, e), true));
                    shown += gap.length() + e - s;
                    pos = e;
                }
                int end = Math.min(p.getEndOffset(), pos + Math.max(40, Math.min(AFTER_CHARS, SNIPPET_CHARS + 60 - shown)));
                if (end > pos) {
                    String after = oneLine(content.substring(pos, end));
                    int space = after.lastIndexOf(' ');
                    spans.add(new Span(end < content.length() && space > 0 ? after.substring(0, space) : after, false));
                }
                if (end < content.length()) {
                    spans.add(new Span(" …", false));
                }
            }
            if (spans.isEmpty()) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            for (Span sp : spans) {
                String t = sp.text().replace(START, ' ').replace(END, ' ');
                sb.append(sp.match() ? START + t + END : t);
            }
            return sb.toString();
        }

        private static String oneLine(String s) {
            return s.replaceAll("\\s+", " ");
        }

        /** The last words before the first match, at most {@link #BEFORE_CHARS}, starting at a word. */
        static String before(String gap) {
            if (gap.length() <= BEFORE_CHARS) {
                return gap;
            }
            String tail = gap.substring(gap.length() - BEFORE_CHARS);
            int space = tail.indexOf(' ');
            return space >= 0 && space < tail.length() - 1 ? tail.substring(space) : tail;
        }

        /** Text between two matches: whole when short, else its ends around "…". */
        static String between(String gap) {
            if (gap.length() <= 2 * BETWEEN_CHARS) {
                return gap;
            }
            String head = gap.substring(0, BETWEEN_CHARS);
            String tail = gap.substring(gap.length() - BETWEEN_CHARS);
            int headSpace = head.lastIndexOf(' ');
            int tailSpace = tail.indexOf(' ');
            return (headSpace > 0 ? head.substring(0, headSpace) : head) + " … "
                    + (tailSpace >= 0 ? tail.substring(tailSpace + 1) : tail);
        }
    }

    @Override
    public void close() {
        try {
            // closing commits what is indexed: a long day still waiting keeps its older stamp there, and is
            // read again when the index is next brought up to date
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            LOG.warning("Closing the search index: " + e);
        }
    }
}
