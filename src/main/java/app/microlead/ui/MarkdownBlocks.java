package app.microlead.ui;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown (CommonMark, the library the PDF export uses too) as a flat list of blocks of styled runs,
 * for {@link FxMarkdown} to draw: paragraphs, headings, bold, italic, code, lists, quotes and rules.
 * Raw HTML stays the text it is; links and images give their text.
 */
final class MarkdownBlocks {

    /** A piece of text and its styles ({@code md-strong}, {@code md-em}, {@code md-code}). */
    record Run(String text, List<String> styles) {
    }

    /**
     * One block: its kind ({@code paragraph}, {@code h1}…{@code h3}, {@code code-block}, {@code rule}), how
     * deep in lists it sits, whether it is quoted, and its runs (a list item's first block starts with
     * its bullet or number).
     */
    record Block(String kind, int depth, boolean quoted, List<Run> runs) {
    }

    private static final Parser PARSER = Parser.builder().build();

    private final List<Block> blocks = new ArrayList<>();

    private MarkdownBlocks() {
    }

    static List<Block> of(String markdown) {
        MarkdownBlocks b = new MarkdownBlocks();
        b.blocks(PARSER.parse(markdown == null ? "" : markdown), 0, false, "");
        return b.blocks;
    }

    private void blocks(Node parent, int depth, boolean quoted, String marker) {
        int number = parent instanceof OrderedList ol && ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
        String pending = marker;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof BulletList || n instanceof OrderedList) {
                blocks(n, depth + 1, quoted, "");
            } else if (n instanceof ListItem) {
                blocks(n, depth, quoted, parent instanceof OrderedList ? (number++) + ".  " : "•  ");
            } else if (n instanceof BlockQuote) {
                blocks(n, depth, true, "");
            } else if (n instanceof ThematicBreak) {
                blocks.add(new Block("rule", depth, quoted, List.of()));
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                String code = n instanceof FencedCodeBlock f ? f.getLiteral() : ((IndentedCodeBlock) n).getLiteral();
                blocks.add(new Block("code-block", depth, quoted, List.of(new Run(code.stripTrailing(), List.of("md-code")))));
            } else {
                List<Run> runs = new ArrayList<>();
                if (!pending.isEmpty()) {
                    runs.add(new Run(pending, List.of()));
                    pending = ""; // only an item's first block carries its bullet
                }
                inlines(n, runs, List.of());
                String kind = n instanceof Heading h ? "h" + Math.min(h.getLevel(), 3) : "paragraph";
                if (runs.size() > 0 || n instanceof Paragraph) {
                    blocks.add(new Block(kind, depth, quoted, runs));
                }
            }
        }
    }

    private static void inlines(Node parent, List<Run> runs, List<String> styles) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                runs.add(new Run(t.getLiteral(), styles));
            } else if (n instanceof Code c) {
                runs.add(new Run(c.getLiteral(), with(styles, "md-code")));
            } else if (n instanceof HtmlInline h) {
                runs.add(new Run(h.getLiteral(), styles));
            } else if (n instanceof SoftLineBreak) {
                runs.add(new Run(" ", styles));
            } else if (n instanceof HardLineBreak) {
                runs.add(new Run("\n", styles));
            } else if (n instanceof StrongEmphasis) {
                inlines(n, runs, with(styles, "md-strong"));
            } else if (n instanceof Emphasis) {
                inlines(n, runs, with(styles, "md-em"));
            } else {
                inlines(n, runs, styles); // links, images: their text
            }
        }
    }

    private static List<String> with(List<String> styles, String style) {
        List<String> all = new ArrayList<>(styles);
        all.add(style);
        return List.copyOf(all);
    }
}
