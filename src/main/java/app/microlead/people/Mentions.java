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
    /** {@link #byFirstWord}, looked up by a word of a text as it is written. */
    private final FirstWords firstWords;

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
        firstWords = new FirstWords(byFirstWord);
    }

    /**
     * The names by their first word (folded), looked up by a word of a text without making a string of it
     * when the word is ASCII (most words): its fold is then its lower case, whose {@link String#hashCode}
     * is worked out from the text's characters. Other words are folded and looked up as strings.
     */
    private static final class FirstWords {
        private final Map<String, List<Alias>> byWord;
        private final String[] keys;
        private final List<?>[] values;
        private final int mask;

        FirstWords(Map<String, List<Alias>> byWord) {
            this.byWord = byWord;
            int size = Integer.highestOneBit(Math.max(4, byWord.size() * 4) - 1) << 1;
            keys = new String[size];
            values = new List<?>[size];
            mask = size - 1;
            byWord.forEach((word, aliases) -> {
                int i = slot(word.hashCode());
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = word;
                values[i] = aliases;
            });
        }

        private int slot(int hash) {
            return (hash ^ (hash >>> 16)) & mask;
        }

        /** The names whose first word is the fold of {@code text} from {@code start} to {@code end}, or null. */
        @SuppressWarnings("unchecked")
        List<Alias> get(String text, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    return byWord.get(fold(text.substring(start, end)));
                }
                hash = 31 * hash + lowerAscii(c);
            }
            for (int i = slot(hash); keys[i] != null; i = (i + 1) & mask) {
                if (keys[i].hashCode() == hash && foldsTo(text, start, end, keys[i])) {
                    return (List<Alias>) values[i];
                }
            }
            return null;
        }
    }

    private static void add(Map<List<String>, Map<Long, Integer>> found, List<String> words, long id, int rank) {
        if (!words.isEmpty()) {
            found.computeIfAbsent(words, k -> new HashMap<>()).merge(id, rank, Math::max);
        }
    }

    /** Every mention in {@code text}, in order. */
    public List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isEmpty() || byFirstWord.isEmpty()) {
            return out;
        }
        // Read word by word without making the words: only a word that can begin a name is looked at
        // closer (20 years of days are millions of words, and few of them are names).
        int[] emails = emails(text);
        for (int start = wordStart(text, 0); start >= 0; ) {
            int end = wordEnd(text, start);
            List<Alias> candidates = inEmail(emails, start) ? null : firstWords.get(text, start, end);
            int hitEnd = -1;
            Alias hit = null;
            if (candidates != null) {
                boolean explicit = isExplicit(text, start);
                for (Alias a : candidates) {
                    if (explicit || a.words().size() > 1 || !COMMON_WORDS.contains(a.words().get(0))) {
                        hitEnd = matchEnd(text, start, end, a.words(), emails);
                        if (hitEnd >= 0) {
                            hit = a;
                            out.add(new Mention(a.personId(), explicit ? start - 1 : start, hitEnd, explicit));
                            break;
                        }
                    }
                }
            }
            start = wordStart(text, hit == null ? end : hitEnd);
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
        int[] emails = emails(text);
        Set<Integer> known = new HashSet<>();
        find(text).stream().filter(Mention::explicit).forEach(m -> known.add(m.start() + 1));
        for (int start = wordStart(text, 0); start >= 0; ) {
            int end = wordEnd(text, start);
            if (!inEmail(emails, start) && isExplicit(text, start) && !known.contains(start)) {
                int sharedEnd = -1;
                Shared shared = null;
                for (Shared x : sharedByFirstWord.getOrDefault(fold(text.substring(start, end)), List.of())) {
                    sharedEnd = matchEnd(text, start, end, x.words(), emails);
                    if (sharedEnd >= 0) {
                        shared = x;
                        break;
                    }
                }
                String name = text.substring(start, shared == null ? end : sharedEnd);
                if (out.stream().noneMatch(u -> u.name().equals(name))) {
                    out.add(new Unresolved(name, start - 1, shared == null ? 0 : shared.people()));
                }
            }
            start = wordStart(text, end);
        }
        return out;
    }

    /**
     * Where the name {@code words} written from the word {@code start}..{@code end} (which is its first
     * word, folded alike) ends, or -1 if the words after it are not the rest of the name.
     */
    private static int matchEnd(String text, int start, int end, List<String> words, int[] emails) {
        int prevEnd = end;
        for (int k = 1; k < words.size(); k++) {
            int s = wordStart(text, prevEnd);
            if (s < 0) {
                return -1;
            }
            int e = wordEnd(text, s);
            if (!foldsTo(text, s, e, words.get(k)) || inEmail(emails, s) || !joined(text, prevEnd, s, e)) {
                return -1;
            }
            prevEnd = e;
        }
        return prevEnd;
    }

    /** Apostrophes that join the parts of a name (O'Brien, O’Neill). */
    private static final String APOSTROPHES = "'\u2019\u02BC";

    /**
     * Whether the characters between two words of a name (from {@code from} to the word {@code next}..
     * {@code nextEnd}) are only spaces or a hyphen, or one apostrophe before a word of two letters or more
     * ("O'Brien", but not the "'s" of "Ana's").
     */
    private static boolean joined(String text, int from, int next, int nextEnd) {
        if (next - from == 1 && APOSTROPHES.indexOf(text.charAt(from)) >= 0) {
            return nextEnd - next > 1;
        }
        if (next - from > 3) {
            return false;
        }
        for (int j = from; j < next; j++) {
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

    private static final int[] NO_EMAILS = new int[0];

    /**
     * Where the text has e-mail addresses, as sorted ranges {@code [from, to)} one after the other in the
     * array: from each {@code @}, the address's characters before it and its domain after it (the whole
     * text run through one pattern was most of the time of a long day). Most days have none.
     */
    private static int[] emails(String text) {
        int at = text.indexOf('@');
        if (at < 0) {
            return NO_EMAILS;
        }
        int[] out = NO_EMAILS;
        int n = 0;
        Matcher domain = DOMAIN.matcher(text);
        for (; at >= 0; at = text.indexOf('@', at + 1)) {
            int from = at;
            while (from > 0 && isLocalPart(text.charAt(from - 1))) {
                from--;
            }
            if (from < at && domain.region(at + 1, text.length()).lookingAt()) {
                // '@' is no local-part character, so each address starts after the one before's '@'
                if (n > 0 && from <= out[n - 1]) {
                    out[n - 1] = Math.max(out[n - 1], domain.end());
                } else {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, Math.max(4, n * 2));
                    }
                    out[n++] = from;
                    out[n++] = domain.end();
                }
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Whether {@code at} is inside one of the {@link #emails} ranges. */
    private static boolean inEmail(int[] emails, int at) {
        int lo = 0;
        int hi = emails.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (at < emails[2 * mid]) {
                hi = mid - 1;
            } else if (at >= emails[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean isLocalPart(char c) {
        return Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0;
    }

    /** Where the first word at or after {@code from} starts, or -1 if none does. */
    private static int wordStart(String text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) { // most characters: no code point or character class to work out
                if (ASCII_WORD[c]) {
                    return i;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** Where the word that starts at {@code start} ends. */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (!ASCII_WORD[c]) {
                    break;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** {@link #isWordChar} of the ASCII characters: letters and digits. */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = isWordChar(c);
        }
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Whether {@code text} from {@code start} to {@code end} is all ASCII (its {@link #fold} is then its lower case). */
    private static boolean ascii(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether the {@link #fold} of {@code text} from {@code start} to {@code end} is {@code folded}. */
    private static boolean foldsTo(String text, int start, int end, String folded) {
        if (!ascii(text, start, end)) {
            return fold(text.substring(start, end)).equals(folded);
        }
        if (end - start != folded.length()) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (lowerAscii(text.charAt(i)) != folded.charAt(i - start)) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The words of a name, folded. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (int start = wordStart(name, 0); start >= 0; ) {
            int end = wordEnd(name, start);
            out.add(fold(name.substring(start, end)));
            start = wordStart(name, end);
        }
        return List.copyOf(out);
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
