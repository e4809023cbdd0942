package app.microlead.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a person types into a Lucene query: every word must match (stemmed), "quoted words"
 * are phrases, and the last word also matches as the start of a longer word (search as you type).
 * Input that is not valid query syntax never fails: it is searched as plain words.
 */
final class QueryBuilder {

    /** Shorter starts of words match too many words to be useful (and are slow). */
    static final int MIN_PREFIX = 3;
    /** A longer last word is no word's start (and Lucene refuses a prefix this long as "too large"). */
    static final int MAX_PREFIX = 100;

    private final Analyzer analyzer;
    private final String field;
    private final String[] fields;

    /** @param field the main text field (also used for prefixes); {@code alsoIn} are searched too */
    QueryBuilder(Analyzer analyzer, String field, String... alsoIn) {
        this.analyzer = analyzer;
        this.field = field;
        this.fields = new String[alsoIn.length + 1];
        fields[0] = field;
        System.arraycopy(alsoIn, 0, fields, 1, alsoIn.length);
    }

    /** The query, or null when there is nothing to search for. */
    Query parse(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String text = input.strip();
        Query main = parseLenient(text);
        String last = lastBareWord(text);
        if (last == null || last.codePointCount(0, last.length()) < MIN_PREFIX || last.length() > MAX_PREFIX) {
            return main;
        }
        // "deleg" should find "delegated": the last word may also be the start of a word
        String withoutLast = text.substring(0, text.length() - last.length()).strip();
        BooleanQuery.Builder prefixVariant = new BooleanQuery.Builder();
        Query rest = withoutLast.isEmpty() ? null : parseLenient(withoutLast);
        if (rest != null) {
            prefixVariant.add(rest, BooleanClause.Occur.MUST);
        }
        prefixVariant.add(new PrefixQuery(new Term(field, last.toLowerCase(Locale.ROOT))),
                BooleanClause.Occur.MUST);
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (main != null) {
            either.add(main, BooleanClause.Occur.SHOULD);
        }
        either.add(prefixVariant.build(), BooleanClause.Occur.SHOULD);
        return either.build();
    }

    private Query parseLenient(String text) {
        QueryParser parser = new MultiFieldQueryParser(fields, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return emptyToNull(parser.parse(text));
        } catch (ParseException | RuntimeException e) {
            try {
                return emptyToNull(parser.parse(QueryParser.escape(text.replace("\"", " "))));
            } catch (ParseException | RuntimeException e2) {
                return null;
            }
        }
    }

    private static Query emptyToNull(Query q) {
        if (q instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
            return null;
        }
        return q;
    }

    /**
     * Whether {@code input} holds something to look for: a word the index has, or a last word long enough to be
     * searched as a word's start ("for" finds "forecast"); not when it is only spaces, signs or short very common
     * words ("to be").
     */
    boolean hasWords(String input) {
        if (input == null || input.isBlank()) {
            return false;
        }
        try (TokenStream tokens = analyzer.tokenStream(field, input)) {
            tokens.reset();
            boolean any = tokens.incrementToken();
            tokens.end();
            if (any) {
                return true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String last = lastBareWord(input.strip());
        return last != null && last.codePointCount(0, last.length()) >= MIN_PREFIX && last.length() <= MAX_PREFIX;
    }

    /** The last word when it is a plain word typed outside quotes, else null. */
    static String lastBareWord(String text) {
        long quotes = text.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1 || text.endsWith("\"") || text.endsWith(" ")) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of(text.split("\\s+")));
        String last = words.get(words.size() - 1);
        if (!last.codePoints().allMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return last;
    }
}
