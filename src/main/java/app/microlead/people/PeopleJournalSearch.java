package app.microlead.people;

import app.microlead.journal.JournalSearch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Journal search that understands people: {@code @Name} in the query (a current or former name, as
 * mentions are recognised) keeps only the days that mention that person; the rest of the query and
 * the filters work as before. With only {@code @Name} and no words, every day mentioning them is
 * listed, newest first, with the snippet around the mention.
 */
public final class PeopleJournalSearch implements JournalSearch {

    /** How many text hits are read to intersect with a person's days. */
    static final int WIDE_LIMIT = 100_000;

    private final JournalSearch text;
    private final PeopleService people;

    public PeopleJournalSearch(JournalSearch text, PeopleService people) {
        this.text = text;
        this.people = people;
    }

    @Override
    public boolean ready() {
        return text.ready();
    }

    @Override
    public Results search(Request request) {
        String query = request.text() == null ? "" : request.text();
        List<Mentions.Mention> named = query.contains("@")
                ? people.mentions().find(query).stream().filter(Mentions.Mention::explicit).toList() : List.of();
        if (named.isEmpty()) {
            return text.search(request);
        }
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (Mentions.Mention m : named) {
            rest.append(query, at, m.start()).append(' ');
            at = m.end();
        }
        rest.append(query.substring(at));
        // the days that mention every person named, with the snippet of the first one
        Map<LocalDate, String> days = null;
        for (long id : named.stream().map(Mentions.Mention::personId).collect(Collectors.toCollection(
                LinkedHashSet::new))) {
            Map<LocalDate, String> theirs = new HashMap<>();
            people.timeline(id).stream().filter(t -> t.kind() == Timeline.Kind.JOURNAL)
                    .forEach(t -> theirs.putIfAbsent(t.date(), t.text()));
            if (days == null) {
                days = theirs;
            } else {
                days.keySet().retainAll(theirs.keySet());
            }
        }
        Request remaining = new Request(rest.toString().strip(), request.tag(), request.from(), request.to(),
                request.minMood(), request.maxMood(), WIDE_LIMIT);
        Set<LocalDate> wanted = days.keySet();
        List<Hit> found = new ArrayList<>();
        boolean exact = true;
        boolean shortened = false;
        if (remaining.isEmpty()) {
            days.entrySet().stream().sorted(Map.Entry.<LocalDate, String>comparingByKey(Comparator.reverseOrder()))
                    .forEach(e -> found.add(new Hit(e.getKey(), null, List.of(new Span(e.getValue(), false)))));
        } else {
            Results r = text.search(remaining);
            exact = r.exact();
            shortened = r.shortened();
            r.hits().stream().filter(h -> wanted.contains(h.date())).forEach(found::add);
        }
        List<Hit> shown = found.size() > request.limit() ? List.copyOf(found.subList(0, request.limit())) : found;
        return new Results(shown, found.size(), exact, shortened);
    }
}
