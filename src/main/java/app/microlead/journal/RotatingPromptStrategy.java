package app.microlead.journal;

import app.microlead.common.Pillar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The default choice: a shuffle seeded by the date (so a day always gets the same prompts), no
 * prompt shown in the last 14 days, and one prompt per pillar where it can. When the pool is too
 * small to avoid repeats, the prompts shown longest ago are used first.
 */
public final class RotatingPromptStrategy implements PromptStrategy {

    @Override
    public List<Chosen> choose(LocalDate date, List<Prompt> pool, Map<LocalDate, List<String>> recent,
                               Set<String> exclude, int count, long salt) {
        Map<String, LocalDate> lastShown = new HashMap<>();
        LocalDate windowStart = date.minusDays(NO_REPEAT_DAYS);
        recent.forEach((day, ids) -> {
            if (day.isBefore(date)) {
                ids.forEach(id -> lastShown.merge(id, day, (a, b) -> a.isAfter(b) ? a : b));
            }
        });
        List<Prompt> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(date.toEpochDay() * 7919L + salt * 104729L));

        List<Prompt> fresh = new ArrayList<>();
        List<Prompt> stale = new ArrayList<>();
        for (Prompt p : shuffled) {
            if (exclude.contains(p.id())) {
                continue;
            }
            LocalDate last = lastShown.get(p.id());
            if (last != null && !last.isBefore(windowStart)) {
                stale.add(p);
            } else {
                fresh.add(p);
            }
        }
        stale.sort(Comparator.comparing(p -> lastShown.get(p.id())));

        Set<Prompt> chosen = new LinkedHashSet<>(spreadAcrossPillars(fresh, count));
        for (Prompt p : stale) {
            if (chosen.size() >= count) {
                break;
            }
            chosen.add(p);
        }
        return chosen.stream().map(p -> new Chosen(p, "")).toList();
    }

    /** First one prompt of each pillar (in shuffled order), then whatever comes next. */
    static List<Prompt> spreadAcrossPillars(List<Prompt> candidates, int count) {
        List<Prompt> out = new ArrayList<>();
        Set<Pillar> seen = new HashSet<>();
        boolean userPromptTaken = false;
        for (Prompt p : candidates) {
            if (out.size() >= count) {
                return out;
            }
            if (p.pillar() == null ? !userPromptTaken : !seen.contains(p.pillar())) {
                out.add(p);
                if (p.pillar() == null) {
                    userPromptTaken = true;
                } else {
                    seen.add(p.pillar());
                }
            }
        }
        for (Prompt p : candidates) {
            if (out.size() >= count) {
                break;
            }
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
