package app.microlead.sync;

import java.time.Clock;

/**
 * A hybrid logical clock: a number made of the wall-clock milliseconds (upper 48 bits) and a counter
 * (lower 16 bits). Every stamp it hands out is greater than every stamp it handed out or saw before, so
 * an edit made after seeing another always wins over it, whatever the machines' clocks say; between
 * edits that did not see each other the one made later by the wall clock wins (clock skew between
 * two computers only moves that choice, never loses causality).
 */
final class Hlc {

    private static final int COUNTER_BITS = 16;

    private final Clock clock;
    private long last;

    Hlc(Clock clock, long last) {
        this.clock = clock;
        this.last = last;
    }

    /** A new stamp for a change made here. */
    synchronized long tick() {
        long wall = clock.millis() << COUNTER_BITS;
        last = Math.max(last + 1, wall);
        return last;
    }

    /** Takes note of a stamp made elsewhere: later stamps from here are greater. */
    synchronized void see(long remote) {
        last = Math.max(last, remote);
    }

    synchronized long last() {
        return last;
    }

    /** The wall-clock milliseconds of a stamp. */
    static long millis(long stamp) {
        return stamp >>> COUNTER_BITS;
    }
}
