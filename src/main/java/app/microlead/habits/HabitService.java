package app.microlead.habits;

import static app.microlead.common.I18n.t;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Loads habits with their numbers, and changes check-ins; shared by the Habits and Today views. */
public final class HabitService {

    private final HabitRepository repo;
    private final Clock clock;
    /** Notes of days cleared in this session, given back if the day is marked again (nothing typed is lost). */
    private final Map<HabitDay, String> clearedNotes = new ConcurrentHashMap<>();
    /** The rows last loaded (all habits), shared while the journal is unchanged. */
    private Loaded loaded;

    private record Loaded(long version, LocalDate today, List<HabitRow> rows) {
    }

    public HabitService(HabitRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    public HabitRepository repository() {
        return repo;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Every habit (archived ones too when asked) with its stats, in the user's order. The Habits and
     * Today views (and Insights) ask for the same rows: they are loaded once and shared until anything
     * is written to the journal ({@link HabitRepository#version()}) or the day changes.
     */
    public List<HabitRow> rows(boolean includeArchived) {
        List<HabitRow> all = allRows();
        return includeArchived ? all : all.stream().filter(r -> !r.habit().archived()).toList();
    }

    private synchronized List<HabitRow> allRows() {
        LocalDate today = today();
        long version = repo.version(); // before reading: a write during the load makes the next call load again
        Loaded last = loaded;
        if (last != null && last.version == version && last.today.equals(today)) {
            return last.rows;
        }
        List<HabitRow> rows = load(true);
        loaded = new Loaded(version, today, rows);
        return rows;
    }

    /** The rows read from the database now, bypassing the shared ones (benchmarks, one-off exports). */
    public List<HabitRow> load(boolean includeArchived) {
        LocalDate today = today();
        Map<Long, CheckInLog> all = repo.checkInLogs();
        List<HabitRow> out = new ArrayList<>();
        for (Habit h : repo.habits(includeArchived)) {
            CheckInLog mine = all.getOrDefault(h.id(), CheckInLog.EMPTY);
            out.add(new HabitRow(h, HabitStats.compute(h, mine, today), mine));
        }
        return List.copyOf(out);
    }

    /**
     * Stores an edited habit. Its start may move earlier (days before it can then be marked) or later up to
     * its first marked day, not past it ({@link Habit#startRefusal}): no mark is left before a start. The start
     * it is compared with is the one that counts ({@link Habit#startingBy}), which the form shows; left as
     * shown, the start stored stays as it was (a synced mark before it decides no start of this computer's own,
     * which sync would send as an edit).
     */
    public void edit(Habit edited) {
        LocalDate first = repo.checkIns(edited.id()).keySet().stream().min(LocalDate::compareTo).orElse(null);
        Habit stored = stored(edited.id());
        Habit counted = stored.startingBy(first);
        Optional<String> refusal = edited.startRefusal(counted, first);
        if (refusal.isPresent()) {
            throw new IllegalArgumentException(refusal.get());
        }
        repo.update(edited.startDate().equals(counted.startDate()) ? edited.withStartDate(stored.startDate()) : edited);
    }

    /** Archives a habit or takes it back, the rest of it as stored (see {@link #edit} for its start). */
    public void setArchived(long habitId, boolean archived) {
        repo.update(stored(habitId).withArchived(archived));
    }

    private Habit stored(long habitId) {
        return repo.habits(true).stream().filter(h -> h.id() == habitId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(t("habits.error.gone")));
    }

    /**
     * Sets a day's mark; {@code state == null} clears it. Future days are refused, and so are days
     * before the habit's start (it did not exist then: {@link HabitRepository#setCheckIn} refuses them
     * against the start that counts, as the journal holds it).
     */
    public void mark(Habit habit, LocalDate day, CheckIn.State state, String note) {
        if (day.isAfter(today())) {
            throw new IllegalArgumentException(t("habits.error.future.day"));
        }
        HabitDay key = new HabitDay(habit.id(), day);
        if (state == null) {
            if (note != null && !note.isBlank()) {
                clearedNotes.put(key, note);
            }
            repo.clearCheckIn(habit.id(), day);
            return;
        }
        if (note == null || note.isBlank()) {
            note = clearedNotes.getOrDefault(key, "");
        }
        repo.setCheckIn(new CheckIn(habit.id(), day, state, note));
        clearedNotes.remove(key);
    }
}
