package app.microlead.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people a text mentions, against the roster as it is now (current and former names), so
 * old and imported text is recognised and a rename never rewrites anything. The rules:
 * <ul>
 * <li>Names are compared case- and accent-insensitively ("@jose" finds José), as whole words: "Ana"
 *     is found in "Ana's" or "(Ana)" but not in "Banana" or "Anastasia".</li>
 * <li>The words of a name may be joined by spaces, a hyphen or an apostrophe: "O'Brien" and "O’Brien"
 *     are found as written.</li>
 * <li>{@code @Name} is an explicit mention; {@code @} inside an e-mail address ({@code ana@example.com})
 *     is not, and no name inside an e-mail address counts.</li>
 * <li>A name without {@code @} counts too: the full name, former names, and the first word of the
 *     name (Ana for Ana Lima). The longest name wins ("Ana Lima" over "Ana").</li>
 * <li>A one-word name that is also a common word ("Will", "May", "Mark", "Hope"…) counts only as
 *     {@code @Will} or as part of a longer name ("Will Turner"), never as plain "will".</li>
 * <li>A name two people share is ambiguous and counts for neither, unless it is one person's name now
 *     and the other's former name or first word: a current name beats a former name, and a former
 *     name beats a first word.</li>
 * </ul>
 */
public final class Mentions {

    /** A mention of a person in a text, from {@code start} to {@code end} (characters of the original text). */
    public record Mention(long personId, int start, int end, boolean explicit) {
    }

    /** One-word names that are also everyday words (English and German), folded. */
    static final Set<String> COMMON_WORDS = Set.of("will", "may", "mark", "hope", "grace", "joy", "faith", "bill",
            "rose", "jack", "frank", "art", "sue", "pat", "drew", "bob", "max", "sunny", "summer", "june", "april",
            "august", "dawn", "rob", "chase", "ray", "guy", "don", "dean", "miles", "lance", "rich", "sky", "page",
            "harper", "mai", "ernst", "wolf", "heide", "engel", "kai", "fuchs", "konig", "bauer", "gay",
            "penny", "holly", "iris", "violet", "ivy", "amber", "crystal", "river", "storm");

    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private record Alias(List<String> words, long personId) {
    }

    private record Token(String folded, int start, int end) {
    }

    /**
     * An {@code @Name} written in a text that names no one: no one on the roster has it ({@code sharedBy}
     * 0), or {@code sharedBy} people share it (two people called Alex: {@code @Alex} counts for neither).
     */
    public record Unresolved(String name, int start, int sharedBy) {
    }

    private record Shared(List<String> words, int people) {
    }

    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();
    private final Map<String, List<Shared>> sharedByFirstWord = new HashMap<>();

