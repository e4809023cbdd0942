package app.microlead.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prompts for view-model tests: p1..p3 for a day, shuffling moves on to p4..p6, and so on. */
final class FakePromptSource implements DayPromptSource {

    private final Map<LocalDate, Integer> offset = new HashMap<>();
    private final Map<LocalDate, List<ShownPrompt>> current = new HashMap<>();

    @Override
    public List<ShownPrompt> promptsFor(LocalDate date) {
        return current.computeIfAbsent(date, d -> make(0));
    }

    @Override
    public List<ShownPrompt> shuffle(LocalDate date) {
        int next = offset.merge(date, 3, Integer::sum);
        current.put(date, make(next));
        return current.get(date);
    }

    @Override
    public List<ShownPrompt> replace(LocalDate date, int index) {
        List<ShownPrompt> list = new ArrayList<>(promptsFor(date));
        list.set(index, new ShownPrompt("r" + index, "Replacement " + index + "?", ""));
        current.put(date, list);
        return list;
    }

    private static List<ShownPrompt> make(int from) {
        List<ShownPrompt> out = new ArrayList<>();
        for (int i = from + 1; i <= from + 3; i++) {
            out.add(new ShownPrompt("p" + i, "Prompt " + i + "?", ""));
        }
        return out;
    }
}
