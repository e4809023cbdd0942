package app.microlead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class FontTablesTest {

    private static byte[] dejaVu() throws Exception {
        try (InputStream in = FontTablesTest.class.getResourceAsStream(TextForPdf.REGULAR)) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] font) throws Exception {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    @Test
    void theFontLosesOnlyGsubAndStaysAValidFont() throws Exception {
        byte[] original = dejaVu();
        byte[] stripped = FontTables.without(original, Set.of("GSUB"));
        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(stripped)) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            assertThat(after.getTableMap().keySet()).hasSize(before.getTableMap().size() - 1);
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            for (int c : "AzΩЖ€".codePoints().toArray()) {
                assertThat(after.getUnicodeCmapLookup().getGlyphId(c)).as("glyph of %c", c)
                        .isEqualTo(before.getUnicodeCmapLookup().getGlyphId(c)).isPositive();
            }
            assertThat(after.getName()).isEqualTo(before.getName());
        }
        // the whole-font checksum rule of the TrueType format holds again
        ByteBuffer b = ByteBuffer.wrap(stripped);
        long sum = 0;
        for (int i = 0; i + 4 <= stripped.length; i += 4) {
            sum += Integer.toUnsignedLong(b.getInt(i));
        }
        assertThat(sum & 0xFFFFFFFFL).isEqualTo(0xB1B0AFBAL);
        assertThat(FontTables.without(original, Set.of("none"))).isSameAs(original);
    }

    @Test
    void aDamagedTableDirectoryIsRefused() throws Exception {
        byte[] font = dejaVu().clone();
        ByteBuffer.wrap(font).putInt(12 + 8, Integer.MAX_VALUE); // the first table's offset
        assertThatThrownBy(() -> FontTables.without(font, Set.of("GSUB")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the font");
    }
}
