package app.microlead.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes tables from a TrueType font in memory (the shipped file is not changed). The PDF review
 * drops {@code GSUB}: its Latin text uses no substitutions, and PDFBox compiles a fresh regular
 * expression for every text run of a font that has one — a quarter of a cold export's time.
 */
final class FontTables {

    private FontTables() {
    }

    /** The font without the named tables; the font unchanged when it has none of them. */
    static byte[] without(byte[] font, Set<String> drop) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int sfnt = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        record Table(String tag, int checksum, int offset, int length) {
        }
        List<Table> keep = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            String tag = new String(font, at, 4, StandardCharsets.ISO_8859_1);
            Table t = new Table(tag, in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12));
            if (t.offset() < 0 || t.length() < 0 || (long) t.offset() + t.length() > font.length) {
                throw new IllegalArgumentException("Table " + tag + " lies outside the font");
            }
            if (!drop.contains(tag)) {
                keep.add(t);
            }
        }
        if (keep.size() == count) {
            return font;
        }
        int n = keep.size();
        int header = 12 + 16 * n;
        int size = header;
        for (Table t : keep) {
            size += (t.length() + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(n);
        out.putInt(sfnt).putShort((short) n).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (n * 16 - power * 16));
        int offset = header;
        int headAt = -1;
        for (Table t : keep) {
            out.put(t.tag().getBytes(StandardCharsets.ISO_8859_1)).putInt(t.checksum())
                    .putInt(offset).putInt(t.length());
            if (t.tag().equals("head")) {
                headAt = offset;
            }
            offset += (t.length() + 3) & ~3;
        }
        for (Table t : keep) {
            out.put(font, t.offset(), t.length());
            out.position((out.position() + 3) & ~3);
        }
        byte[] result = out.array();
        if (headAt >= 0 && headAt + 12 <= result.length) {
            // head.checkSumAdjustment: 0xB1B0AFBA minus the checksum of the whole font with it at 0
            ByteBuffer r = ByteBuffer.wrap(result);
            r.putInt(headAt + 8, 0);
            long sum = 0;
            for (int i = 0; i + 4 <= result.length; i += 4) {
                sum += Integer.toUnsignedLong(r.getInt(i));
            }
            r.putInt(headAt + 8, (int) (0xB1B0AFBAL - sum));
        }
        return result;
    }
}
