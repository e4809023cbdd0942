package app.microlead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {

    @Test
    void headingsEmphasisListsQuotesAndCodeBecomeStyledBlocks() {
        List<MarkdownBlocks.Block> blocks = MarkdownBlocks.of("""
                # Title

                Some **bold**, _italic_ and `code`.

                - one
                - two

                1. first

                > quoted

                ---
                """);
        assertThat(blocks).extracting(MarkdownBlocks.Block::kind)
                .containsExactly("h1", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "rule");
        assertThat(blocks.get(1).runs()).contains(new MarkdownBlocks.Run("bold", List.of("md-strong")),
                new MarkdownBlocks.Run("italic", List.of("md-em")), new MarkdownBlocks.Run("code", List.of("md-code")));
        assertThat(blocks.get(2).runs().get(0).text()).isEqualTo("•  ");
        assertThat(blocks.get(2).depth()).isEqualTo(1);
        assertThat(blocks.get(4).runs().get(0).text()).isEqualTo("1.  ");
        assertThat(blocks.get(5).quoted()).isTrue();
        assertThat(blocks.get(1).quoted()).isFalse();
    }

    @Test
    void htmlStaysTheTextItIs() {
        assertThat(MarkdownBlocks.of("a <b>b</b>").get(0).runs()).extracting(MarkdownBlocks.Run::text)
                .containsExactly("a ", "<b>", "b", "</b>");
    }
}
