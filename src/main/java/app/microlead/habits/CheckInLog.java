package app.microlead.habits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * One habit's check-ins, compact and immutable: the days as sorted epoch days with one state byte
 * each ({@link DayStates#DONE} or {@link DayStates#SKIPPED}), and the notes only for the days that
 * have one. Twenty years of a daily habit are about 36 KB instead of a map of 7,300 entries
 * (~90 bytes each). Lookups are binary searches.
 */
public final class CheckInLog {

    public static final CheckInLog EMPTY = new CheckInLog(new int[0], new byte[0], new int[0], new String[0]);

    private final int[] days;
    private final byte[] states;
    private final int[] noteDays;
    private final String[] notes;

    private CheckInLog(int[] days, byte[] states, int[] noteDays, String[] notes) {
        this.days = days;
        this.states = states;
        this.noteDays = noteDays;
        this.notes = notes;
    }

    /** The same check-ins as a log (for tests and callers that hold {@link CheckIn}s). */
    public static CheckInLog of(Collection<CheckIn> checkIns) {
        Builder b = new Builder();
        for (CheckIn c : checkIns) {
            b.add(c.date().toEpochDay(), c.state(), c.note());
        }
        return b.build();
    }

    public int size() {
        return days.length;
    }

    public boolean isEmpty() {
        return days.length == 0;
    }

    /** The earliest day with a mark, or null when there is none. */
    public LocalDate first() {
        return days.length == 0 ? null : LocalDate.ofEpochDay(days[0]);
    }

    /** The day's mark, or null when the day is empty. */
    public CheckIn.State stateOn(LocalDate day) {
        int i = indexOf(days, day);
        return i < 0 ? null : states[i] == DayStates.DONE ? CheckIn.State.DONE : CheckIn.State.SKIPPED;
    }

    /** The day's note, "" when it has none (or no check-in). */
    public String noteOn(LocalDate day) {
        int i = indexOf(noteDays, day);
        return i < 0 ? "" : notes[i];
    }

    private static int indexOf(int[] sorted, LocalDate day) {
        long e = day.toEpochDay();
        if (e < Integer.MIN_VALUE || e > Integer.MAX_VALUE) {
            return -1;
        }
        return Arrays.binarySearch(sorted, (int) e);
    }

    /** One byte per day from {@code start} to {@code today} inclusive; check-ins outside are ignored. */
    public DayStates dayStates(LocalDate start, LocalDate today) {
        int n = today.isBefore(start) ? 0 : (int) (today.toEpochDay() - start.toEpochDay()) + 1;
        byte[] s = new byte[n];
        long base = start.toEpochDay();
        for (int i = from(base); i < days.length && days[i] - base < n; i++) {
            s[(int) (days[i] - base)] = states[i];
        }
        return new DayStates(start, s);
    }

    /** Index of the first day on or after {@code epochDay}. */
    private int from(long epochDay) {
        if (epochDay <= Integer.MIN_VALUE) {
            return 0;
        }
        if (epochDay > Integer.MAX_VALUE) {
            return days.length;
        }
        int i = Arrays.binarySearch(days, (int) epochDay);
        return i >= 0 ? i : -i - 1;
    }

    /** The check-ins from {@code from} to {@code to} inclusive, oldest first, as {@link CheckIn}s. */
    public List<CheckIn> between(long habitId, LocalDate from, LocalDate to) {
        List<CheckIn> out = new ArrayList<>();
        long last = to.toEpochDay();
        for (int i = from(from.toEpochDay()); i < days.length && days[i] <= last; i++) {
            LocalDate d = LocalDate.ofEpochDay(days[i]);
            out.add(new CheckIn(habitId, d, states[i] == DayStates.DONE ? CheckIn.State.DONE : CheckIn.State.SKIPPED,
                    noteOn(d)));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CheckInLog l && Arrays.equals(days, l.days) && Arrays.equals(states, l.states)
                && Arrays.equals(noteDays, l.noteDays) && Arrays.equals(notes, l.notes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(days) + Arrays.hashCode(states)) + Arrays.hashCode(notes);
    }

    @Override
    public String toString() {
        return "CheckInLog[" + days.length + " days, " + notes.length + " notes]";
    }

    /**
     * Collects check-ins, best oldest first (then nothing is sorted); a day added twice keeps the
     * last mark, like a map would.
     */
    public static final class Builder {

        private int[] days = new int[16];
        private byte[] states = new byte[16];
        private String[] notes = new String[16];
        private int size;
        private int noteCount;
        private boolean sorted = true;

        public Builder add(long epochDay, CheckIn.State state, String note) {
            if (epochDay < Integer.MIN_VALUE || epochDay > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("day out of range: " + epochDay);
            }
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                states = Arrays.copyOf(states, size * 2);
                notes = Arrays.copyOf(notes, size * 2);
            }
            if (size > 0 && days[size - 1] >= epochDay) {
                sorted = false;
            }
            String n = note == null || note.isBlank() ? null : note.strip();
            days[size] = (int) epochDay;
            states[size] = state == CheckIn.State.DONE ? DayStates.DONE : DayStates.SKIPPED;
            notes[size] = n;
            noteCount += n == null ? 0 : 1;
            size++;
            return this;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        public CheckInLog build() {
            if (size == 0) {
                return EMPTY;
            }
            if (!sorted) {
                sortKeepingLast();
            }
            int[] noteDays = new int[noteCount];
            String[] noteTexts = new String[noteCount];
            for (int i = 0, j = 0; i < size; i++) {
                if (notes[i] != null) {
                    noteDays[j] = days[i];
                    noteTexts[j++] = notes[i];
                }
            }
            return new CheckInLog(Arrays.copyOf(days, size), Arrays.copyOf(states, size), noteDays, noteTexts);
        }

        /** Sorts by day (stable, so among equal days the last added is last) and keeps the last of each day. */
        private void sortKeepingLast() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(days[a], days[b]));
            int[] d = new int[size];
            byte[] s = new byte[size];
            String[] n = new String[size];
            int k = 0;
            for (int i = 0; i < size; i++) {
                int from = order[i];
                if (k > 0 && d[k - 1] == days[from]) {
                    k--;
                }
                d[k] = days[from];
                s[k] = states[from];
                n[k] = notes[from];
                k++;
            }
            days = d;
            states = s;
            notes = n;
            size = k;
            noteCount = 0;
            for (int i = 0; i < size; i++) {
                noteCount += notes[i] == null ? 0 : 1;
            }
            sorted = true;
        }
    }
}
