package app.microlead.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
