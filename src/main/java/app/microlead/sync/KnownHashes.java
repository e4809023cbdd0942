package app.microlead.sync;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The hash of every value this device knows, held compactly for the comparison that starts a round:
 * the keys sorted, as UTF-8 in one byte array, and the hashes as numbers. A 20-year journal has about
 * 120,000 values; as a map of strings and objects they filled the heap of the app with objects that
 * lived through the round, and the collector stopped every thread (the window's too) again and again to
 * make room for them. Here they are a handful of arrays, whatever the journal's size.
 */
final class KnownHashes {

    private final byte[] keys;
    /** Where key i starts in {@link #keys}; key i ends where key i + 1 starts. */
    private final int[] starts;
    private final long[] high;
    private final long[] low;
    /** The values known to be absent (removed: a tombstone). */
    private final BitSet absent;
    /** Hashes not written by {@link Unit#hash} of this version (none today), kept as they are. */
    private final Map<Integer, String> other;
    private final BitSet seen = new BitSet();

    private KnownHashes(byte[] keys, int[] starts, long[] high, long[] low, BitSet absent, Map<Integer, String> other) {
        this.keys = keys;
        this.starts = starts;
        this.high = high;
        this.low = low;
        this.absent = absent;
        this.other = other;
    }

    int size() {
        return high.length;
    }

    /** The position of {@code key}, or a negative number when it is not known. */
    int indexOf(String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(keys, starts[mid], starts[mid + 1], k, 0, k.length);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Whether the value at {@code i} was known with {@code hash}. */
    boolean sameHash(int i, String hash) {
        if (hash.equals(Unit.ABSENT)) {
            return absent.get(i);
        }
        String odd = other.get(i);
        if (odd != null) {
            return odd.equals(hash);
        }
        return !absent.get(i) && hash.length() == 32 && parse(hash, 0) == high[i] && parse(hash, 16) == low[i];
    }

    /** Notes that the journal still has the value at {@code i}. */
    void see(int i) {
        seen.set(i);
    }

    /** The keys of the values known to be there that the journal no longer has (not {@link #see seen}). */
    void forEachGone(Consumer<String> out) {
        for (int i = seen.nextClearBit(0); i < size(); i = seen.nextClearBit(i + 1)) {
            if (!absent.get(i)) {
                out.accept(new String(keys, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8));
            }
        }
    }

    private static long parse(String hex, int from) {
        return Long.parseUnsignedLong(hex, from, from + 16, 16);
    }

    private static boolean isCompact(String hash) {
        if (hash.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = hash.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Takes the known values one by one, in any order. */
    static final class Builder {
        private byte[] keys = new byte[64 * 1024];
        private int used;
        private int[] starts = new int[1024];
        private long[] high = new long[1024];
        private long[] low = new long[1024];
        private final BitSet absent = new BitSet();
        private final Map<Integer, String> other = new HashMap<>();
        private int count;
        private boolean sorted = true;

        void add(String key, String hash) {
            byte[] k = key.getBytes(StandardCharsets.UTF_8);
            if (count + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                high = Arrays.copyOf(high, high.length * 2);
                low = Arrays.copyOf(low, low.length * 2);
            }
            if (used + k.length > keys.length) {
                keys = Arrays.copyOf(keys, Math.max(keys.length * 2, used + k.length));
            }
            if (count > 0 && Arrays.compareUnsigned(keys, starts[count - 1], used, k, 0, k.length) >= 0) {
                sorted = false;
            }
            starts[count] = used;
            System.arraycopy(k, 0, keys, used, k.length);
            used += k.length;
            if (hash.equals(Unit.ABSENT)) {
                absent.set(count);
            } else if (isCompact(hash)) {
                high[count] = parse(hash, 0);
                low[count] = parse(hash, 16);
            } else {
                other.put(count, hash);
            }
            count++;
            starts[count] = used;
        }

        KnownHashes build() {
            if (sorted) {
                return new KnownHashes(Arrays.copyOf(keys, used), Arrays.copyOf(starts, count + 1),
                        Arrays.copyOf(high, count), Arrays.copyOf(low, count), absent, other);
            }
            // read in the table's order (cheaper than the key index's): put them in the order of their bytes
            int[] order = new int[count];
            Arrays.setAll(order, i -> i);
            sort(order, new int[count], 0, count);
            byte[] k = new byte[used];
            int[] s = new int[count + 1];
            long[] h = new long[count];
            long[] l = new long[count];
            BitSet a = new BitSet();
            Map<Integer, String> o = new HashMap<>();
            int at = 0;
            int n = 0;
            for (int i : order) {
                int length = starts[i + 1] - starts[i];
                if (n > 0 && Arrays.equals(k, s[n - 1], at, keys, starts[i], starts[i + 1])) {
                    continue; // a key twice: the table's key forbids it; kept once
                }
                s[n] = at;
                System.arraycopy(keys, starts[i], k, at, length);
                at += length;
                h[n] = high[i];
                l[n] = low[i];
                a.set(n, absent.get(i));
                if (other.containsKey(i)) {
                    o.put(n, other.get(i));
                }
                n++;
            }
            s[n] = at;
            return new KnownHashes(Arrays.copyOf(k, at), Arrays.copyOf(s, n + 1), Arrays.copyOf(h, n),
                    Arrays.copyOf(l, n), a, o);
        }

        private int compare(int a, int b) {
            return Arrays.compareUnsigned(keys, starts[a], starts[a + 1], keys, starts[b], starts[b + 1]);
        }

        /** Merge sort of positions by their keys (no boxing: 120,000 of them). */
        private void sort(int[] a, int[] tmp, int from, int to) {
            if (to - from < 2) {
                return;
            }
            int mid = (from + to) >>> 1;
            sort(a, tmp, from, mid);
            sort(a, tmp, mid, to);
            if (compare(a[mid - 1], a[mid]) <= 0) {
                return;
            }
            System.arraycopy(a, from, tmp, from, to - from);
            int i = from;
            int j = mid;
            for (int out = from; out < to; out++) {
                a[out] = j >= to || i < mid && compare(tmp[i], tmp[j]) <= 0 ? tmp[i++] : tmp[j++];
            }
        }
    }
}
