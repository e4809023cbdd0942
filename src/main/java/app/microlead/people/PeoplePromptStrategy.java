package app.microlead.people;

import static app.microlead.common.I18n.t;

import app.microlead.journal.Prompt;
import app.microlead.journal.PromptStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adaptive prompts that may pick a person: on the day shown as today, when someone the user leads is
 * due an attention nudge (the same rules as Today's nudge), the first prompt is about them, with the
 * reason ("Because you have not recognised Ana in 24 days"). The other slots are the wrapped
 * strategy's. The prompt is made for the day (id {@code person-<id>-<reason>-<days>-<date>}) and made
 * again from its id when the day is reopened, even after the person got attention.
 */
public final class PeoplePromptStrategy implements PromptStrategy {

    public static final String TAG = "person";
    private static final Pattern ID = Pattern.compile("person-(\\d+)-([A-Z_]+)-(\\d+)-(\\d{4}-\\d{2}-\\d{2})");

    private final PromptStrategy others;
    private final Function<LocalDate, Optional<Nudges.Nudge>> neglected;
    private final Function<Long, Optional<Person>> person;

    /**
     * @param others    chooses the other prompts (and resolves its own made-up ones)
     * @param neglected the most neglected person on a day, if anyone is (called off the FX thread)
     * @param person    a person by id
     */
    public PeoplePromptStrategy(PromptStrategy others, Function<LocalDate, Optional<Nudges.Nudge>> neglected,
                                Function<Long, Optional<Person>> person) {
        this.others = others;
        this.neglected = neglected;
        this.person = person;
    }

    /** Over the people service: someone is picked only for today's date. */
    public static PeoplePromptStrategy over(PromptStrategy others, PeopleService service) {
        return new PeoplePromptStrategy(others, day -> {
            if (!day.equals(service.today())) {
                return Optional.empty();
            }
            List<Person> roster = service.repository().people(false);
            // no roster, no need to read the journal for attention
            return roster.isEmpty() ? Optional.empty() : Nudges.choose(roster, service.attentionForNudges(), day);
        }, id -> service.repository().find(id));
    }

    @Override
    public List<Chosen> choose(LocalDate date, List<Prompt> pool, Map<LocalDate, List<String>> recent,
                               Set<String> exclude, int count, long salt) {
        Optional<Nudges.Nudge> n = count > 0 ? neglected.apply(date) : Optional.empty();
        if (n.isEmpty()) {
            return others.choose(date, pool, recent, exclude, count, salt);
        }
        Chosen about = chosen(n.get().person(), n.get().reason(), n.get().days(), date);
        if (exclude.contains(about.prompt().id())) {
            return others.choose(date, pool, recent, exclude, count, salt); // shuffled away: not again today
        }
        List<Chosen> out = new ArrayList<>();
        out.add(about);
        Set<String> taken = new HashSet<>(exclude);
        taken.add(about.prompt().id());
        out.addAll(others.choose(date, pool, recent, taken, count - 1, salt));
        return List.copyOf(out);
    }

    @Override
    public Optional<Prompt> resolve(String id, LocalDate date) {
        Matcher m = ID.matcher(id);
        if (!m.matches() || !m.group(4).equals(date.toString())) {
            return others.resolve(id, date);
        }
        Nudges.Reason reason;
        try {
            reason = Nudges.Reason.valueOf(m.group(2));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        long days = Long.parseLong(m.group(3));
        return person.apply(Long.parseLong(m.group(1))).map(p -> chosen(p, reason, days, date).prompt());
    }

    /** The prompt about {@code p} for {@code reason}, with why it was picked. */
    static Chosen chosen(Person p, Nudges.Reason reason, long days, LocalDate date) {
        String id = "person-" + p.id() + "-" + reason.name() + "-" + days + "-" + date;
        String key = "people.prompt." + reason.name().toLowerCase(Locale.ROOT).replace('_', '.');
        Prompt prompt = new Prompt(id, null, TAG, t(key, p.name()), false);
        return new Chosen(prompt, t("people.prompt.because", new Nudges.Nudge(p, reason, days).text()));
    }
}