    /** Mentions of the given people; {@code formerNames} are their former names by id. */
    public Mentions(List<Person> people, Map<Long, List<String>> formerNames) {
        // How strongly a name belongs to a person: 2 their name now, 1 a former name, 0 a first word.
        Map<List<String>, Map<Long, Integer>> found = new HashMap<>();
        for (Person p : people) {
            List<String> names = new ArrayList<>();
            names.add(p.name());
            names.addAll(formerNames.getOrDefault(p.id(), List.of()));
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                add(found, words(name), p.id(), i == 0 ? 2 : 1);
                List<String> firstWords = words(name.strip().split("\\s+")[0]);
                if (firstWords.size() < words(name).size()) {
                    add(found, firstWords, p.id(), 0);
                }
            }
        }
        for (Map.Entry<List<String>, Map<Long, Integer>> e : found.entrySet()) {
            int best = e.getValue().values().stream().max(Integer::compare).orElse(0);
            List<Long> candidates = e.getValue().entrySet().stream().filter(x -> x.getValue() == best)
                    .map(Map.Entry::getKey).toList();
            List<String> w = e.getKey();
            if (candidates.size() == 1) {
                byFirstWord.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(new Alias(w, candidates.get(0)));
            } else {
                sharedByFirstWord.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(new Shared(w, candidates.size()));
            }
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Alias a) -> a.words().size()).reversed()));
        sharedByFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Shared a) -> a.words().size()).reversed()));
    }

    private static void add(Map<List<String>, Map<Long, Integer>> found, List<String> words, long id, int rank) {
        if (!words.isEmpty()) {
            found.computeIfAbsent(words, k -> new HashMap<>()).merge(id, rank, Math::max);
        }
    }

    /** Every mention in {@code text}, in order. */
    public List<Mention> find(String text) {
        if (text == null || text.isEmpty() || byFirstWord.isEmpty()) {
            return new ArrayList<>();
        }
        return find(text, tokens(text), emails(text));
    }

    private List<Mention> find(String text, List<Token> tokens, boolean[] inEmail) {
        List<Mention> out = new ArrayList<>();
        if (byFirstWord.isEmpty()) {
            return out;
        }
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            List<Alias> candidates = inEmail[t.start()] ? null : byFirstWord.get(t.folded());
            boolean explicit = isExplicit(text, t.start());
            Alias hit = null;
            if (candidates != null) {
                for (Alias a : candidates) {
                    if (matches(text, tokens, i, a, inEmail)
                            && (explicit || a.words().size() > 1 || !COMMON_WORDS.contains(a.words().get(0)))) {
                        hit = a;
                        break;
                    }
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            int last = i + hit.words().size() - 1;
            out.add(new Mention(hit.personId(), explicit ? t.start() - 1 : t.start(), tokens.get(last).end(), explicit));
            i = last + 1;
        }
        return out;
    }

    /** The people {@code text} mentions, in the order first mentioned. */
    public Set<Long> people(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Mention m : find(text)) {
            ids.add(m.personId());
        }
        return ids;
    }

    /**
     * Words written as {@code @Word} that name no one on the roster (to offer "add to People"); not the
     * {@code @Names} several people share ({@link #unresolved}), whom adding one more would not help.
     */
    public Set<String> unknownMentions(String text) {
        Set<String> out = new LinkedHashSet<>();
        unresolved(text).stream().filter(u -> u.sharedBy() == 0).forEach(u -> out.add(u.name()));
        return out;
    }

    /** The {@code @Names} in {@code text} that name no one: unknown ones and shared ones, in order. */
    public List<Unresolved> unresolved(String text) {
        List<Unresolved> out = new ArrayList<>();
        if (text == null || text.indexOf('@') < 0) {
            return out;
        }
        boolean[] inEmail = emails(text);
        List<Token> tokens = tokens(text); // read once for both: a long day is long to read
        Set<Integer> known = new HashSet<>();
        find(text, tokens, inEmail).stream().filter(Mention::explicit).forEach(m -> known.add(m.start() + 1));
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (inEmail[t.start()] || !isExplicit(text, t.start()) || known.contains(t.start())) {
                continue;
            }
            Shared shared = null;
            for (Shared x : sharedByFirstWord.getOrDefault(t.folded(), List.of())) {
                if (matches(text, tokens, i, new Alias(x.words(), 0), inEmail)) {
                    shared = x;
                    break;
                }
            }
            int end = shared == null ? t.end() : tokens.get(i + shared.words().size() - 1).end();
            String name = text.substring(t.start(), end);
            if (out.stream().noneMatch(u -> u.name().equals(name))) {
                out.add(new Unresolved(name, t.start() - 1, shared == null ? 0 : shared.people()));
            }
        }
        return out;
    }

    private static boolean matches(String text, List<Token> tokens, int i, Alias a, boolean[] inEmail) {
        if (i + a.words().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < a.words().size(); k++) {
            Token t = tokens.get(i + k);
            if (!t.folded().equals(a.words().get(k)) || inEmail[t.start()]) {
                return false;
            }
            if (k > 0 && !joined(text, tokens.get(i + k - 1).end(), t)) {
                return false;
            }
        }
        return true;
    }

    /** Apostrophes that join the parts of a name (O'Brien, O’Neill). */
    private static final String APOSTROPHES = "'\u2019\u02BC";

    /**
     * Whether the characters between two words of a name (from {@code from} to the word {@code next}) are
     * only spaces or a hyphen, or one apostrophe before a word of two letters or more ("O'Brien", but not
     * the "'s" of "Ana's").
     */
    private static boolean joined(String text, int from, Token next) {
        int to = next.start();
        if (to - from == 1 && APOSTROPHES.indexOf(text.charAt(from)) >= 0) {
            return next.end() - next.start() > 1;
        }
        if (to - from > 3) {
            return false;
        }
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (c != '-' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** An {@code @} right before the word, not itself preceded by a letter, digit or e-mail character. */
    private static boolean isExplicit(String text, int wordStart) {
        if (wordStart == 0 || text.charAt(wordStart - 1) != '@') {
            return false;
        }
        if (wordStart == 1) {
            return true;
        }
        char before = text.charAt(wordStart - 2);
        return !Character.isLetterOrDigit(before) && ".%+-_".indexOf(before) < 0;
    }

    /**
     * Where the text has e-mail addresses: from each {@code @}, the address's characters before it and its
     * domain after it (the whole text run through one pattern was most of the time of a long day).
     */
    private static boolean[] emails(String text) {
        boolean[] in = new boolean[text.length() + 1];
        Matcher domain = DOMAIN.matcher(text);
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int from = at;
            while (from > 0 && isLocalPart(text.charAt(from - 1))) {
                from--;
            }
            if (from < at && domain.region(at + 1, text.length()).lookingAt()) {
                Arrays.fill(in, from, domain.end(), true);
            }
        }
        return in;
    }

    private static boolean isLocalPart(char c) {
        return Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0;
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            out.add(new Token(fold(text.substring(start, i)), start, i));
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The words of a name, folded. */
    static List<String> words(String name) {
        return tokens(name).stream().map(Token::folded).toList();
    }

    /** A text in lower case without accents, for comparing names ("José" and "jose" fold alike). */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return ascii ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** About {@code radius} characters either side of a mention, on one line, with ellipses where cut. */
    public static String snippet(String text, Mention m, int radius) {
        int from = Math.max(0, m.start() - radius);
        int to = Math.min(text.length(), m.end() + radius);
        while (from > 0 && from < m.start() && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > m.end() && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String s = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
    }
}
