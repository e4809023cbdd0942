package app.microlead.sync;

import app.microlead.assessment.Session;
import app.microlead.habits.CheckIn;
import app.microlead.habits.Habit;
import app.microlead.habits.OnboardingViewModel;
import app.microlead.journal.Entry;
import app.microlead.journal.PromptRepository;
import app.microlead.people.Mentions;
import app.microlead.people.OneOnOne;
import app.microlead.people.PeopleRepository;
import app.microlead.people.Person;
import app.microlead.people.Promise;
import app.microlead.review.WeeklyReview;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * The journal as synced values: every field of every record under a key that is the same on every
 * computer ({@code e/2026-12-03/text}, {@code h/cat-trust-01/name}, {@code c/own-1a2b…/2026-12-03}; the
 * list is in docs/sync.md). Run it inside the round's transaction: a habit, person, 1:1 or promise seen
 * for the first time gets its stable key stored.
 */
final class RecordReader {

    static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    private final Repositories repos;
    private final SyncStore store;

    RecordReader(Repositories repos, SyncStore store) {
        this.repos = repos;
        this.store = store;
    }

    /**
     * Hands every synced value of the journal to {@code out}, key by key (in no particular order): a
     * round keeps only what it needs, not the whole journal at once.
     */
    void readAll(BiConsumer<String, JsonNode> out) {
        read(Scope.ALL, out);
    }

    /**
     * Hands the synced values under {@code scope} to {@code out}, as {@link #readAll} would hand them,
     * reading only the days, habits' check-ins and kinds of record the scope names.
     */
    void read(Scope scope, BiConsumer<String, JsonNode> sink) {
        BiConsumer<String, JsonNode> out = scope.whole("") ? sink : (k, v) -> {
            if (scope.covers(k)) {
                sink.accept(k, v);
            }
        };
        Set<LocalDate> days = oneByOne(scope, "e/");
        if (days == null) {
            repos.journal().forEachEntry(e -> entry(e, out));
        } else {
            for (LocalDate day : days) {
                repos.journal().forEachEntry(day, day, e -> entry(e, out));
            }
        }
        // the stable keys of habits and people (read from the journal, given to new rows) only when needed
        boolean keyed = Stream.of("h/", "c/", "s/", "n/", "o/", "r/", "cp/").anyMatch(scope::touches);
        LocalKeys all = keyed ? keys() : new LocalKeys(Map.of(), Map.of(), Map.of(), Map.of());
        Map<Long, String> keys = all.habits();
        List<Habit> habits = scope.touches("h/") || scope.touches("c/") ? repos.habits().habits(true) : List.of();
        if (scope.touches("h/")) {
            for (Habit h : habits) {
                habit(keys.get(h.id()), h, out);
            }
        }
        // one habit's check-ins at a time: all of 20 years at once outlived the collector's young space
        // and made it stop every thread, the window's too, to find room for them
        Set<String> checked = scope.whole("c/") ? null : scope.records("c/");
        for (Habit h : habits) {
            String hk = keys.get(h.id());
            if (hk != null && (checked == null || checked.contains(hk))) {
                repos.habits().checkIns(h.id()).values()
                        .forEach(ci -> out.accept("c/" + hk + "/" + ci.date(), checkIn(ci)));
            }
        }
        if (scope.touches("s/")) {
            for (Session s : repos.assessments().all()) {
                out.accept("s/" + sessionKey(s), session(s, keys));
            }
        }
        if (scope.touches("w/")) {
            for (WeeklyReview r : repos.reviews().all()) {
                review(r, out);
            }
        }
        prompts(scope, out);
        if (scope.touches("f/") && repos.habits().flag(OnboardingViewModel.FLAG)) {
            out.accept("f/" + OnboardingViewModel.FLAG, BooleanNode.TRUE);
        }
        people(scope, all, out);
    }

