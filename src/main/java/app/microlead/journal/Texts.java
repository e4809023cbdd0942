package app.microlead.journal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers of the journal: word counts, previews, tags and #hashtags. */
public final class Texts {

    /** A #hashtag starts with a letter and is not glued to a word before it (so "C#" is no tag). */
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&#/])#(\\p{L}[\\p{L}\\p{N}_-]*)");
    /** The longest tag (characters); longer typed tags are cut, longer imported ones refused. */
    public static final int MAX_TAG_LENGTH = 60;

    private Texts() {
    }

    /** Words are runs of non-whitespace that hold at least one letter or digit. */
    public static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        boolean hasAlnum = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                if (inWord && hasAlnum) {
                    count++;
                }
                inWord = false;
                hasAlnum = false;
            } else {
                inWord = true;
                hasAlnum |= Character.isLetterOrDigit(cp);
            }
        }
        return inWord && hasAlnum ? count + 1 : count;
    }

    /** The first characters of the text as one line, with Markdown marks removed. */
    public static String preview(String text, int maxChars) {
        String head = text.length() > maxChars * 4 ? text.substring(0, maxChars * 4) : text;
        String plain = head.replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+", "")
                .replaceAll("[*_`]+", "")
                .replaceAll("\\s+", " ")
                .strip();
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

    /** The #hashtags written in a text, normalized, in order of first appearance. */
    public static List<String> hashtags(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = HASHTAG.matcher(text);
        while (m.find()) {
            String tag = normalizeTag(m.group(1));
            if (!tag.isEmpty()) {
                found.add(tag);
            }
        }
        return new ArrayList<>(found);
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
