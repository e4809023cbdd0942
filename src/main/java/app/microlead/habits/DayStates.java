package app.microlead.habits;

import java.time.LocalDate;
import java.util.Map;

/**
 * A habit's check-ins as one byte per day from its start date to today: compact and fast for the
 * math (20 years are 7,300 bytes).
 */
public final class DayStates {

    public static final byte EMPTY = 0;
    public static final byte DONE = 1;
    public static final byte SKIPPED = 2;

    private final LocalDate start;
    private final byte[] states;

    public DayStates(LocalDate start, byte[] states) {
        this.start = start;
        this.states = states;
    }

    /** Days from {@code start} to {@code today} inclusive; check-ins outside that range are ignored. */
    public static DayStates of(LocalDate start, LocalDate today, Map<LocalDate, CheckIn.State> checkIns) {
        int n = today.isBefore(start) ? 0 : (int) (today.toEpochDay() - start.toEpochDay()) + 1;
        byte[] s = new byte[n];
        long base = start.toEpochDay();
        for (Map.Entry<LocalDate, CheckIn.State> e : checkIns.entrySet()) {
            long i = e.getKey().toEpochDay() - base;
            if (i >= 0 && i < n) {
                s[(int) i] = e.getValue() == CheckIn.State.DONE ? DONE : SKIPPED;
            }
        }
        return new DayStates(start, s);
    }

    public LocalDate start() {
        return start;
    }

    public int length() {
        return states.length;
    }

    public byte get(int i) {
        return states[i];
    }

    public LocalDate date(int i) {
        return start.plusDays(i);
    }

    byte[] raw() {
        return states;
    }
}
