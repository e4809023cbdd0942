package app.microlead.journal;

import app.microlead.common.I18n;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prompts of each day, chosen by a {@link PromptStrategy} the first time a day is opened and
 * remembered, so reopening the day shows the same prompts.
 */
public final class DailyPrompts implements DayPromptSource {

    public static final int PROMPTS_PER_DAY = 3;

    private final PromptLibrary library;
    private final PromptRepository repo;
    private volatile PromptStrategy strategy;

    public DailyPrompts(PromptLibrary library, PromptRepository repo, PromptStrategy strategy) {
        this.library = library;
        this.repo = repo;
        this.strategy = strategy;
    }

    /** Swaps the way new days choose their prompts (days already chosen keep theirs). */
    public void setStrategy(PromptStrategy strategy) {
        this.strategy = strategy;
    }

    @Override
    public synchronized List<ShownPrompt> promptsFor(LocalDate date) {
        List<String> remembered = repo.shownOn(date);
        Map<String, Prompt> known = everyKnownPrompt();
        if (!remembered.isEmpty()) {
            Map<String, String> reasons = repo.reasonsOn(date, language());
            List<ShownPrompt> out = new ArrayList<>();
            for (String id : remembered) {
                Prompt p = known.get(id);
                if (p == null) {
                    p = strategy.resolve(id, date).orElse(null);
                }
                if (p != null) {
                    out.add(new ShownPrompt(p.id(), p.text(), reasons.getOrDefault(id, "")));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        List<ShownPrompt> chosen = choose(date, Set.of(), PROMPTS_PER_DAY, 0);
        repo.setShownWithReasons(date, chosen, language());
        return chosen;
    }

    @Override
    public synchronized List<ShownPrompt> shuffle(LocalDate date) {
        List<ShownPrompt> current = promptsFor(date);
        Set<String> exclude = new HashSet<>();
        current.forEach(p -> exclude.add(p.id()));
        List<ShownPrompt> chosen = choose(date, exclude, PROMPTS_PER_DAY, exclude.hashCode());
        if (chosen.isEmpty()) {
            return current;
        }
        repo.setShownWithReasons(date, chosen, language());
        return chosen;
    }

    @Override
    public synchronized List<ShownPrompt> replace(LocalDate date, int index) {
        List<ShownPrompt> current = new ArrayList<>(promptsFor(date));
        if (index < 0 || index >= current.size()) {
            return current;
        }
        Set<String> exclude = new HashSet<>();
        current.forEach(p -> exclude.add(p.id()));
        List<ShownPrompt> one = choose(date, exclude, 1, exclude.hashCode() + index + 1L);
        if (one.isEmpty()) {
            return current;
        }
        current.set(index, one.get(0));
        repo.setShownWithReasons(date, current, language());
        return current;
    }

    private List<ShownPrompt> choose(LocalDate date, Set<String> exclude, int count, long salt) {
        List<Prompt> pool = library.activePool(repo.customPrompts(), repo.disabledIds());
        Map<LocalDate, List<String>> recent = repo.shownBetween(date.minusDays(PromptStrategy.NO_REPEAT_DAYS),
                date.minusDays(1));
        return strategy.choose(date, pool, recent, exclude, count, salt).stream()
                .map(c -> new ShownPrompt(c.prompt().id(), c.prompt().text(), c.reason()))
                .toList();
    }

    /** The language the reasons are written in now (the app's). */
    private static String language() {
        return I18n.locale().getLanguage();
    }

    private Map<String, Prompt> everyKnownPrompt() {
        Map<String, Prompt> all = new LinkedHashMap<>();
        library.builtIns().forEach(p -> all.put(p.id(), p));
        repo.customPrompts().forEach(c -> all.put(c.id(), new Prompt(c.id(), c.pillar(), "", c.text(), false)));
        return all;
    }
}
