package app.microlead.journal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Small text helpers of the journal: word counts, previews, tags and #hashtags. */
public final class Texts {

    /** The longest tag (characters); longer typed tags are cut, longer imported ones refused. */
    public static final int MAX_TAG_LENGTH = 60;

    private Texts() {
    }

    /**
     * Words are runs of non-whitespace that hold at least one letter or digit. One pass without a pattern:
     * a long day's autosave counts two million characters each second while its writer types on.
     */
    public static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        boolean hasAlnum = false;
        for (int i = 0, n = text.length(); i < n; ) {
            char c = text.charAt(i);
            boolean space;
            boolean alnum;
            if (c < 0x80) { // most text: no code point or table lookup
                i++;
                space = c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
                alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            } else {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                space = Character.isWhitespace(cp);
                alnum = Character.isLetterOrDigit(cp);
            }
            if (space) {
                if (inWord && hasAlnum) {
                    count++;
                }
                inWord = false;
                hasAlnum = false;
            } else {
                inWord = true;
                hasAlnum |= alnum;
            }
        }
        return inWord && hasAlnum ? count + 1 : count;
    }

    /** The text as one line, with Markdown marks removed ("**Budget** talk" reads "Budget talk"). */
    public static String plainLine(String text) {
        return text.replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+", "")
                .replaceAll("[*_`]+", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The first characters of the text as one line, with Markdown marks removed. */
    public static String preview(String text, int maxChars) {
        String head = text.length() > maxChars * 4 ? text.substring(0, maxChars * 4) : text;
        String plain = plainLine(head);
        if (plain.length() <= maxChars) {
            return plain;
        }
        int cut = maxChars - 1;
        if (Character.isHighSurrogate(plain.charAt(cut - 1))) {
            cut--;
        }
        return plain.substring(0, cut) + "…";
    }

    /** A tag as stored: without '#', trimmed, lower case, inner spaces as '-'; empty when nothing is left. */
    public static String normalizeTag(String raw) {
        String t = tagForm(raw);
        return t.length() > MAX_TAG_LENGTH ? t.substring(0, MAX_TAG_LENGTH) : t;
    }

    /** {@link #normalizeTag} without the cut to {@link #MAX_TAG_LENGTH}: importers refuse what would be cut. */
    public static String tagForm(String raw) {
        if (raw == null) {
            return "";
        }
        String t = raw.strip();
        while (t.startsWith("#")) {
            t = t.substring(1);
        }
        return t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    /**
     * The #hashtags written in a text, normalized, in order of first appearance. A tag is '#', a letter,
     * then letters, digits, '_' and '-'; the character before the '#' must not be a letter, a digit, '_',
     * '&', '#' or '/' (so "C#", "&#38;" and a link's "/#part" are no tags). Found from one '#' to the next:
     * a pattern tried at every character took a tenth of a second on a long day, at every autosave.
     */
    public static List<String> hashtags(String text) {
        Set<String> found = new LinkedHashSet<>();
        int hash = text.indexOf('#');
        while (hash >= 0) {
            int end = tagEnd(text, hash);
            if (end < 0 || gluedToWordBefore(text, hash)) {
                hash = text.indexOf('#', hash + 1);
                continue;
            }
            // normalizeTag's work, short: a letter first, and no space or '#' inside
            String tag = text.substring(hash + 1, end).toLowerCase(Locale.ROOT);
            found.add(tag.length() > MAX_TAG_LENGTH ? tag.substring(0, MAX_TAG_LENGTH) : tag);
            hash = text.indexOf('#', end);
        }
        return new ArrayList<>(found);
    }

    /** Where the tag after the '#' at {@code hash} ends (exclusive), or -1 when no letter follows the '#'. */
    private static int tagEnd(String text, int hash) {
        int i = hash + 1;
        if (i >= text.length() || !Character.isLetter(text.codePointAt(i))) {
            return -1;
        }
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!(Character.isLetter(cp) || isNumber(cp) || cp == '_' || cp == '-')) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean gluedToWordBefore(String text, int hash) {
        if (hash == 0) {
            return false;
        }
        int cp = text.codePointBefore(hash);
        return Character.isLetter(cp) || isNumber(cp) || cp == '_' || cp == '&' || cp == '#' || cp == '/';
    }

    /** A digit, a letter-like number or another number (Unicode's N, as the pattern \p{N}). */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Typed tags and the text's hashtags together, normalized, without duplicates, sorted. */
    public static List<String> allTags(List<String> typed, String text) {
        Set<String> all = new TreeSet<>();
        for (String t : typed) {
            String n = normalizeTag(t);
            if (!n.isEmpty()) {
                all.add(n);
            }
        }
        all.addAll(hashtags(text));
        return new ArrayList<>(all);
    }
}
