package app.microlead.habits;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * The lines of a list of habits, kept by habit id across reloads so that a view updates them in place,
 * with only a few new ones made in one pass (a view makes the rest in later frames): at most
 * {@code perPass}, and no more once making them has taken {@code budgetNanos} (styling and laying them
 * out in the next frame costs about three times that). The first new line of a pass is always made.
 *
 * <p>One pass: {@link #begin}, {@link #line} for each habit in order, {@link #end}.
 */
final class HabitLines<L> {

    /** How long making new lines may take in one frame: with their styling, a frame of about 60 ms. */
    static final long FRAME_BUDGET_NANOS = 15_000_000L;

    private final int perPass;
    private final long budgetNanos;
    private final LongFunction<L> make;
    private final Map<Long, L> lines = new HashMap<>();
    private final Map<Long, L> used = new HashMap<>();
    private int made;
    private boolean more;
    private long passStart;

    HabitLines(int perPass, long budgetNanos, LongFunction<L> make) {
        this.perPass = perPass;
        this.budgetNanos = budgetNanos;
        this.make = make;
    }

    void begin() {
        used.clear();
        made = 0;
        more = false;
        passStart = System.nanoTime();
    }

    /** The habit's line, made if new; null when this pass has made its share (the habit waits for the next). */
    L line(long habitId) {
        L line = lines.get(habitId);
        if (line == null) {
            if (made == perPass || made > 0 && System.nanoTime() - passStart > budgetNanos) {
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

    /** Each line there is. */
    void forEach(Consumer<L> action) {
        lines.values().forEach(action);
    }

    /** Forgets every line (they are made again). */
    void clear() {
        lines.clear();
    }
}
