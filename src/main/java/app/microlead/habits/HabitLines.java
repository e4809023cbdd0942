package app.microlead.habits;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The lines of a list of habits, kept by habit id across reloads so that a view updates them in place,
 * with at most {@code perPass} new ones made in one pass (a view makes the rest in later frames).
 *
 * <p>One pass: {@link #begin}, {@link #line} for each habit in order, {@link #end}.
 */
final class HabitLines<L> {

    private final int perPass;
    private final LongFunction<L> make;
    private final Map<Long, L> lines = new HashMap<>();
    private final Map<Long, L> used = new HashMap<>();
    private int made;
    private boolean more;

    HabitLines(int perPass, LongFunction<L> make) {
        this.perPass = perPass;
        this.make = make;
    }

    void begin() {
        used.clear();
        made = 0;
        more = false;
    }

    /** The habit's line, made if new; null when this pass has made its share (the habit waits for the next). */
    L line(long habitId) {
        L line = lines.get(habitId);
        if (line == null) {
            if (made == perPass) {
                more = true;
                return null;
            }
            line = make.apply(habitId);
            made++;
        }
        used.put(habitId, line);
        return line;
    }

    /** Forgets the lines of habits not asked for in this pass; true when some habits still wait for a line. */
    boolean end() {
        lines.clear();
        lines.putAll(used);
        return more;
    }

    /** Forgets every line (they are made again). */
    void clear() {
        lines.clear();
    }
}
