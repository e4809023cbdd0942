package app.microlead.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Makes journal text safe for the PDF: XML-escaped, without characters XML forbids, Markdown
 * rendered, and characters the embedded font cannot draw (most emoji) replaced by a visible □
 * instead of a silent '#'.
 */
final class TextForPdf {

    static final String REGULAR = "/app/microlead/export/fonts/DejaVuSans.ttf";
    static final String BOLD = "/app/microlead/export/fonts/DejaVuSans-Bold.ttf";
    static final String ITALIC = "/app/microlead/export/fonts/DejaVuSans-Oblique.ttf";
    static final String FALLBACK = "\u25A1";

    private static final Font FONT = load();
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).softbreak("<br />")
            .attributeProviderFactory(context -> TextForPdf::titleLinks).build();

    /** Every link gets a title (its address), which a tagged (PDF/UA) document needs. */
    private static void titleLinks(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link link && !attributes.containsKey("title")) {
            attributes.put("title", link.getDestination());
        }
    }

    private static Font load() {
        try (InputStream in = TextForPdf.class.getResourceAsStream(REGULAR)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new UncheckedIOException(new IOException("The PDF font is missing from the app", e));
        }
    }

    /** The regular face as an AWT font of 1 pt, for the text of the charts. */
    static Font font() {
        return FONT;
    }

    /** Plain text → escaped XHTML text. */
    String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        printable(s).codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** Markdown → XHTML (raw HTML in the text is shown as text, never interpreted). */
    String markdown(String s) {
        return renderer.render(parser.parse(printable(s == null ? "" : s)));
    }

    /** Drops characters XML cannot hold and replaces those the font cannot draw. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean xmlOk = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!xmlOk) {
                continue;
            }
            if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                continue; // joiners, variation selectors and skin tones belong to the emoji before them
            }
            if (cp < 0x80 || Character.isWhitespace(cp) || FONT.canDisplay(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append(FALLBACK);
            }
        }
        return b.toString();
    }
}