    private void prompts(Scope scope, BiConsumer<String, JsonNode> out) {
        if (scope.touches("p/")) {
            for (PromptRepository.CustomPrompt p : repos.prompts().customPrompts()) {
                ObjectNode o = Unit.JSON.createObjectNode();
                o.put("text", p.text());
                o.put("pillar", p.pillar() == null ? null : p.pillar().name());
                out.accept("p/" + p.id(), o);
            }
        }
        if (scope.touches("pd/")) {
            for (String id : repos.prompts().disabledIds()) {
                out.accept("pd/" + id, BooleanNode.TRUE);
            }
        }
        BiConsumer<LocalDate, List<String>> shown = (day, ids) -> {
            if (!ids.isEmpty()) {
                ArrayNode a = Unit.JSON.createArrayNode();
                ids.forEach(a::add);
                out.accept("ps/" + day, a);
            }
        };
        Set<LocalDate> days = oneByOne(scope, "ps/");
        if (days == null) {
            repos.prompts().shownBetween(FIRST, LAST).forEach(shown);
        } else {
            for (LocalDate day : days) {
                repos.prompts().shownBetween(day, day).forEach(shown);
            }
        }
    }

    /** Beyond this many days of a kind, all its days are read in one go (and the others left out). */
    private static final int DAYS_READ_ONE_BY_ONE = 200;

    /** The days of a kind to read one by one, or null to read them all in one go. */
    private static Set<LocalDate> oneByOne(Scope scope, String kind) {
        if (scope.whole(kind)) {
            return null;
        }
        Set<LocalDate> days = scope.days(kind);
        return days.size() > DAYS_READ_ONE_BY_ONE ? null : days;
    }

    /** The stable keys of the rows whose local ids differ from computer to computer, by local id. */
    record LocalKeys(Map<Long, String> habits, Map<Long, String> people, Map<Long, String> meetings,
                     Map<Long, String> promises) {
    }

    private void people(Scope scope, LocalKeys k, BiConsumer<String, JsonNode> out) {
        PeopleRepository people = repos.people();
        Map<Long, List<String>> aliases = scope.touches("n/") ? people.aliases() : Map.of();
        for (Person p : scope.touches("n/") ? people.people(true) : List.<Person>of()) {
            String pre = "n/" + k.people().get(p.id()) + "/";
            out.accept(pre + "name", TextNode.valueOf(p.name()));
            putText(out, pre + "role", p.role());
            putText(out, pre + "team", p.team());
            putDate(out, pre + "start", p.startDate());
            putText(out, pre + "hopes", p.hopes());
            if (p.cadence() != Person.Cadence.NONE) {
                out.accept(pre + "cadence", TextNode.valueOf(p.cadence().name()));
            }
            if (p.archived()) {
                out.accept(pre + "archived", BooleanNode.TRUE);
            }
            out.accept(pre + "added", TextNode.valueOf(p.addedOn().toString()));
            if (p.nudgesOff()) {
                out.accept(pre + "off", BooleanNode.TRUE);
            }
            putDate(out, pre + "snooze", p.snoozedUntil());
            List<String> former = aliases.getOrDefault(p.id(), List.of());
            if (!former.isEmpty()) {
                ArrayNode a = Unit.JSON.createArrayNode();
                former.stream().sorted().forEach(a::add);
                out.accept(pre + "aliases", a);
            }
        }
        for (OneOnOne m : scope.touches("o/") ? people.allOneOnOnes() : List.<OneOnOne>of()) {
            String pre = "o/" + k.meetings().get(m.id()) + "/";
            out.accept(pre + "person", TextNode.valueOf(k.people().get(m.personId())));
            out.accept(pre + "date", TextNode.valueOf(m.date().toString()));
            putText(out, pre + "points", m.talkingPoints());
            putText(out, pre + "notes", m.notes());
            putText(out, pre + "follow", m.followUps());
        }
        for (Promise r : scope.touches("r/") ? people.allPromises() : List.<Promise>of()) {
            String pre = "r/" + k.promises().get(r.id()) + "/";
            out.accept(pre + "person", TextNode.valueOf(k.people().get(r.personId())));
            out.accept(pre + "text", TextNode.valueOf(r.text()));
            out.accept(pre + "made", TextNode.valueOf(r.madeOn().toString()));
            putDate(out, pre + "due", r.due());
            // the state and the day it was closed are one value: two computers never mix one's state with the other's day
            ObjectNode state = Unit.JSON.createObjectNode();
            state.put("s", r.state().name());
            state.put("on", r.closedOn() == null ? null : r.closedOn().toString());
            out.accept(pre + "state", state);
        }
        Map<String, TreeSet<String>> named = new TreeMap<>();
        for (PeopleRepository.CheckInPerson cp : scope.touches("cp/") ? people.allCheckInPeople()
                : List.<PeopleRepository.CheckInPerson>of()) {
            String hk = k.habits().get(cp.habitId());
            String pk = k.people().get(cp.personId());
            if (hk != null && pk != null) {
                named.computeIfAbsent("cp/" + hk + "/" + cp.date(), x -> new TreeSet<>()).add(pk);
            }
        }
        named.forEach((key, pks) -> {
            ArrayNode a = Unit.JSON.createArrayNode();
            pks.forEach(a::add);
            out.accept(key, a);
        });
    }

