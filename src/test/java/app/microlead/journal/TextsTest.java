package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|0",
        "one|1",
        "  two   words  |2",
        "dash - alone|2",
        "émoji 🌱 ok|2",
        "Привет мир|2"
    })
    void countsWords(String text, int expected) {
        assertThat(Texts.wordCount(text)).isEqualTo(expected);
    }

    @Test
    void lineBreaksAndTabsSeparateWords() {
        assertThat(Texts.wordCount("line\nbreak\ttab")).isEqualTo(3);
    }

    @Test
    void findsHashtagsButNotHeadingsOrCSharp() {
        assertThat(Texts.hashtags("# Heading\nTalked #1on1? no: #OneOnOne with #team-a, C# and #team-a again #Über"))
                .containsExactly("oneonone", "team-a", "über");
    }

    /**
     * The one-pass scanners give what the rules written as a pattern give (the pattern is what the scanners
     * replaced, kept here as their definition), on random texts of the characters where they could differ:
     * non-ASCII letters and digits, characters outside the BMP, numbers that are no digits, spaces that are
     * no ASCII, and every character that may or may not stand before a '#'.
     */
    @Test
    void theScannersAgreeWithTheRulesWrittenAsPatterns() {
        Pattern hashtag = Pattern.compile("(?<![\\p{L}\\p{N}_&#/])#(\\p{L}[\\p{L}\\p{N}_-]*)");
        String[] pieces = {"#", "#", "#", "a", "Z", "7", "_", "-", "&", "/", " ", "\n", "\t", "\u000B", "\u001C",
            "\u00A0", "\u2028", "\u3000", "é", "Ü", "ß", "Я", "中", "²", "Ⅻ", "٣", "𝐀", "𝟙", "🌱", ".", ",", "C#",
            "team", "über"};
        Random random = new Random(20261205);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            Set<String> expected = new LinkedHashSet<>();
            Matcher m = hashtag.matcher(text);
            while (m.find()) {
                // the pattern looks back one UTF-16 unit: a letter outside the BMP ("𝐀#a") got through it;
                // the scanner looks at the whole character, as the rule means
                int before = m.start() == 0 ? ' ' : text.codePointBefore(m.start());
                String tag = Texts.normalizeTag(m.group(1));
                if (!tag.isEmpty() && !Character.isLetterOrDigit(before)
                        && Character.getType(before) != Character.OTHER_NUMBER
                        && Character.getType(before) != Character.LETTER_NUMBER) {
                    expected.add(tag);
                }
            }
            assertThat(Texts.hashtags(text)).as("tags of [%s]", text).containsExactlyElementsOf(expected);
            // words: the runs between Java's whitespace characters that hold a letter or a digit
            StringBuilder marked = new StringBuilder();
            text.codePoints().forEach(cp -> marked.append(Character.isWhitespace(cp) ? "\u0000"
                    : Character.isLetterOrDigit(cp) ? "w" : "."));
            long words = Arrays.stream(marked.toString().split("\u0000")).filter(w -> w.contains("w")).count();
            assertThat(Texts.wordCount(text)).as("words of [%s]", text).isEqualTo((int) words);
        }
    }

    @Test
    void mergesTypedTagsWithHashtags() {
        assertThat(Texts.allTags(List.of(" Team ", "#demo", ""), "went well #delegation"))
                .containsExactly("delegation", "demo", "team");
    }

    @Test
    void previewIsOneShortLine() {
        String p = Texts.preview("## Title\n- item one\n- item two\n" + "word ".repeat(100), 40);
        assertThat(p).startsWith("Title item one item two word").endsWith("…").hasSize(40);
    }
}
