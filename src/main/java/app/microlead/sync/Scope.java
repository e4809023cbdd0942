package app.microlead.sync;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The synced values a round reads from the journal: every key that starts with one of a few prefixes
 * ({@code e/2026-12-03/}, {@code c/own-1a2b/}, {@code h/}); the prefix "" is the whole journal. No prefix
 * starts with another, so the one a key may start with is the greatest prefix not after it.
 */
final class Scope {

    static final Scope ALL = of(List.of(""));

    private final TreeSet<String> prefixes = new TreeSet<>();

    private Scope() {
    }

    static Scope of(Collection<String> prefixes) {
        Scope s = new Scope();
        for (String p : new TreeSet<>(prefixes)) {
            String last = s.prefixes.isEmpty() ? null : s.prefixes.last();
            if (last == null || !p.startsWith(last)) {
                s.prefixes.add(p);
            }
        }
        return s;
    }

    Set<String> prefixes() {
        return prefixes;
    }

    boolean isEmpty() {
        return prefixes.isEmpty();
    }

    /** Whether the value under {@code key} is read. */
    boolean covers(String key) {
        String p = prefixes.floor(key);
        return p != null && key.startsWith(p);
    }

    /** Whether every value of a kind ({@code "e/"}) is read. */
    boolean whole(String kind) {
        return covers(kind);
    }

    /** Whether some value of a kind ({@code "e/"}) is read. */
    boolean touches(String kind) {
        if (whole(kind)) {
            return true;
        }
        String next = prefixes.ceiling(kind);
        return next != null && next.startsWith(kind);
    }

    /** The prefixes within a kind (all of them start with {@code kind}). */
    Set<String> within(String kind) {
        return prefixes.subSet(kind, true, kind + "\uffff", true);
    }

    /** The days of a kind whose values are keyed by day ({@code e/<day>/…}, {@code ps/<day>}) read here. */
    Set<LocalDate> days(String kind) {
        Set<LocalDate> out = new TreeSet<>();
        for (String p : within(kind)) {
            out.add(LocalDate.parse(p.substring(kind.length(), kind.length() + 10)));
        }
        return out;
    }

    /** The records ({@code c/<habit key>/…} gives the habit key) of a kind read here. */
    Set<String> records(String kind) {
        Set<String> out = new TreeSet<>();
        for (String p : within(kind)) {
            int end = p.indexOf('/', kind.length());
            out.add(end < 0 ? p.substring(kind.length()) : p.substring(kind.length(), end));
        }
        return out;
    }

    @Override
    public String toString() {
        return prefixes.size() + " prefixes";
    }
}