    private static void putDate(BiConsumer<String, JsonNode> out, String key, LocalDate day) {
        if (day != null) {
            out.accept(key, TextNode.valueOf(day.toString()));
        }
    }

    static String sessionKey(Session s) {
        return DateTimeFormatter.ISO_INSTANT.format(s.startedAt());
    }

    private static void entry(Entry e, BiConsumer<String, JsonNode> out) {
        String p = "e/" + e.date() + "/";
        if (!e.text().isEmpty()) {
            out.accept(p + "text", TextNode.valueOf(e.text()));
        }
        if (e.mood() != null) {
            out.accept(p + "mood", IntNode.valueOf(e.mood()));
        }
        if (e.energy() != null) {
            out.accept(p + "energy", IntNode.valueOf(e.energy()));
        }
        if (!e.tags().isEmpty()) {
            ArrayNode a = Unit.JSON.createArrayNode();
            e.tags().forEach(a::add);
            out.accept(p + "tags", a);
        }
        List<Entry.PromptAnswer> answers = e.answers();
        for (int i = 0; i < answers.size(); i++) {
            Entry.PromptAnswer a = answers.get(i);
            ObjectNode o = Unit.JSON.createObjectNode();
            o.put("q", a.promptText());
            o.put("a", a.answer());
            o.put("i", i);
            out.accept(p + "a/" + a.promptId(), o);
        }
    }

    private static void habit(String hk, Habit h, BiConsumer<String, JsonNode> out) {
        String p = "h/" + hk + "/";
        out.accept(p + "name", TextNode.valueOf(h.name()));
        putText(out, p + "desc", h.description());
        putText(out, p + "pillar", h.pillar() == null ? "" : h.pillar().name());
        out.accept(p + "schedule", TextNode.valueOf(h.schedule().format()));
        out.accept(p + "order", IntNode.valueOf(h.sortOrder()));
        out.accept(p + "archived", BooleanNode.valueOf(h.archived()));
        out.accept(p + "start", TextNode.valueOf(h.startDate().toString()));
        putText(out, p + "plan", h.ifThenPlan());
        putText(out, p + "cat", h.catalogueId() == null ? "" : h.catalogueId());
    }

