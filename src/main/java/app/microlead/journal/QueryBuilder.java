package app.microlead.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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
 * Input that is not valid query syntax never fails: it is searched as plain words. A text of more
 * than {@link JournalSearch#MAX_WORDS} words is searched for its first that many different words.
 */
final class QueryBuilder {

    /** Shorter starts of words match too many words to be useful (and are slow). */
    static final int MIN_PREFIX = 3;
    /**
     * A longer last word is no word's start (and Lucene refuses a prefix of some 1,000 bytes as "too large"; 100
     * letters are 400 bytes at most).
     */
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
        return parse(words(input));
    }

    /** The query for {@link #words}, or null when there is nothing to search for. */
    Query parse(Words words) {
        if (words.text() == null || words.text().isBlank()) {
            return null;
        }
        String text = words.text().strip();
        Query main = parseLenient(text);
        // the last of the first words of a long text is not one being typed
        String last = words.shortened() ? null : lastBareWord(text);
        if (!prefixable(last)) {
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
        return !tokens(input).isEmpty() || prefixable(lastBareWord(input.strip()));
    }

    /** Whether a last word is searched as a word's start too: from {@link #MIN_PREFIX} to {@link #MAX_PREFIX} letters. */
    private static boolean prefixable(String last) {
        if (last == null) {
            return false;
        }
        int letters = last.codePointCount(0, last.length());
        return letters >= MIN_PREFIX && letters <= MAX_PREFIX;
    }

    /**
     * What a search looks for: {@code text}, or when it has more than {@link JournalSearch#MAX_WORDS} words (as
     * the index has them: "meeting," and "Meetings" are the word "meet"; "the" is none) its phrases and
     * different words up to that many, in their order; {@code shortened} when a word was left out, not only
     * repeats.
     */
    record Words(String text, boolean shortened) {
    }

    /** {@code input} as it is searched for: see {@link Words}. */
    Words words(String input) {
        if (input == null || tokens(input).size() <= JournalSearch.MAX_WORDS) {
            return new Words(input, false);
        }
        Set<String> seen = new HashSet<>();
        StringBuilder used = new StringBuilder();
        int left = JournalSearch.MAX_WORDS;
        boolean shortened = false;
        for (String piece : pieces(input)) {
            if (shortened) {
                break; // what follows is left out too
            }
            List<Token> words = tokens(piece);
            if (piece.startsWith("\"")) {
                if (words.isEmpty() || !seen.add('"' + words.stream().map(Token::term).toList().toString())) {
                    continue; // a phrase again
                }
                int n = Math.min(words.size(), left);
                shortened |= n < words.size();
                if (n > 0) {
                    used.append(" \"").append(piece, words.get(0).start(), words.get(n - 1).end()).append('"');
                    left -= n;
                }
                continue;
            }
            for (Token w : words) {
                if (!seen.contains(w.term())) {
                    if (left == 0) {
                        shortened = true;
                        break;
                    }
                    seen.add(w.term());
                    used.append(' ').append(QueryParser.escape(piece.substring(w.start(), w.end())));
                    left--;
                }
            }
        }
        return new Words(used.toString().strip(), shortened);
    }

    /** A word as the index has it, and where it is in the text it was read from. */
    private record Token(String term, int start, int end) {
    }

    private List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The parts of a query: each "phrase" with its quotes, and each word between. */
    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            int close = c == '"' ? text.indexOf('"', end) : -1;
            if (Character.isWhitespace(c) || c == '"' && close < 0) {
                i = end; // an unclosed quote is searched without it, as words
                continue;
            }
            if (c == '"') {
                end = close + 1;
            } else {
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
            }
            out.add(text.substring(i, end));
            i = end;
        }
        return out;
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