    private static void putText(BiConsumer<String, JsonNode> out, String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.accept(key, TextNode.valueOf(value));
        }
    }

    static ObjectNode checkIn(CheckIn ci) {
        ObjectNode o = Unit.JSON.createObjectNode();
        o.put("s", ci.state().name());
        o.put("n", ci.note());
        return o;
    }

    private static ObjectNode session(Session s, Map<Long, String> habitKeys) {
        ObjectNode o = Unit.JSON.createObjectNode();
        o.put("end", s.finishedAt() == null ? null : DateTimeFormatter.ISO_INSTANT.format(s.finishedAt()));
        o.put("bank", s.bankId());
        o.put("bankVersion", s.bankVersion());
        o.put("position", s.position());
        ObjectNode likert = o.putObject("likert");
        new TreeMap<>(s.answers().likert()).forEach(likert::put);
        ObjectNode scen = o.putObject("scenarios");
        new TreeMap<>(s.answers().scenarios()).forEach(scen::put);
        o.put("plan", s.planHabitId() == null ? null : habitKeys.get(s.planHabitId()));
        o.put("planText", s.planText() == null ? "" : s.planText());
        return o;
    }

    private static void review(WeeklyReview r, BiConsumer<String, JsonNode> out) {
        String p = "w/" + r.weekEnd() + "/";
        putText(out, p + "went", r.wentWell());
        putText(out, p + "diff", r.differently());
        putText(out, p + "next", r.nextAction());
        putText(out, p + "commit", r.commitment());
    }

    /**
     * The stable key of every row that needs one, giving one to rows that have none yet. A catalogue
     * habit is {@code cat-<catalogue id>} (the same micro-action chosen on two computers is one habit),
     * the user's own {@code own-<hash of name and start day>}; a person {@code pn-<hash of the name and
     * the day they were added>}, a 1:1 and a promise a hash of their person and content. So a record that
     * reached two computers otherwise (the same archive imported on both) is one record, and a row put
     * back by undo gets its key again. A second row with a key in use gets a counter.
     */
    LocalKeys keys() {
        if (keys == null) {
            keys = assignKeys();
        }
        return keys;
    }

    /** The keys as {@link #keys()} gave them, if it was asked since the last {@link #forgetKeys()}. */
    private LocalKeys keys;

    /** After rows were written: the next {@link #keys()} looks at the journal again. */
    void forgetKeys() {
        keys = null;
    }

    private LocalKeys assignKeys() {
        Map<Long, String> habits = assign(SyncStore.Keys.HABIT, repos.habits().habits(true), Habit::id,
                h -> h.catalogueId() != null ? "cat-" + h.catalogueId().replace('/', '_')
                        : "own-" + shortHash(h.name() + "|" + h.startDate()));
        PeopleRepository people = repos.people();
        Map<Long, String> persons = assign(SyncStore.Keys.PERSON, people.people(true), Person::id,
                p -> "pn-" + shortHash(Mentions.fold(p.name()) + "|" + p.addedOn()));
        Map<Long, String> meetings = assign(SyncStore.Keys.MEETING, people.allOneOnOnes(), OneOnOne::id,
                m -> "oo-" + shortHash(persons.get(m.personId()) + "|" + m.date() + "|" + m.talkingPoints() + "|"
                        + m.notes() + "|" + m.followUps()));
        Map<Long, String> promises = assign(SyncStore.Keys.PROMISE, people.allPromises(), Promise::id,
                r -> "pr-" + shortHash(persons.get(r.personId()) + "|" + r.madeOn() + "|" + r.text()));
        return new LocalKeys(habits, persons, meetings, promises);
    }

    private <T> Map<Long, String> assign(SyncStore.Keys kind, List<T> rows, ToLongFunction<T> id,
                                         Function<T, String> base) {
        Map<Long, String> keys = store.keys(kind);
        Set<String> used = new HashSet<>(keys.values());
        for (T row : rows) {
            long rowId = id.applyAsLong(row);
            if (keys.containsKey(rowId)) {
                continue;
            }
            String b = base.apply(row);
            String key = b;
            for (int n = 2; used.contains(key); n++) {
                key = b + "-" + n;
            }
            used.add(key);
            keys.put(rowId, key);
            store.putKey(kind, rowId, key);
        }
        return keys;
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
